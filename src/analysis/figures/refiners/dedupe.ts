// One figure per (kind, count, upper, who, unit) in an article: a number repeated (headline and
// body, lead and later paragraph) is one figure. The merged figure keeps the most informative
// attributes: a hedge over "exact", a named reporter over none, the current events over background.
import type { Refiner } from './types.js';

/** A headline or crosshead: no full stop at the end and a few words. */
const headline = (s: string) => !/[.!?؟»”"')]$/u.test(s.trim()) && s.split(/\s+/).length <= 16;

/** A source named only as a group of people ("Afghan officials", "Palestinian officials", "sources"). */
const VAGUE = /(?:^|\s)(?:officials|authorities|sources|media|reports|residents|witnesses|activists)$/iu;

export const dedupeRefiner: Refiner = (ctx, cands) => {
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
    // a headline's short attribution ("…, Houthis say") gives way to the body's
    // and a vague plural ("officials said" in a lead) to the body or person named for it later
    const better = !m.reporter || (headline(ctx.sentences[m.sentence].text) && !headline(ctx.sentences[o.sentence].text)) || (VAGUE.test(m.reporter) && !!o.reporter && !VAGUE.test(o.reporter));
    if (o.reporter && better) {
      m.reporter = o.reporter;
      // the evidence follows the reporter
      m.start = o.start;
      m.end = o.end;
      m.sentence = o.sentence;
      m.hedgeStart = o.hedgeStart;
      m.numStart = o.numStart;
      m.numEnd = o.numEnd;
      m.phraseEndRel = o.phraseEndRel;
    }
    if (m.scope === 'background' && o.scope === 'event') m.scope = 'event';
    if (!m.party && o.party) m.party = o.party;
  }
  return out;
};
