/** IPC channel names. Kept apart from api.ts so the preload bundles no schema library. */
export const CHANNELS = {
  appInfo: 'app:info',
  parseDumps: 'parse:start',
  parseEvent: 'parse:event',
  cancelParse: 'parse:cancel',
  openFiles: 'files:open',
  saveFile: 'files:save',
  openExternal: 'shell:open-external',
} as const;
