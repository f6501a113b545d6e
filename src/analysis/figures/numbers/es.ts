// Spanish number words. "un"/"una" are articles ("un soldado murió" is no count) except inside a
// count ("treinta y un", "ciento un") or before a multiplier ("un millón", "una docena",
// "un centenar", "una veintena"); "uno" (a numeral pronoun) is 1, and "un solo"/"una sola"/"un único"
// count 1. "3 mil 952" = 3952, "mil millones" = 10^9, "medio millón", "millón y medio", "medio
// centenar" = about 50.
// "decenas", "cientos", "centenares", "miles", "millones" alone carry no number. "por ciento" is not 100.
import { entry, latinNormalise, spellings, table, WS } from './common.js';
import type { DigitSuffix, LangSpec } from './types.js';

const ORDINAL = /(?:\.?[ºª°]|\.?er|\.?ro|\.?do|\.?to|\.?vo|\.?no|\.?mo|\.?ra|\.?da|\.?ta)(?![\p{L}])/iuy;

function digitSuffix(text: string, end: number): DigitSuffix | null {
  ORDINAL.lastIndex = end;
  return ORDINAL.test(text) ? { skip: true } : null;
}

export const es: LangSpec = {
  lang: 'es',
  words: [
    ...spellings(['un', 'una'], { c: 'UN', v: 1 }),
    ...spellings(['un solo', 'una sola', 'un único', 'una única', 'un unico', 'una unica'], { c: 'D', v: 1 }),
    // not "cada uno" (each)
    // "supera el centenar de muertos", "la veintena de heridos": the definite article before a round
    // noun counts like "un" ("el" and "la" are read only there)
    entry('el', { c: 'DET', v: 1 }, { onlyBefore: String.raw`${WS}(?:centenar|millar|millón)(?![\p{L}])` }),
    entry('la', { c: 'DET', v: 1 }, { onlyBefore: String.raw`${WS}(?:decena|docena|veintena|treintena)(?![\p{L}])` }),
    entry('uno', { c: 'U', v: 1 }, { notBefore: String.raw`\bcada${WS}` }),
    ...table('U', [['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9]]),
    ...table('T10', [
      ['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciséis', 16],
      ['dieciseis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19],
    ]),
    ...table('T', [['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90]]),
    ...table('TU', [
      ['veintiuno', 21], ['veintiún', 21], ['veintiun', 21], ['veintiuna', 21], ['veintidós', 22], ['veintidos', 22],
      ['veintitrés', 23], ['veintitres', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26],
      ['veintiseis', 26], ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29],
    ]),
    ...spellings(['cien', 'ciento'], { c: 'H', v: 100, bare: true }, { notBefore: String.raw`\bpor${WS}` }),
    ...[
      ['dos', 200], ['tres', 300], ['cuatro', 400], ['quin', 500], ['seis', 600], ['sete', 700], ['ocho', 800], ['nove', 900],
    ].flatMap(([stem, v]) => {
      const base = stem === 'quin' ? 'quinient' : `${stem}cient`;
      return spellings([`${base}os`, `${base}as`], { c: 'HV', v: v as number });
    }),
    entry('mil', { c: 'S', v: 1e3, bare: true }),
    ...spellings(['millón', 'millon'], { c: 'S', v: 1e6 }),
    entry('millones', { c: 'S', v: 1e6, plural: true }),
    entry('millardo', { c: 'S', v: 1e9 }),
    entry('millardos', { c: 'S', v: 1e9, plural: true }),
    entry('miles', { c: 'S', v: 1e3, deOnly: true }),
    entry('docena', { c: 'DZ', v: 12 }),
    entry('docenas', { c: 'DZ', v: 12 }),
    ...table('APX', [['decena', 10], ['veintena', 20], ['treintena', 30], ['centenar', 100], ['millar', 1000]], { approx: true }),
    ...table('APX', [['decenas', 10], ['centenares', 100], ['millares', 1000]], { approx: true, plural: true }),
    // "medio centenar de heridos" = 50, "medio millar" = 500. Read as whole values: the grammar
    // (./scan.ts) takes no half before an approximate noun, so these lose their "about".
    ...table('D', [['medio centenar', 50], ['medio millar', 500]]),
    ...spellings(['medio', 'media'], { c: 'HALF', v: 0.5 }),
    // not "12 muertos y medio centenar de heridos"
    ...spellings(['y medio', 'y media'], { c: 'HALFT', v: 0.5 }, { notAfter: String.raw`${WS}(?:centenar|millar)` }),
  ],
  spaceGroups: true,
  conj: /^[\s\u00A0]+y[\s\u00A0]+$/i,
  de: /^[\s\u00A0]+de[\s\u00A0]+$/i,
  digitSuffix,
  normalise: latinNormalise,
};
