// The number finder the engine uses: ../numbers/ (digits and words in en/fr/de/es/ar).
import type { Lang } from '../../types.js';
import { findNumbers } from '../numbers/index.js';
import type { NumberMatch } from '../locales/types.js';

export function findCounts(text: string, lang: Lang): NumberMatch[] {
  return findNumbers(text, lang);
}
