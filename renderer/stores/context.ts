import { createContext, useContext } from 'react';
import type { RootStore } from './root-store';

export const StoreContext = createContext<RootStore | null>(null);

/** The root store of the running app. */
export function useStore(): RootStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}
