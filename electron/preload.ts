// Runs sandboxed, before the page: exposes window.rapport and nothing else. The logic is in
// shell/bridge.ts, where it is tested.
import { contextBridge, ipcRenderer } from 'electron';
import { createRapportBridge } from './shell/bridge';

contextBridge.exposeInMainWorld('rapport', createRapportBridge(ipcRenderer));
