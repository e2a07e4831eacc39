/** Turns chosen or dropped files into parser inputs: a path when Electron can give one, else bytes. */
import type { DumpInput } from '@shared/api';
import { api } from '../../api';

export async function toDumpInputs(files: readonly File[]): Promise<DumpInput[]> {
  return Promise.all(
    files.map(async (file): Promise<DumpInput> => {
      const path = api.pathForFile?.(file) ?? null;
      if (path) return { name: file.name, path };
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}

/** The dumps the user asked for: Electron's dialog (paths), or null where the page must ask. */
export function chooseWithDialog(): Promise<DumpInput[] | null> {
  return api.openFiles({ purpose: 'dumps', multiple: true });
}
