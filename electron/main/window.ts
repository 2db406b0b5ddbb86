import type { WindowBounds } from '../../shared/api';

/** The subset of Electron's BrowserWindowConstructorOptions that we set. */
export interface WindowOptions {
  width: number;
  height: number;
  x?: number;
  y?: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webviewTag: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    navigateOnDragDrop: false;
    spellcheck: false;
    safeDialogs: true;
    devTools: boolean;
  };
}

/** Window options: isolated, sandboxed, no Node anywhere, no webview; bounds remembered; DevTools only where asked (development). */
export function buildWindowOptions(preloadPath: string, bounds: WindowBounds | null, { devTools = false } = {}): WindowOptions {
  const options: WindowOptions = {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Impactwijzer',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // No dictionary download: the app is offline.
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
  if (bounds) {
    options.x = bounds.x;
    options.y = bounds.y;
  }
  return options;
}
