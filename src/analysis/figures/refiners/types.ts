// What the refiners share: the article, its sentences and the compiled locale.
import type { Lang } from '../../types.js';
import type { SentenceContext } from '../locales/types.js';
import type { CompiledLocale } from '../engine/compile.js';
import type { ParsedCandidate } from '../engine/parse.js';
import type { ReporterTable } from '../reporters.js';

export interface RefineContext {
  text: string;
  /** `text` lower-cased and folded (locale folding), same offsets: what patterns match. */
  lower: string;
  /** `text` lower-cased only (no folding), same offsets: what reporter aliases match. */
  lowerPlain?: string;
  lang: Lang;
  cl: CompiledLocale;
  sentences: SentenceContext[];
  published?: string;
  reporters: ReporterTable;
}

/** A refiner takes the article's candidates (in text order) and returns them refined. */
export type Refiner = (ctx: RefineContext, cands: ParsedCandidate[]) => ParsedCandidate[];
