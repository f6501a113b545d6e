// Shared types of the number reader. See ./index.ts for the contract and ./scan.ts for the grammar.
import type { Lang } from '../../types.js';

/** One count written in a text. Offsets index the input string; `text` is `input.slice(start, end)`. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  text: string;
  /** Set when the words themselves say "about": "une vingtaine", "un centenar", "une dizaine de milliers".
   *  The value is the round number (20, 100, 10000); turning it into a qualifier is the caller's job. */
  approximate?: boolean;
}

/**
 * Word classes of the grammar (./scan.ts):
 * - D     a complete value: digits ("1,200", "2.5"), a German compound ("zweihundertvierzig"),
 *         "un seul" / "a single" (= 1)
 * - U     unit 1–9 ("five", "cinq", "fünf", "خمسة")
 * - UN    fr/es "un"/"une"/"una": an article at the start of a count, 1 inside one ("vingt et un")
 * - T10   10–19 ("twelve", "douze", "quince", "عشرة")
 * - T     tens 20–90 ("forty", "quarante", "cuarenta", "أربعين")
 * - TU    a whole 21–99 in one word ("veintidós")
 * - H     hundred as a multiplier ("hundred", "cent", "cien", "مئة")
 * - HV    a whole hundreds value in one word ("doscientos", "ثلاثمئة", "مئتين")
 * - S     scale word: thousand / million / billion and their forms ("mil", "Millionen", "آلاف")
 * - DZ    dozen (12), multiplied by what precedes it
 * - SC    "score" (20): only after an article ("a score of")
 * - APX   round approximate nouns ("vingtaine", "centenar", "millier")
 * - HALF  "half", "demi", "medio", "halbe", "نصف"
 * - HALFT a trailing half ("and a half", "et demi", "y medio")
 * - DET   an article that only counts before a multiplier ("a" hundred, "ein" Dutzend)
 */
export type Cls = 'D' | 'U' | 'UN' | 'T10' | 'T' | 'TU' | 'H' | 'HV' | 'S' | 'DZ' | 'SC' | 'APX' | 'HALF' | 'HALFT' | 'DET';

export interface Lexeme {
  c: Cls;
  v: number;
  /** H or S usable without a multiplier ("cent", "mille", "tausend", "ألف"); English "hundred" is not. */
  bare?: boolean;
  /** Plural form: needs a written multiplier ("deux millions", "ثلاثة آلاف"). */
  plural?: boolean;
  /** A dual scale word that carries its own multiplier (Arabic "ألفين" = 2 × 1000). */
  mult?: number;
  /** Only inside a compound (Arabic "أحد" in "أحد عشر"). */
  only?: boolean;
  /** Approximate round number ("une vingtaine"). */
  approx?: boolean;
  /** Scale only reachable through "de" after an approximate noun (Spanish "una decena de miles"). */
  deOnly?: boolean;
}

export interface Atom extends Lexeme {
  s: number;
  e: number;
  /** Digits that read as a year (four digits, no separator, 1000–2100): never multiplied by a scale. */
  year?: boolean;
}

/** Result of the digit-suffix check: skip the digits (an ordinal) or multiply them ("2.5bn"). */
export interface DigitSuffix {
  skip?: boolean;
  scale?: number;
  /** Characters of the suffix to include in the match. */
  len?: number;
}

export interface LangSpec {
  lang: Lang;
  /** Word entries: pattern source (already boundary-free), lexeme looked up by normalised key. */
  words: WordEntry[];
  /** Extra word-shaped pattern parsed by `compound` (German compounds). */
  compoundPattern?: string;
  compound?: (normalisedWord: string) => Lexeme | undefined;
  /** A reading of a word that depends on its neighbours (Arabic "ألفا شخص" = 2000 but "25 ألفا" =
   *  25000): tried before the table. `start`/`end` index `text`, the word as written. */
  contextual?: (normalisedWord: string, text: string, start: number, end: number) => Lexeme | undefined;
  /** Plain spaces group digits ("1 200") in this language's copy. */
  spaceGroups: boolean;
  /** Connector words between number words ("and", "et", "y", "و"): a full-gap test. */
  conj: RegExp;
  /** "de" between an approximate noun and its scale ("une dizaine de milliers"). */
  de?: RegExp;
  /** Letters that may cling to a number (Arabic و/ب): allowed right before digits and words. */
  prefixLetters?: string;
  digitSuffix?: (text: string, end: number) => DigitSuffix | null;
  /** Called for a word atom whose normalised text is in `vagueBare`: true drops it ("einige hundert"). */
  vagueBefore?: RegExp;
  vagueBare?: ReadonlySet<string>;
  normalise: (s: string) => string;
}

export interface WordEntry {
  /** Lookup key, already normalised. Spaces stand for any run of spaces or hyphens. */
  key: string;
  lex: Lexeme;
  /** Extra regex sources: negative lookbehind / lookahead conditions. */
  notBefore?: string;
  onlyBefore?: string;
  notAfter?: string;
}
