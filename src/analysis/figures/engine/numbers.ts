// The number finder the engine uses. ../numbers/ (findNumbers for en/fr/de/es/ar) is the real one;
// until it lands, a throwaway digits-and-English finder stands in.
import type { Lang } from '../../types.js';
import type { NumberMatch } from '../locales/types.js';
import { findNumbersFallback } from './fallbackNumbers.js';

export function findCounts(text: string, lang: Lang): NumberMatch[] {
  return findNumbersFallback(text, lang);
}
