/**
 * Scoring through the shared scorer (../shared/tools/score.mjs), for the regression tests that
 * hold the parser to the levels it reached (score.test.ts on the gold, heldout.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { runParse } from '../../../src/main/cli/parse-command';

export const SCORER = resolve(__dirname, '../../../../shared/tools/score.mjs');

export interface ScoreResult {
  goldIncidents: number;
  incidentRecall: number;
  otherPostsSplit: number;
  otherMisclassifiedAsIncident: number;
  badLines: number;
  fields: Record<string, number>;
}

export interface ScoreFloor {
  incidentRecall: number;
  otherPostsSplit: number;
  fields: Readonly<Record<string, number>>;
}

/** The CLI's JSON Lines for these dumps, as the scorer reads them. */
export async function parseToJsonl(dumps: readonly string[]): Promise<string> {
  let out = '';
  const capture = (s: string) => void (out += s);
  await runParse([...dumps], { format: 'jsonl' }, { out: capture, err: () => {} });
  return out;
}

/** Scores JSON Lines output against a gold folder with the shared scorer. */
export function score(jsonl: string, goldDir: string): ScoreResult {
  const dir = mkdtempSync(join(tmpdir(), 'il-score-'));
  try {
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, jsonl);
    const json = execFileSync('node', [SCORER, '--gold', goldDir, '--pred', pred, '--json'], {
      encoding: 'utf8',
    });
    return JSON.parse(json) as ScoreResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** No broken lines, no other post taken for an incident, and every score at or above its floor. */
export function expectFloor(result: ScoreResult, floor: ScoreFloor, label: string): void {
  expect(result.badLines).toBe(0);
  expect(result.otherMisclassifiedAsIncident).toBe(0);
  expect(result.incidentRecall).toBeGreaterThanOrEqual(floor.incidentRecall);
  expect(result.otherPostsSplit).toBeGreaterThanOrEqual(floor.otherPostsSplit);
  for (const [field, min] of Object.entries(floor.fields))
    expect(result.fields[field] ?? 0, `${label} score of ${field}`).toBeGreaterThanOrEqual(min);
}
