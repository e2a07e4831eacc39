import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, ExternalUrlSchema, OpenFilesArgsSchema, SaveFileArgsSchema } from '@shared/api';
import type { DumpInput, Envelope, ParseEvent, SaveFileResult } from '@shared/api';
import {
  abandonCall,
  callService,
  errorToEnvelope,
  InvalidArgumentsError,
  isStreamingCall,
} from '../services/registry';
import type { ServiceMethod } from '../services/registry';
import { writeParts } from '../services/write-parts';

/** Every handler answers with an envelope, so an error reaches the renderer as data. */
function handle<T>(channel: string, run: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<T>) {
  ipcMain.handle(channel, async (event, ...args): Promise<Envelope<T>> => {
    try {
      return { ok: true, value: await run(event, ...args) };
    } catch (error) {
      return errorToEnvelope(error) as Envelope<T>;
    }
  });
}

function parseArgs<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  v: unknown,
) {
  const parsed = schema.safeParse(v);
  if (!parsed.success) throw new InvalidArgumentsError('invalid arguments');
  return parsed.data;
}

export function registerIpc(services: Record<string, ServiceMethod>): void {
  // Runtime-independent services: one channel per method, `service:<name>`.
  for (const name of Object.keys(services)) {
    handle(`service:${name}`, async (event, args) => {
      const sender = event.sender;
      const emit = (payload: ParseEvent) => {
        if (!sender.isDestroyed()) sender.send(CHANNELS.parseEvent, payload);
      };
      if (!isStreamingCall(name)) return callService(services, name, args, { emit });
      // A window that reloads or closes mid-parse takes no more records: stop the job.
      const gone = () => abandonCall(services, name, args);
      sender.once('did-start-navigation', gone).once('render-process-gone', gone).once('destroyed', gone);
      try {
        return await callService(services, name, args, { emit });
      } finally {
        sender.off('did-start-navigation', gone).off('render-process-gone', gone).off('destroyed', gone);
      }
    });
  }

  // Desktop-only capabilities: native dialogs and the system browser.
  handle(CHANNELS.openFiles, async (event, raw): Promise<DumpInput[] | null> => {
    const args = parseArgs(OpenFilesArgsSchema, raw);
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      properties: args.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters:
        args.purpose === 'dumps'
          ? [
              { name: 'Text dumps', extensions: ['txt', 'text', 'log', 'md'] },
              { name: 'All files', extensions: ['*'] },
            ]
          : [{ name: 'Dataset bundle', extensions: ['json'] }],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    if (result.canceled) return [];
    if (args.purpose === 'dumps') return result.filePaths.map((path) => ({ name: basename(path), path }));
    return Promise.all(
      result.filePaths.map(async (path) => ({
        name: basename(path),
        bytes: new Uint8Array(await readFile(path)),
      })),
    );
  });

  handle(CHANNELS.saveFile, async (event, raw): Promise<SaveFileResult> => {
    const args = parseArgs(SaveFileArgsSchema, raw);
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = { defaultPath: basename(args.suggestedName) };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeParts(result.filePath, args.data);
    return { saved: true, location: result.filePath };
  });

  handle(CHANNELS.openExternal, async (_event, raw) => {
    await shell.openExternal(parseArgs(ExternalUrlSchema, raw));
  });
}
