// Domain types of the analysis layer. Pure data: no Discord, no store, no I/O.
// The Figure shape is the contract of ../shared/spec/casualty-figures.md, field for field.

export const LANGS = ['en', 'fr', 'de', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export type FigureKind = 'killed' | 'injured' | 'displaced' | 'missing' | 'detained';
export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'nearly' | 'up_to';
export type Who = 'people' | 'civilians' | 'children' | 'women' | 'combatants';
export type Unit = 'people' | 'families' | 'households';
export type Scope = 'event' | 'background';

export interface Figure {
  kind: FigureKind;
  count: number;
  upper: number | null;
  qualifier: Qualifier;
  who: Who;
  party: string | null;
  unit: Unit;
  reporter: string | null;
  scope: Scope;
  evidence: string;
}

export interface ExtractOptions {
  /** ISO date or date-time the article was published; anchors relative time phrases. */
  published?: string;
  /** Skip detection when the caller already knows the language. */
  lang?: Lang;
}

/** An article as the analysis sees it: already plain text, no feed or Discord details. */
export interface ArticleInput {
  id: string;
  title?: string;
  /** Plain text body. */
  text: string;
  url?: string;
  outlet?: string;
  /** ISO 8601 */
  published?: string;
  lang?: Lang;
}

/** A story: the reports of several outlets about one event. */
export interface Story {
  id: string;
  title: string;
  /** ISO 8601 of the earliest and latest article */
  firstSeen: string;
  lastUpdated: string;
  articleIds: string[];
  places: string[];
  /** Distinctive terms used for matching later articles (kept small). */
  terms: string[];
  lang: Lang;
}

export interface ArticleAnalysis {
  lang: Lang;
  summary: string;
  figures: Figure[];
  story: string;
}
