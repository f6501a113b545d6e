// The locale registry. A new locale (fr, de, es, ar) adds one import and one entry below; nothing
// else in the extractor changes. A language without a locale falls back to English cues.
import type { Lang } from '../../types.js';
import type { Locale } from './types.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';
import { de } from './de/index.js';
import { es } from './es/index.js';
import { ar } from './ar/index.js';

export const LOCALES: Partial<Record<Lang, Locale>> = { en, fr, de, es, ar };

export function getLocale(lang: Lang): Locale {
  return LOCALES[lang] ?? en;
}

export type * from './types.js';
