/**
 * The preload: exposes exactly the contract's calls, one method each, and one subscriber per
 * contract event, and nothing else. No generic send, no ipcRenderer. Bundled as CommonJS so it
 * runs in the sandbox.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames, channelOf, eventChannelOf } from '../../shared/api-calls';
import { buildExposedApi } from './expose';

contextBridge.exposeInMainWorld(
  'impactwijzer',
  buildExposedApi(
    callNames,
    (name, payload) => ipcRenderer.invoke(channelOf(name), payload),
    (name, listener) => {
      // The page never sees the event object (it would carry the sender).
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannelOf(name), wrapped);
      return () => ipcRenderer.removeListener(eventChannelOf(name), wrapped);
    },
  ),
);
