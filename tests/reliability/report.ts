// Reliability tests record what they tried and what happened; the global teardown turns the records
// into docs/reliability.md, so the table is always the output of the last run.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const RESULTS_FILE = resolve(__dirname, '../../.tmp/reliability-results.jsonl');

export interface ReliabilityRow {
  area: string;
  attack: string;
  tries: number;
  result: string;
  ok: boolean;
}

export function recordResult(row: ReliabilityRow): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  appendFileSync(RESULTS_FILE, JSON.stringify(row) + '\n');
}
