// The refiners, in the order they run. Ranges are merged while the counts are read (engine/parse).
export type { RefineContext, Refiner } from './types.js';
import { subsetRefiner } from './subsets.js';
import { partyRefiner } from './party.js';
import { scopeRefiner } from './scope.js';
import { reporterRefiner } from './reporter.js';
import { dedupeRefiner } from './dedupe.js';
import type { Refiner } from './types.js';

/** Drops counts that no kind governs and those a blocker rejected. */
export const dropRefiner: Refiner = (_ctx, cands) =>
  cands.filter((c) => {
    if (!c.kind || c.rejected) return false;
    c.who ??= 'people';
    return true;
  });

export const REFINERS: Refiner[] = [subsetRefiner, dropRefiner, partyRefiner, scopeRefiner, reporterRefiner, dedupeRefiner];

export { subsetRefiner, partyRefiner, scopeRefiner, reporterRefiner, dedupeRefiner };
export { mergeRanges } from './ranges.js';
