// The side a count of combatants belongs to, when the counted phrase names it: "40 government
// troops", "more than 200 members of pro-government forces", "121 rebels", "five policemen".
import { lowerKeepOffsets, nextMatch } from '../engine/compile.js';
import type { Refiner } from './types.js';

// an article needs a space after it, so "ELN", "Las Tunas" keep their letters ("l'" and "ال" cling)
const LEADING = /^(?:(?:the|les?|la|der|die|das|den|el|los|las)\s+|l['’]\s*|ال)/iu;

export const partyRefiner: Refiner = (ctx, cands) => {
  for (const c of cands) {
    if (c.who !== 'combatants') continue;
    let best: { start: number; end: number; party: string } | null = null;
    const span = c.partySpan;
    // folded as the patterns were compiled (Arabic hamza forms, ة, ى)
    const lower = lowerKeepOffsets(span, ctx.cl.fold);
    for (const p of ctx.cl.parties) {
      let m: RegExpExecArray | null;
      let from = 0;
      while ((m = nextMatch(p.re, lower, from))) {
        from = m.index + m[0].length;
        const start = m.index;
        const end = start + m[0].length;
        if (!best || start < best.start || (start === best.start && end > best.end)) {
          const whole = span.slice(start, end);
          const g1: string = m[1] === undefined ? '' : span.substr(start + m[0].indexOf(m[1]), m[1].length);
          const party: string = p.party.replace('$0', whole.replace(LEADING, '').trim()).replace('$1', g1.trim());
          best = { start, end, party };
        }
      }
    }
    c.party = best ? best.party : c.groupParty;
  }
  return cands;
};
