import { findNumbers, parseNumber } from '../../../../src/analysis/figures/numbers/index.js';
import type { Lang } from '../../../../src/analysis/types.js';

/** Values of all counts found in `text`. */
export const values = (text: string, lang: Lang): number[] => findNumbers(text, lang).map((m) => m.value);
/** Matched texts of all counts found in `text`. */
export const texts = (text: string, lang: Lang): string[] => findNumbers(text, lang).map((m) => m.text);
export const parse = (text: string, lang: Lang): number | null => parseNumber(text, lang);
