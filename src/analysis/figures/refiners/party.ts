// The side a count of combatants belongs to, when the counted phrase names it: "40 government
// troops", "more than 200 members of pro-government forces", "121 rebels", "five policemen".
import type { Refiner } from './types.js';

const LEADING = /^(?:the|les?|la|l['’]|der|die|das|den|el|los|las|ال)\s*/iu;

export const partyRefiner: Refiner = (ctx, cands) => {
  for (const c of cands) {
    if (c.who !== 'combatants') continue;
    let best: { start: number; end: number; party: string } | null = null;
    for (const p of ctx.cl.parties) {
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(c.partySpan))) {
        if (m[0] === '') {
          p.re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (!best || start < best.start || (start === best.start && end > best.end)) {
          const party = p.party.replace('$0', m[0].replace(LEADING, '').trim()).replace('$1', (m[1] ?? '').trim());
          best = { start, end, party };
        }
      }
    }
    c.party = best ? best.party : c.groupParty;
  }
  return cands;
};
