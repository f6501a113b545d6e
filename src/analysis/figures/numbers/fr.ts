// French number words. "un"/"une" are articles ("un soldat a été tué" is no count) except inside a
// count ("vingt et un", "cent un") or before a multiplier ("un million", "une vingtaine",
// "un millier", "un demi-million"), and "la"/"le" do the same before a round noun ("dépasse la
// centaine"). "un seul"/"une seule" count 1. "-aine" nouns are approximate
// round numbers (value 20 for "une vingtaine", flagged `approximate`); their plurals
// ("des dizaines", "des centaines", "des milliers") carry no number. "pour cent" is not 100.
import { entry, latinNormalise, spellings, table, WS } from './common.js';
import type { DigitSuffix, LangSpec } from './types.js';

const ORDINAL = /(?:e|er|re|ère|ème|eme|è|es|èmes|emes|ers|res|nd|nde|ndes|d|de)(?![\p{L}])/iuy;

function digitSuffix(text: string, end: number): DigitSuffix | null {
  ORDINAL.lastIndex = end;
  return ORDINAL.test(text) ? { skip: true } : null;
}

export const fr: LangSpec = {
  lang: 'fr',
  words: [
    ...spellings(['un', 'une'], { c: 'UN', v: 1 }),
    ...spellings(['un seul', 'une seule'], { c: 'D', v: 1 }),
    // "dépasser la centaine de morts", "le millier de déplacés": the definite article before a round
    // noun counts like "une" ("la" and "le" are read only there)
    entry('la', { c: 'DET', v: 1 }, { onlyBefore: String.raw`${WS}(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)(?![\p{L}])` }),
    ...spellings(['le', 'du'], { c: 'DET', v: 1 }, { onlyBefore: String.raw`${WS}(?:millier|million)(?![\p{L}])` }),
    ...table('U', [['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9]]),
    ...table('T10', [['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16]]),
    ...table('T', [
      ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
      ['quatre vingt', 80], ['quatre vingts', 80], ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
    ]),
    ...spellings(['cent', 'cents'], { c: 'H', v: 100, bare: true }, { notBefore: String.raw`\bpour${WS}` }),
    entry('mille', { c: 'S', v: 1e3, bare: true }),
    entry('million', { c: 'S', v: 1e6 }),
    entry('millions', { c: 'S', v: 1e6, plural: true }),
    entry('milliard', { c: 'S', v: 1e9 }),
    entry('milliards', { c: 'S', v: 1e9, plural: true }),
    ...table('APX', [
      ['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30], ['quarantaine', 40],
      ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['millier', 1000],
    ], { approx: true }),
    ...table('APX', [['dizaines', 10], ['douzaines', 12], ['vingtaines', 20], ['centaines', 100], ['milliers', 1000]], { approx: true, plural: true }),
    ...spellings(['demi', 'demie'], { c: 'HALF', v: 0.5 }),
    ...spellings(['et demi', 'et demie'], { c: 'HALFT', v: 0.5 }),
  ],
  spaceGroups: true,
  conj: /^[\s\u00A0-]+et[\s\u00A0-]+$/i,
  de: /^[\s\u00A0]+(?:de[\s\u00A0]+|d['’])$/i,
  digitSuffix,
  normalise: latinNormalise,
};
