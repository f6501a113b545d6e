// Canonical reporter names. The table (config/reporters.json) maps each canonical name to its
// aliases in every language, and names generic descriptors ("activists", "an NGO", "the health
// ministry") that stand for the named reporter of a type mentioned in the same article.
// Extending the table needs no code change.
import table from '../../../config/reporters.json' with { type: 'json' };
import type { Lang } from '../types.js';

export type AliasLang = Lang | 'any';

export interface ReporterEntry {
  /** Canonical name, e.g. "Syrian Observatory for Human Rights". */
  name: string;
  /** Types for generic descriptors: "monitor", "ngo", "health-ministry", "army", "state-media", ... */
  types?: string[];
  aliases: Partial<Record<AliasLang, string[]>>;
}

export interface ReporterTable {
  reporters: ReporterEntry[];
  /** type -> descriptors per language */
  generic?: Record<string, Partial<Record<AliasLang, string[]>>>;
}

export const defaultReporterTable: ReporterTable = table as ReporterTable;

export interface ReporterMention {
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  types: string[];
}

interface CompiledTable {
  /** One regex per language scope: aliases of 'any' + that language + English. */
  byLang: Map<string, { ci: RegExp | null; cs: RegExp | null; map: Map<string, ReporterEntry> }>;
  generic: Map<string, { re: RegExp | null; map: Map<string, string> }>;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
const compiled = new WeakMap<ReporterTable, CompiledTable>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+').replace(/-/g, '[-‐‑ ]');
const isAcronym = (a: string) => a.length <= 5 && /^[\p{Lu}\p{N}.&/]+$/u.test(a);
const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/[-‐‑]/g, ' ').replace(/\s+/g, ' ').trim();

function buildAlternation(list: string[]): RegExp | null {
  if (list.length === 0) return null;
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${WORD})(?:${sorted.map(escape).join('|')})(?!${WORD})`, 'gu');
}

function compileTable(t: ReporterTable): CompiledTable {
  let c = compiled.get(t);
  if (c) return c;
  c = { byLang: new Map(), generic: new Map() };
  compiled.set(t, c);
  return c;
}

function langScope(t: ReporterTable, lang: Lang | undefined) {
  const c = compileTable(t);
  const key = lang ?? '*';
  let scope = c.byLang.get(key);
  if (scope) return scope;
  const ci: string[] = [];
  const cs: string[] = [];
  const map = new Map<string, ReporterEntry>();
  for (const e of t.reporters) {
    const langs: AliasLang[] = lang ? ['any', 'en', lang] : ['any', 'en', 'fr', 'de', 'es', 'ar'];
    const all = [e.name, ...langs.flatMap((l) => e.aliases[l] ?? [])];
    for (const a of all) {
      if (!a) continue;
      if (isAcronym(a)) cs.push(a);
      else ci.push(a);
      if (!map.has(norm(a))) map.set(norm(a), e);
    }
  }
  const ciRe = buildAlternation(ci);
  scope = { ci: ciRe ? new RegExp(ciRe.source, 'giu') : null, cs: buildAlternation(cs), map };
  c.byLang.set(key, scope);
  return scope;
}

function genericScope(t: ReporterTable, lang: Lang | undefined) {
  const c = compileTable(t);
  const key = lang ?? '*';
  let scope = c.generic.get(key);
  if (scope) return scope;
  const list: string[] = [];
  const map = new Map<string, string>();
  for (const [type, per] of Object.entries(t.generic ?? {})) {
    const langs: AliasLang[] = lang ? ['any', 'en', lang] : ['any', 'en', 'fr', 'de', 'es', 'ar'];
    for (const l of langs) for (const d of per[l] ?? []) {
      list.push(d);
      if (!map.has(norm(d))) map.set(norm(d), type);
    }
  }
  const re = buildAlternation(list);
  scope = { re: re ? new RegExp(re.source, 'giu') : null, map };
  c.generic.set(key, scope);
  return scope;
}

/** Every mention of a known reporter in `text`, in order (longest alias at each place). */
export function findReporterMentions(text: string, t: ReporterTable = defaultReporterTable, lang?: Lang): ReporterMention[] {
  const scope = langScope(t, lang);
  const found: ReporterMention[] = [];
  for (const re of [scope.ci, scope.cs]) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const e = scope.map.get(norm(m[0]));
      if (e) found.push({ start: m.index, end: m.index + m[0].length, name: e.name, types: e.types ?? [] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReporterMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** The first generic descriptor in `text` ("activists", "an NGO"): its type and place, or null. */
export function findGenericReporter(text: string, t: ReporterTable = defaultReporterTable, lang?: Lang): { type: string; start: number; end: number } | null {
  const scope = genericScope(t, lang);
  if (!scope.re) return null;
  scope.re.lastIndex = 0;
  const m = scope.re.exec(text);
  if (!m) return null;
  const type = scope.map.get(norm(m[0]));
  return type ? { type, start: m.index, end: m.index + m[0].length } : null;
}

const LEADING = /^(?:(?:the|a|an|le|la|les|un|une|des|du|de|der|die|das|dem|den|ein|eine|einer|el|los|las|lo)\s+|l['’]\s*)/iu;

/** A reporter phrase as written, tidied: no leading article, no surrounding punctuation. */
export function cleanReporterName(name: string): string {
  let s = name.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[\s,;:"“”'‘’«»()\-–—]+|[\s,;:"“”'‘’«»(\-–—.]+$/gu, '');
  for (let i = 0; i < 2; i++) s = s.replace(LEADING, '');
  // unbalanced bracket at the end: "UN Office (OCHA" -> "UN Office (OCHA)"
  if ((s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0)) s += ')';
  return s.trim();
}

/**
 * The canonical name for a reporter phrase: the table's name when an alias occurs in it (the
 * earliest one), else the phrase itself, cleaned.
 */
export function canonicalReporter(name: string, t: ReporterTable = defaultReporterTable, lang?: Lang): string {
  const m = findReporterMentions(name, t, lang)[0];
  if (m) return m.name;
  return cleanReporterName(name);
}
