/**
 * The preload: exposes exactly the contract's calls, one method each, and nothing else. No
 * generic send, no ipcRenderer. Bundled as CommonJS so it runs in the sandbox.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { callNames, channelOf } from '../../shared/api-calls';
import { buildExposedApi } from './expose';

contextBridge.exposeInMainWorld('impactwijzer', buildExposedApi(callNames, (name, payload) => ipcRenderer.invoke(channelOf(name), payload)));
