// The reporter table is data an operator may extend (new monitors, ministries, aliases) without
// touching code: read at start from config/reporters.json (or SITREP_REPORTERS), checked, and handed
// to the extractor. Without the file the table built into the package is used.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ReporterTable } from '../analysis/figures/reporters.js';
import { ConfigError } from './load.js';

const aliases = z.record(z.string(), z.array(z.string().min(1)));
const tableSchema = z.object({
  reporters: z.array(z.object({ name: z.string().min(1), types: z.array(z.string()).optional(), aliases, places: z.array(z.string()).optional() }).passthrough()),
  generic: z.record(z.string(), aliases).optional(),
}).passthrough();

export function loadReporterTable(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ReporterTable | undefined {
  const explicit = env.SITREP_REPORTERS;
  const path = resolve(cwd, explicit ?? 'config/reporters.json');
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError('SITREP_REPORTERS', 'a path to an existing reporters JSON file', explicit);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(explicit ? 'SITREP_REPORTERS' : 'config/reporters.json', `valid JSON: ${(err as Error).message}`);
  }
  const parsed = tableSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${explicit ?? 'config/reporters.json'}: ${issue.path.join('.') || '(root)'}`, issue.message);
  }
  return parsed.data as unknown as ReporterTable;
}
