// One figure per (kind, count, upper, who, unit) in an article: a number repeated (headline and
// body, lead and later paragraph) is one figure. The merged figure keeps the most informative
// attributes: a hedge over "exact", a named reporter over none, the current events over background.
import type { Refiner } from './types.js';

export const dedupeRefiner: Refiner = (_ctx, cands) => {
  const byKey = new Map<string, (typeof cands)[number]>();
  const out: typeof cands = [];
  for (const c of cands) {
    const key = `${c.kind}|${c.count}|${c.upper}|${c.who}|${c.unit}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, c);
      out.push(c);
      continue;
    }
    const m = first;
    const o = c;
    if (m.qualifier === 'exact' && o.qualifier !== 'exact') m.qualifier = o.qualifier;
    if (!m.reporter && o.reporter) {
      m.reporter = o.reporter;
      m.start = o.start;
      m.end = o.end;
      m.sentence = o.sentence;
    }
    if (m.scope === 'background' && o.scope === 'event') m.scope = 'event';
    if (!m.party && o.party) m.party = o.party;
  }
  return out;
};
