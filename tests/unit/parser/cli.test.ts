import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedRecordSchema } from '@shared/record';
import { runParse } from '../../../src/main/cli/parse-command';
import { LABEL_HEAD } from './snippets';

const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
const good = join(dir, 'label.txt');
const binary = join(dir, 'image.txt');
const empty = join(dir, 'empty.txt');
writeFileSync(good, LABEL_HEAD.join('\r\n'));
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
writeFileSync(empty, '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(files: string[], format: 'jsonl' | 'json') {
  let out = '';
  let err = '';
  const code = await runParse(files, { format }, { out: (s) => void (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('cli parse', () => {
  it('prints one JSON record per line', async () => {
    const { code, out } = await run([good], 'jsonl');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = ParsedRecordSchema.parse(JSON.parse(lines[0]!));
    expect(first.source).toMatchObject({ file: 'label.txt', startLine: 4, endLine: 40 });
  });

  it('prints a JSON array', async () => {
    const { out } = await run([good, good], 'json');
    const records = JSON.parse(out) as unknown[];
    expect(records).toHaveLength(4);
    expect(JSON.parse((await run([empty], 'json')).out)).toEqual([]);
  });

  it('reports unreadable files on stderr, naming them, and fails only when none was read', async () => {
    const some = await run([binary, join(dir, 'missing.txt'), good, empty], 'jsonl');
    expect(some.code).toBe(0);
    expect(some.err).toMatch(/^image\.txt: .*binary/m);
    expect(some.err).toMatch(/^missing\.txt: file not found/m);
    expect(some.err).toMatch(/^empty\.txt: .*empty/m);
    expect(some.out.trim().split('\n')).toHaveLength(2);
    const none = await run([binary, empty], 'jsonl');
    expect(none.code).toBe(1);
    expect(none.out).toBe('');
  });

  it('waits for a full output before it writes the next batch', async () => {
    // 2 posts a copy, 150 copies: two batches of records.
    const many = join(dir, 'many.txt');
    writeFileSync(many, Array.from({ length: 150 }, () => LABEL_HEAD.join('\n')).join('\n\n'));
    const writes: number[] = [];
    let waiting = false;
    const out = (s: string) => {
      expect(waiting).toBe(false); // no write while the previous one is still draining
      writes.push(s.split('\n').length - 1);
      waiting = true;
      return new Promise<void>((done) => setTimeout(() => ((waiting = false), done()), 5));
    };
    expect(await runParse([many], { format: 'jsonl' }, { out, err: () => {} })).toBe(0);
    expect(writes).toEqual([200, 100]);
  });

  it('runs through npm run cli (tsx resolves the @shared alias) and documents itself', () => {
    const root = resolve(__dirname, '../../..');
    const help = execFileSync('npx', ['tsx', 'src/main/cli/index.ts', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(help).toMatch(/parse \[options\] <files\.\.\.>/);
    const out = execFileSync('npx', ['tsx', 'src/main/cli/index.ts', 'parse', '--format', 'jsonl', good], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(out.trim().split('\n')).toHaveLength(2);
  });
});
