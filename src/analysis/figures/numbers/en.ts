// English number words. "a"/"an" are articles and never a count on their own; they count only
// before a multiplier: "a hundred", "a thousand", "a million", "a dozen", "a score", "half a million".
// "a single" is 1 ("a single civilian was killed" counts). Plurals ("dozens", "hundreds",
// "thousands", "scores", "millions") are not in the table: they carry no number.
import { entry, latinNormalise, spellings, table, WS } from './common.js';
import type { DigitSuffix, LangSpec } from './types.js';

const MULTIPLIERS = 'hundred|thousand|million|billion|dozen|score|half';

const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}])/iuy;
const SCALE = /(?:bn|mn|m|k)(?![\p{L}\p{N}])/iuy;

function digitSuffix(text: string, end: number): DigitSuffix | null {
  ORDINAL.lastIndex = end;
  if (ORDINAL.test(text)) return { skip: true };
  SCALE.lastIndex = end;
  const m = SCALE.exec(text);
  if (m) {
    const s = m[0].toLowerCase();
    return { scale: s === 'bn' ? 1e9 : s === 'k' ? 1e3 : 1e6, len: s.length };
  }
  return null;
}

export const en: LangSpec = {
  lang: 'en',
  words: [
    // "one", but not "no one", "any one", "every one", "one another"
    entry('one', { c: 'U', v: 1 }, { notBefore: String.raw`\b(?:no|any|every)${WS}`, notAfter: String.raw`${WS}another\b` }),
    ...table('U', [['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9]]),
    ...table('T10', [
      ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
      ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
    ]),
    ...table('T', [['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]]),
    entry('hundred', { c: 'H', v: 100 }),
    entry('thousand', { c: 'S', v: 1e3 }),
    entry('million', { c: 'S', v: 1e6 }),
    entry('billion', { c: 'S', v: 1e9 }),
    entry('dozen', { c: 'DZ', v: 12 }),
    entry('score', { c: 'SC', v: 20 }),
    entry('half', { c: 'HALF', v: 0.5 }),
    entry('and a half', { c: 'HALFT', v: 0.5 }),
    entry('a single', { c: 'D', v: 1 }),
    ...spellings(['a', 'an'], { c: 'DET', v: 1 }, { onlyBefore: `${WS}(?:${MULTIPLIERS})(?![\\p{L}])` }),
  ],
  spaceGroups: false,
  conj: /^[\s\u00A0]+and[\s\u00A0]+$/i,
  digitSuffix,
  normalise: latinNormalise,
};
