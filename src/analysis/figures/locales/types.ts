// The locale interface of the casualty-figure extractor.
//
// A locale is data first: lexicons of regular-expression SOURCES (strings, not RegExp objects) that
// the shared engine (../engine/) compiles once per locale and uses to propose candidate figures
// (number + kind + who + hedge + unit in a sentence). The refiners (../refiners/) then work on
// those candidates without knowing the language. A locale may add parsers of its own for patterns
// the lexicon cannot express (`extraParsers`).
//
// Rules for every pattern string below:
// - It is a RegExp source. The engine lower-cases it (escapes such as \p{L} are kept) and matches it
//   against lower-cased text with the flag 'u' (plus 'g' or 'y'): case never matters, and a class
//   such as [A-Z] or \p{Lu} will not see capitals. Use (?:...) rather than capturing groups.
// - The engine wraps "word" patterns in Unicode word boundaries: (?<![\p{L}\p{N}_])(?:SRC)(?![\p{L}\p{N}_]).
//   So "killed" does not match inside "unkilled". Include clitics or prefixes in the pattern itself
//   (Arabic: "(?:و|ف)?(?:ال)?قتلى"; French: "l['’]").
// - Never write an unbounded repetition over a class that can also match what follows it
//   ((?:\w+\s*)* and the like): patterns run on every sentence of every article.
// - Placeholders expanded by the engine before compiling: {YEAR} four-digit year 1900–2099,
//   {MONTH} the locale's `months`, {WEEKDAY} the locale's `weekdays`, {NUM} a digit run.
//
// Where the engine measures "words between" it counts runs of letters/digits, so the same distance
// limits work in every language.

import type { FigureKind, Lang, Qualifier, Unit, Who } from '../../types.js';

import type { NumberMatch } from '../numbers/index.js';
/** One count written in a text (the contract of ../numbers/). */
export type { NumberMatch };

/** The numbers finder a locale uses (../numbers/findNumbers bound to the language). */
export type FindNumbers = (text: string) => NumberMatch[];

/**
 * How a kind cue attaches to a count.
 * - 'pre':  the cue comes before the count and governs it: "killing 5", "killed 5", "tuant 5",
 *           "مقتل 5", "murieron 5".
 * - 'post': the cue comes after the counted phrase: "5 people were killed", "5 Menschen getötet",
 *           "20 civils ont été tués", "5 people died".
 * - 'both': either ("killed" in English: "killed 5" and "5 were killed").
 * - 'noun': a kind noun that can itself be the counted phrase's head: "50 dead", "12 wounded",
 *           "20 morts", "12 Verletzte", "30 قتيلا", "14,000 displaced". Also acts as 'post'.
 * - 'toll': a toll noun that reaches its count through a link word (`tollLink`): "the death toll
 *           rose to 50", "le bilan s'élève à 50", "die Zahl der Toten stieg auf 50", "ارتفعت حصيلة ... إلى 50".
 */
export type CueRole = 'pre' | 'post' | 'both' | 'noun' | 'toll';

export interface KindCue {
  kind: FigureKind;
  role: CueRole;
  /** Word pattern (boundaries added). */
  re: string;
}

/** A noun (phrase) naming who a count is about: "civilians", "soldats", "Kinder", "مدنيين". */
export interface GroupNoun {
  who: Who;
  /** Word pattern (boundaries added). It is tried right after the number, after up to
   *  `maxModifiers` modifier words ("40 government troops", "five Israeli soldiers"). */
  re: string;
  /** "families" / "households": count is in that unit (who stays 'people'). */
  unit?: Unit;
  /** The side the noun itself names, when it does: "rebels" -> "rebels", "policemen" -> "police". */
  party?: string;
}

export interface Hedge {
  qualifier: Qualifier;
  /** Word pattern, matched immediately before the number (only spaces between). */
  re: string;
  /** Only when the hedge opens its clause (the typo "at 50 civilians were killed" = at least). */
  clauseStart?: boolean;
}

export interface PartyPattern {
  /** Word pattern searched in the counted phrase ("members of pro-government forces", "des soldats russes"). */
  re: string;
  /** Canonical party text, e.g. "government forces". `$0` is replaced by the matched text (cleaned),
   *  `$1` by the pattern's one capturing group, if it has one ("$1 forces" for "Israeli soldiers"). */
  party: string;
}

export interface ReporterCues {
  /** Words that introduce a source which follows them: "according to", "selon", "laut", "según", "بحسب". */
  sourceBefore: string;
  /** Reporting verbs. A verb directly after a comma / closing quote / clause start takes the source
   *  after it (", said the ministry", "قالت وزارة الصحة", ", a indiqué le ministère"); otherwise the
   *  source is the phrase before it ("the ministry said", "das Ministerium teilte mit"). */
  saidVerbs: string;
  /** Words that end a source phrase on the side away from the verb: "that", "que", "dass", "أن". */
  sourceStop: string;
  /** Phrases to strip from a source phrase: time adverbs ("on Friday"), "in a statement", etc. */
  sourceNoise: string;
  /** Leading determiners to strip from a source phrase: "the|a|an", "le|la|les|l'". */
  determiners: string;
  /** A source that only points back at the last one: "it", "they", "the same source", "la même source". */
  anaphora: string;
  /** Office/title words, for "Office (Name)" reporters: "governor|mayor|minister|spokesman|...". */
  offices: string;
}

export interface TimeCues {
  /** Phrases that make a figure a running/background total: "since {YEAR}", "since the start of the
   *  war", "over the past two years", "in {YEAR}", "last year". */
  background: string;
  /** Phrases that keep a figure in the current events even if a background phrase is present:
   *  "since {WEEKDAY}", "since yesterday", "in the past 24 hours". */
  event: string;
  /** Averages and rates: "a day", "per day", "every month", "on average". */
  rate: string;
  /** The subject is a whole war or campaign: "the war has killed", "the conflict left", "in the civil war". */
  wholeWar: string;
  /** An earlier, separate incident: "last month", "in a similar attack", "previously" (in the past sense). */
  earlier: string;
}

export interface LocaleLexicon {
  lang: Lang;
  kinds: KindCue[];
  groups: GroupNoun[];
  /** Nouns that make the number count something other than people: villages, strikes, km, years... */
  nonPerson: string;
  /** Words allowed between a number and its group noun ("40 government troops", "5 Israeli soldiers").
   *  Anything not matching `nonPerson`, a group noun, a kind noun or `stopAfter` also counts as a
   *  modifier, up to `maxModifiers`. */
  maxModifiers: number;
  /** Words after a number that end its noun phrase: verbs, prepositions, conjunctions ("were",
   *  "have", "in", "of", "and", "ont", "wurden", "en", "في"). */
  stopAfter: string;
  hedgesBefore: Hedge[];
  /** Words allowed between a 'pre' cue and its count besides hedges: "a total of", "another",
   *  "a further", "the", "un total de", "weitere", "otros", "ما لا يقل عن". */
  fillers: string;
  /** Hedges after the count: "or more" (at_least), "-plus". Matched right after the number. */
  hedgesAfter: Hedge[];
  /** Ranges: `between` before the first number ("between", "entre", "zwischen", "بين"); `and` joins
   *  after `between` ("and", "et", "und", "y", "و"); `to` joins two bare numbers ("to", "-", "à", "bis", "a", "إلى"). */
  range: { between: string; and: string; to: string };
  /** A part of the previous count: before the number ("including", "among them", "dont", "darunter",
   *  "entre ellos", "بينهم") or after it ("of them", "of whom", "d'entre eux", "davon"). */
  subset: { before: string; after: string };
  /** Joins two counts of one list: "and", ",", "as well as", "plus", "et", "und", "y", "و". */
  coordination: string;
  /** Opens a relative clause whose verb is not the count's: ", many of whom", "who", "dont beaucoup". */
  relative: string;
  /** Predicates that make a count not a figure: trapped, evacuated, sheltering, at a rally, home to,
   *  released (hostages), live in. Nearest predicate wins against kind cues. */
  blockers: string;
  /** Text right before the number that makes it no count: "Resolution", "Route", "aged", "No.". */
  notCountBefore: string;
  /** Text right after the number that makes it no count: ordinal suffixes, "-year-old", "%", "per cent". */
  notCountAfter: string;
  /** Link words between a toll noun and its count, matched right before the number (hedges in between
   *  are skipped by the engine): "to|at|of|reached", "à|de", "auf|von", "a|en", "إلى|بلغت". */
  tollLink: string;
  /** Clause breaks inside a sentence beyond ';': "but", "while", "whereas", "mais", "aber", "pero", "بينما". */
  clauseBreak: string;
  months: string;
  weekdays: string;
  reporter: ReporterCues;
  time: TimeCues;
  parties: PartyPattern[];
  /** Optional. Words right before a count that make it an earlier value of the toll just given:
   *  "up from", "down from", "contre", "nach zuvor", "frente a los", "مقابل". The count takes the
   *  kind and group of the count before it. */
  tollUpdate?: string;
  /** Optional. The partitive word between a count and its group noun: "a score of children",
   *  "une vingtaine de civils", "decenas de"… ("of", "de|d['’]", "von", "de", "من"). */
  partitive?: string;
  /** Optional. A character class of characters the engine removes from the text before matching.
   *  Default for every language: Arabic tashkeel and tatweel, "[\\u064B-\\u0652\\u0670\\u0640]".
   *  Patterns need not allow for them; occurrences of "<class>*" in patterns are dropped. Evidence
   *  is still copied from the original text. */
  ignorable?: string;
  /** Optional. Characters read as another before matching, in text and patterns alike (one
   *  character each, so offsets hold). Default for every language (merged with this): Arabic
   *  "أإآٱ" -> "ا", "ة" -> "ه", "ى" -> "ي". A pattern class whose letters fold to one letter
   *  becomes that letter, so "[اأإآ]" costs nothing. */
  fold?: Record<string, string>;
  /** Optional. Group nouns that only point back at the count before ("others", "autres", "آخرين",
   *  "weitere", "otros"): such a count is about the same group ("5 soldiers killed and 3 others wounded"). */
  others?: string;
  /** Optional. The seven weekdays, Monday first, each a pattern matched at a word start (compounds
   *  such as "Donnerstagabend" count): a later sentence naming a day before the lead's days cites an
   *  earlier incident. */
  weekdayNames?: string[];
  /** Optional. The twelve months, January first, each a pattern (for dates in time phrases:
   *  "since October 7" is background when the article was published months later). */
  monthNames?: string[];
}

/** What a parser proposes: one candidate figure, before the refiners. Offsets are absolute (into the
 *  article text). */
export interface Candidate {
  sentence: number;
  start: number;
  end: number;
  count: number;
  upper: number | null;
  qualifier: Qualifier;
  kind: FigureKind | null;
  who: Who | null;
  unit: Unit;
  party: string | null;
  /** End of the counted phrase (number + group noun + its complements). */
  phraseEnd: number;
  /** Index (in the sentence's candidates) of the count this one is a part of ("including", "of them"). */
  parent: number | null;
  /** True when the count is about people (group noun or kind noun present, or a bare count a kind governs). */
  people: boolean;
  /** Why rejected, if it was (kept for debugging, dropped from output). */
  rejected?: string;
}

export interface SentenceContext {
  index: number;
  /** Absolute offsets of the sentence in the article. */
  start: number;
  end: number;
  text: string;
  /** `text` lower-cased with the same offsets: what the lexicon patterns are matched against. */
  lower: string;
  paragraph: number;
}

/** A locale's own parser: extra candidates for one sentence. */
export type Parser = (sentence: SentenceContext, numbers: NumberMatch[], lang: Lang) => Candidate[];

export interface Locale {
  lang: Lang;
  lexicon: LocaleLexicon;
  /** Patterns the lexicon cannot express. Their candidates are merged with the engine's. */
  extraParsers?: Parser[];
}
