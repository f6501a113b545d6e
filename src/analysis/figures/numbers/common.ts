// Helpers shared by the per-language word tables.
import type { Lexeme, WordEntry } from './types.js';

export const latinNormalise = (s: string): string => s.toLowerCase().replace(/[\s\u00A0\u202F\u2009-]+/g, ' ');

/** Entries from a value table: `entries(['one', 1], ['two', 2])` of one class. */
export function table(c: Lexeme['c'], rows: Array<[string, number]>, extra: Partial<Lexeme> = {}): WordEntry[] {
  return rows.map(([key, v]) => ({ key, lex: { c, v, ...extra } }));
}

export function entry(key: string, lex: Lexeme, more: Partial<WordEntry> = {}): WordEntry {
  return { key, lex, ...more };
}

/** Same lexeme under several spellings. */
export function spellings(keys: string[], lex: Lexeme, more: Partial<WordEntry> = {}): WordEntry[] {
  return keys.map((key) => ({ key, lex, ...more }));
}

export const WS = String.raw`[\s\u00A0\u202F]+`;
