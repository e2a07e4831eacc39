import { exportLibraryRecords, exportText } from '@shared/bundle/export';
import type { ExportFormat } from '@shared/bundle/format';
import type { LibraryRecord } from '@shared/library';

export const META = {
  generator: { name: 'Incident Librarian', version: '0.1.0', parserVersion: '1.0.0' },
  selection: { statuses: ['reviewed' as const], tags: [], filter: null },
  createdAt: new Date('2026-01-31T09:00:00.000Z'),
};

/** An export of these records, with the file as one string in `data`. */
export async function exportAs(records: LibraryRecord[], format: ExportFormat = 'bundle') {
  const result = await exportLibraryRecords(records, format, META);
  return { ...result, data: exportText(result) };
}

export const bytes = (text: string) => new TextEncoder().encode(text);
