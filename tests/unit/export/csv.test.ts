import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@shared/bundle/serialise';
import { makeLibraryRecord } from './fixtures';
import { exportAs } from './helpers';

describe('CSV export', () => {
  it('opens in Excel: UTF-8 BOM, CRLF, header row, one row per record, and reads back exactly', async () => {
    const tricky = makeLibraryRecord(7, {
      corrections: { title: '「引用」"二重引用符", カンマ, 改行\nあり', categories: ['misdelivery', 'loss'] },
      note: '1行目\r\n2行目',
      tags: ['要確認', '教育委員会'],
    });
    const { data } = await exportAs([tricky, makeLibraryRecord(1)], 'csv');
    expect(data.startsWith('\uFEFFid,status,')).toBe(true);
    expect(data.endsWith('\r\n')).toBe(true);

    const parsed = Papa.parse<Record<string, string>>(data.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.meta.linebreak).toBe('\r\n');
    expect(parsed.data).toHaveLength(2);
    const [first, second] = parsed.data;
    expect(first!['id']).toBe('rec-0000001');
    expect(second!['title']).toBe('「引用」"二重引用符", カンマ, 改行\nあり');
    expect(second!['organization']).toBe('株式会社"クォート"、テスト');
    expect(second!['categories']).toBe('misdelivery|loss');
    expect(second!['corrected']).toBe('title|categories');
    expect(second!['tags']).toBe('要確認|教育委員会');
    expect(second!['note']).toBe('1行目\r\n2行目');
    expect(second!['affectedCount']).toBe('1007');
    expect(second!['sources']).toBe('casebook-2024-09.txt:281-318');
  });

  it('keeps a cell that Excel would run as a formula from being one', async () => {
    const record = makeLibraryRecord(2, { note: '=HYPERLINK("http://example.invalid")' });
    const { data } = await exportAs([record], 'csv');
    const [row] = Papa.parse<Record<string, string>>(data.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(row!['note']).toBe(`'=HYPERLINK("http://example.invalid")`);
  });

  it('writes an empty cell for a missing value', async () => {
    const record = makeLibraryRecord(3, { corrections: { affectedCount: null, caseId: null } });
    const { data } = await exportAs([record], 'csv');
    const [row] = Papa.parse<Record<string, string>>(data.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(row!['affectedCount']).toBe('');
    expect(row!['caseId']).toBe('');
  });
});
