// The operator's view of a bad setting: one line naming it and what is allowed, exit code 2.
// Runs the built CLI (npm ci builds it; `npm run build` after changing src/).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/src/cli.js');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });

describe.skipIf(!existsSync(CLI))('sitrep start with a wrong setting', () => {
  it.each([
    [{ DISCORD_TOKEN: 't', SITREP_POLL_CRON: 'every minute' }, 'SITREP_POLL_CRON'],
    [{ DISCORD_TOKEN: 't', SITREP_STORE: 'mongodb://x' }, 'SITREP_STORE'],
    [{ DISCORD_TOKEN: 't', SITREP_ALLOW_PRIVATE_NETWORKS: 'perhaps' }, 'SITREP_ALLOW_PRIVATE_NETWORKS'],
    [{}, 'DISCORD_TOKEN'],
  ])('%o stops with one line naming %s, exit code 2, no stack trace', (env, setting) => {
    const r = run(['start'], env);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(setting);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown command and shows the usage', () => {
    const r = run(['frobnicate'], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(r.stderr).toMatch(/analyze/);
  });

  it('extract prints a file’s figures as JSON', () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', '-'], { input: 'Officials said at least 14 people were killed and 30 wounded in the attack.', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures.map((f: { kind: string; count: number }) => `${f.kind}:${f.count}`)).toEqual(['killed:14', 'injured:30']);
  });
});
