/** The only bridge: invoke a contract method, listen to backend events, resolve a dropped file's path. */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('api', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('rasoat:rpc', method, input),
  on: (listener: (name: string, payload: unknown) => void) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) =>
      listener(name, payload);
    ipcRenderer.on('rasoat:event', handler);
    return () => ipcRenderer.removeListener('rasoat:event', handler);
  },
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
