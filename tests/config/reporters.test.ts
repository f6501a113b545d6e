import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReporterTable } from '../../src/config/reporters.js';
import { ConfigError } from '../../src/config/load.js';
import { analyzeLine } from '../../src/cli/analyze.js';

const builtIn = JSON.parse(readFileSync(resolve(__dirname, '../../config/reporters.json'), 'utf8'));

describe('operator reporter table', () => {
  it('is read from config/reporters.json at start, so a new alias needs no code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-rep-'));
    mkdirSync(join(dir, 'config'));
    const table = { ...builtIn, reporters: [...builtIn.reporters, { name: 'Zentral Monitoring Network', types: ['monitor'], aliases: { any: ['ZMN'], en: ['the Zentral network'] } }] };
    writeFileSync(join(dir, 'config/reporters.json'), JSON.stringify(table));
    const loaded = loadReporterTable({}, dir);
    const out = analyzeLine(JSON.stringify({ id: 'x', lang: 'en', text: 'At least 40 people were killed in the shelling, according to ZMN.' }), 1, [], loaded);
    expect((out.figures as { reporter: string }[])[0]!.reporter).toBe('Zentral Monitoring Network');
  });

  it('falls back to the built-in table when there is no file, and names a broken field', () => {
    expect(loadReporterTable({}, mkdtempSync(join(tmpdir(), 'sitrep-rep-')))).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-rep-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ reporters: [{ aliases: {} }] }));
    expect(() => loadReporterTable({ SITREP_REPORTERS: 'bad.json' }, dir)).toThrow(ConfigError);
    expect(() => loadReporterTable({ SITREP_REPORTERS: 'bad.json' }, dir)).toThrow(/reporters\.0\.name/);
    expect(() => loadReporterTable({ SITREP_REPORTERS: 'missing.json' }, dir)).toThrow(/SITREP_REPORTERS/);
  });
});
