// The side a count of combatants belongs to, when the counted phrase names it: "40 government
// troops", "more than 200 members of pro-government forces", "121 rebels", "five policemen".
import { allMatches } from '../engine/compile.js';
import type { Refiner } from './types.js';

export const partyRefiner: Refiner = (ctx, cands) => {
  for (const c of cands) {
    if (c.who !== 'combatants') continue;
    let best: { start: number; end: number; text: string; party: string } | null = null;
    for (const p of ctx.cl.parties) {
      for (const m of allMatches(p.re, c.partySpan)) {
        if (!best || m.start < best.start || (m.start === best.start && m.end > best.end)) best = { ...m, party: p.party };
      }
    }
    if (best) c.party = best.party.replace('$0', best.text.replace(/^(?:the|les?|la|l['’]|der|die|das|el|los|las)\s+/iu, '').trim());
    else c.party = c.groupParty;
  }
  return cands;
};
