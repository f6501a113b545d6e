// Builds dist/ once (the chaos test runs the real `sitrep start` as a child process), and after the
// run writes docs/reliability.md from what the tests recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const results = resolve(root, '.tmp/reliability-results.jsonl');

export function setup(): void {
  execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', resolve(root, 'tsconfig.json')], { stdio: 'inherit' });
  rmSync(results, { force: true });
}

export function teardown(): void {
  if (!existsSync(results)) return;
  const rows = readFileSync(results, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { area: string; attack: string; tries: number; result: string; ok: boolean });
  rows.sort((a, b) => a.area.localeCompare(b.area));
  const table = rows.map((r) => `| ${r.area} | ${r.attack.replace(/\|/g, '\\|')} | ${r.tries} | ${r.result.replace(/\|/g, '\\|')} | ${r.ok ? 'pass' : '**FAIL**'} |`).join('\n');
  const doc = `# Reliability report

Written by \`npm run test:reliability\` (tests/reliability/) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.
Each row is an attack or fault the tests tried, how many times, and what Sitrep did.

| area | attack or fault | tries | result | verdict |
|---|---|---|---|---|
${table}
`;
  mkdirSync(resolve(root, 'docs'), { recursive: true });
  writeFileSync(resolve(root, 'docs/reliability.md'), doc);
}
