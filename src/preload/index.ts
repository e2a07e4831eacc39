/**
 * The bridge, and nothing else: exposes exactly the LibrarianApi contract on window.librarian.
 * Sandboxed preloads are CommonJS and may only require electron's renderer modules.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS } from '@shared/channels';
import type { Envelope, LibrarianApi, ParseEvent } from '@shared/api';

class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  const envelope = (await ipcRenderer.invoke(channel, ...args)) as Envelope<T>;
  if (envelope.ok) return envelope.value;
  // contextBridge copies only an Error's message: keep the code inside it.
  throw new BridgeError(envelope.error.code, `[${envelope.error.code}] ${envelope.error.message}`);
}

const api = {
  appInfo: () => invoke('service:appInfo', undefined),
  parseDumps: async (args, onEvent) => {
    const listener = (_event: Electron.IpcRendererEvent, payload: ParseEvent) => {
      if (payload.jobId === args.jobId) onEvent(payload);
    };
    ipcRenderer.on(CHANNELS.parseEvent, listener);
    try {
      return await invoke('service:parseDumps', args);
    } finally {
      ipcRenderer.removeListener(CHANNELS.parseEvent, listener);
    }
  },
  cancelParse: (jobId) => invoke('service:cancelParse', jobId),
  ackParse: (args) => invoke('service:ackParse', args),
  reparsePosts: (args) => invoke('service:reparsePosts', args),
  openFiles: (args) => invoke(CHANNELS.openFiles, args),
  saveFile: (args) => invoke(CHANNELS.saveFile, args),
  openExternal: (url) => invoke(CHANNELS.openExternal, url),
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File) || null;
    } catch {
      return null;
    }
  },
} satisfies LibrarianApi;

contextBridge.exposeInMainWorld('librarian', api);
