// "…, bringing to 1,450 the number of people killed this year", "raised to 210 the number of
// wounded": wire copy names the toll after its count. The lexicon's cues cannot say this (a toll
// cue reaches its count forwards, "the number of dead rose to 50"), so the count is read here.
import type { FigureKind, Qualifier, Who } from '../../../types.js';
import type { Candidate, NumberMatch, SentenceContext } from '../types.js';

const VERB_TO = /(?:^|[^\p{L}])(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|push|pushes|pushing|pushed|lift|lifts|lifting|lifted)\s+to\s+(?:(at least|more than|over|nearly|almost|about|around|some)\s+)?$/u;
const TOLL_AFTER = /^\s+the\s+(?:overall\s+|total\s+|cumulative\s+)?number\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?)(killed|dead|deaths|who died|who have died|who have been killed|wounded|injured|displaced|missing|detained|arrested)(?![\p{L}])/u;

const KIND: Record<string, FigureKind> = {
  killed: 'killed', dead: 'killed', deaths: 'killed', 'who died': 'killed', 'who have died': 'killed', 'who have been killed': 'killed',
  wounded: 'injured', injured: 'injured', displaced: 'displaced', missing: 'missing', detained: 'detained', arrested: 'detained',
};
const HEDGE: Record<string, Qualifier> = { 'at least': 'at_least', 'more than': 'more_than', over: 'more_than', nearly: 'nearly', almost: 'nearly', about: 'about', around: 'about', some: 'about' };
/** The groups wire copy names in such a toll; anything else counts people. */
const GROUPS: [RegExp, Who][] = [
  [/^(?:civilians?|journalists?|reporters|aid workers|medics|health workers|doctors)\b/u, 'civilians'],
  [/^(?:children|minors)\b/u, 'children'],
  [/^women\b/u, 'women'],
  [/^(?:soldiers|troops|servicemen|fighters|militants|combatants|police(?:men| officers)?)\b/u, 'combatants'],
];

export function readTollNamedAfter(sent: SentenceContext, numbers: NumberMatch[]): Candidate[] {
  const out: Candidate[] = [];
  const s = sent.lower;
  for (const n of numbers) {
    const at = n.start - sent.start;
    const end = n.end - sent.start;
    const verb = VERB_TO.exec(s.slice(Math.max(0, at - 40), at));
    if (!verb) continue;
    const toll = TOLL_AFTER.exec(s.slice(end, end + 90));
    if (!toll) continue;
    const group = toll[1].trim();
    out.push({
      sentence: sent.index,
      start: n.start,
      end: n.end,
      count: n.value,
      upper: null,
      qualifier: verb[1] ? HEDGE[verb[1]] : 'exact',
      kind: KIND[toll[2]],
      who: GROUPS.find(([re]) => re.test(group))?.[1] ?? 'people',
      unit: 'people',
      party: null,
      phraseEnd: n.end + toll[0].length,
      parent: null,
      people: true,
    });
  }
  return out;
}
