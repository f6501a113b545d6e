// Background or current events. A count is background when the nearest time phrase around it
// places it in a long period ("since 2011", "this year", "since the war began"), when the clause
// is about a whole war or campaign ("the civil war has killed", "in the conflict"), when it is an
// average or rate ("165 dead a day"), or when it is about an earlier, separate incident ("last
// month", "in a similar attack"). A nearer phrase of the current events ("since Wednesday", "over
// the past two days") keeps it in the event.
import { allMatches, matchAt } from '../engine/compile.js';
import type { Refiner } from './types.js';

type Hit = { start: number; end: number };

export const scopeRefiner: Refiner = (ctx, cands) => {
  const cache = new Map<number, { bg: Hit[]; ev: Hit[] }>();
  const t = ctx.cl.time;
  for (const c of cands) {
    const sent = ctx.sentences[c.sentence];
    const s = sent.text;
    let hits = cache.get(c.sentence);
    if (!hits) {
      hits = {
        bg: [...allMatches(t.background, s), ...allMatches(t.wholeWar, s), ...allMatches(t.earlier, s)],
        ev: allMatches(t.event, s),
      };
      cache.set(c.sentence, hits);
    }
    // averages and rates: "165 dead a day", "an average of 40 people killed per day"
    const rateAfter = matchAt(ctx.cl.rateAfterY, s, c.phraseEndRel);
    const rateBefore = allMatches(t.rate, s.slice(Math.max(0, c.hedgeStart - 24), c.hedgeStart)).length > 0;
    if (rateAfter || rateBefore) {
      c.scope = 'background';
      if (c.qualifier === 'exact') c.qualifier = 'about'; // a rate is an average: "about" by the spec
      continue;
    }
    const dist = (h: Hit) => (h.end <= c.hedgeStart ? c.hedgeStart - h.end : h.start >= c.phraseEndRel ? h.start - c.phraseEndRel : 0);
    let bg = Infinity;
    for (const h of hits.bg) bg = Math.min(bg, dist(h));
    if (bg === Infinity) continue;
    let ev = Infinity;
    for (const h of hits.ev) ev = Math.min(ev, dist(h));
    if (bg < ev) c.scope = 'background';
  }
  return cands;
};
