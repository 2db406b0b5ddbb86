/**
 * The page's first script (index.html loads it `async`, ahead of main.tsx): it makes the start
 * screen's backend calls while the browser still fetches and compiles the rest of the renderer.
 * main.tsx imports the same module instance and hands the calls on (boot.tsx).
 */
import { startEarlyCalls } from './early';

export const pending = startEarlyCalls(window);
