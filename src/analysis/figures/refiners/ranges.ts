// Ranges of counts: "between 30 and 40", "30 to 40", "4,887 to 7,528", "200-300". The two numbers
// become one count with `upper` set; its qualifier stays "exact" unless a hedge says otherwise.
// Runs on the numbers of a sentence before the parser reads them ("rose from 10 to 20" is a toll
// and its update, not a range).
import type { CompiledLocale } from '../engine/compile.js';

export interface RangeNumber {
  start: number;
  end: number;
  value: number;
  upper: number | null;
  /** Where the range starts: "between" included. */
  rangeStart: number;
}

/** Merges ranges in place; `s` is the lower-cased sentence the offsets refer to. */
export function mergeRanges(cl: CompiledLocale, s: string, nums: RangeNumber[]): void {
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    const gap = s.slice(a.end, b.start);
    if (b.value <= a.value || gap.length > 12) continue;
    if (cl.tollUpdateEnd && cl.tollUpdateEnd.test(s.slice(Math.max(0, a.start - 64), a.start))) continue;
    const between = cl.rangeBetweenEnd.exec(s.slice(Math.max(0, a.start - 20), a.start));
    const isRange = (between && cl.rangeAndGap.test(gap)) || cl.rangeToGap.test(gap);
    if (!isRange) continue;
    a.upper = b.value;
    a.end = b.end;
    if (between) a.rangeStart = a.start - between[0].length;
    nums.splice(i + 1, 1);
  }
}
