// Online grouping of articles into stories: one story per event (same incident, within days),
// across outlets and languages. Pure: the caller passes the recent stories and stores the result.
//
// An article is scored against each recent story on shared places (weighted by how specific they
// are and how prominent in both), actors, event concepts, names, headline words and figures, and
// on time. Different main places (Kharkiv vs Odesa) or different countries count against, more
// than 3 days apart counts against, more than 7 days apart is refused - unless the later report
// names the event's day or period ("the August 24 attack", "two weeks ago") and gives its toll.
// Days the reports name ("on Tuesday", "mardi", "الثلاثاء") count as well as when they were
// published. Places outside the table meet by consonant skeleton. Above a threshold the best
// story takes the article; otherwise the article starts a story whose id derives from its own id.
import type { Figure, Lang, Story } from '../types.js';
import { ACTORS, PLACES, findMentions, placeChain, placeCountry, samePlaceSpelling } from './gazetteer.js';
import { shortHash } from './normalize.js';
import { CAPS, UNDATED, UNLISTED, mainOf, mergeIntoRecord, profileArticle, profileStory, type Profile } from './profile.js';

export interface StoryArticle {
  id: string;
  title?: string;
  text: string;
  lang: Lang;
  /** ISO */
  published?: string;
  outlet?: string | null;
  figures: Figure[];
}

export interface AssignResult {
  storyId: string;
  story: Story;
  isNew: boolean;
}

const DAY = 86_400_000;
export const MATCH_THRESHOLD = 3.2;
const MAX_GAP_DAYS = 7;
const SOFT_GAP_DAYS = 3;

/** Canonical keys of the places (config/places.json) named in the text, most prominent first. */
export function extractPlaces(text: string, lang: Lang): string[] {
  const weights = new Map<string, number>();
  const order: string[] = [];
  for (const m of findMentions(text, lang)) {
    if (m.kind === 'actor') continue;
    if (!weights.has(m.key)) order.push(m.key);
    weights.set(m.key, (weights.get(m.key) ?? 0) + (m.kind === 'adj' ? 0.4 : 1));
  }
  return order.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b));
}

export function storyIdFor(articleId: string): string {
  return 's-' + shortHash(articleId, 10);
}

// ---- scoring --------------------------------------------------------------------------------

const LEVEL_WEIGHT = { city: 1, region: 0.5, country: 0.25 } as const;
const ACTOR_WEIGHT = { group: 0.6, person: 0.35, org: 0.25 } as const;

function levelOf(key: string) {
  return PLACES.get(key)?.level ?? 'city';
}

function mainPlaces(p: Profile, level: 'city' | 'region'): string[] {
  if (p.main) return [...p.main].filter((k) => levelOf(k) === level);
  return mainOf(p.places, level, 1.5);
}

/** Two places are compatible when one is, or lies within, the other at that level. */
function compatible(a: string[], b: string[], level: 'city' | 'region'): boolean {
  const chains = (k: string) => placeChain(k).filter((x) => levelOf(x) === level);
  for (const x of a) {
    const cx = chains(x);
    for (const y of b) if (chains(y).some((k) => cx.includes(k)) || samePlaceSpelling(x, y)) return true;
  }
  return false;
}

function topCountry(p: Profile): string | null {
  let best: string | null = null;
  let bw = 0;
  for (const [k, w] of p.places) if (levelOf(k) === 'country' && w > bw) { best = k; bw = w; }
  return bw >= 1.2 ? best : null;
}

/** Missing and detained both count people taken (abducted, held, unaccounted for). */
const kindGroup = (k: string) => (k === 'missing' || k === 'detained' ? 'held' : k);

/** Counts that could be one toll as reported by two outlets, or the same toll a few hours on. */
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.2 * Math.max(a, b));

export interface ScoreParts {
  total: number;
  refused?: string;
  places: number;
  conflict: number;
  actors: number;
  concepts: number;
  figures: number;
  entities: number;
  words: number;
  time: number;
}

const dayOf = (ms: number) => Math.floor(ms / DAY);

/**
 * Fewest days between an event day one side names and a day of the other (named, or published);
 * null when neither side names a day.
 */
function dayGap(a: Profile, s: Profile, minWeight: number): number | null {
  const lead = (p: Profile) => {
    const top = Math.max(0, ...p.days.values());
    return [...p.days].filter(([, w]) => w >= minWeight && w >= 0.75 * top).map(([d]) => d);
  };
  const aDays = lead(a);
  const sDays = lead(s);
  if (aDays.length === 0 && sDays.length === 0) return null;
  const aPub = a.from != null ? [dayOf(a.from), dayOf(a.to ?? a.from)] : [];
  const sPub = s.from != null ? [dayOf(s.from), dayOf(s.to ?? s.from)] : [];
  let best = Infinity;
  const span = (d: number, lo: number, hi: number) => Math.max(0, lo - d, d - hi);
  for (const d of aDays) {
    for (const e of sDays) best = Math.min(best, Math.abs(d - e));
    if (sPub.length) best = Math.min(best, span(d, sPub[0], sPub[1]));
  }
  if (aPub.length) for (const e of sDays) best = Math.min(best, span(e, aPub[0], aPub[1]));
  return Number.isFinite(best) ? best : null;
}

/**
 * The later of two reports weeks apart names a day (not in passing: 1.5 = an explicit date in the
 * body, or more) at most a week before the earlier one was published: "the August 24 attack",
 * "enlevés le 7 mars". A war's start date named in both ("since 7 October") is no such day.
 */
function namesEarlierDay(a: Profile, s: Profile): 'day' | 'period' | null {
  if (a.from == null || s.from == null) return null;
  const [late, early] = a.from > (s.to ?? s.from) ? [a, s] : [s, a];
  const lo = dayOf(early.from!);
  const hi = dayOf(early.to ?? early.from!);
  for (const [d, w] of late.days) if (w >= 1.5 && d >= lo - MAX_GAP_DAYS && d <= hi + 1) return 'day';
  // or a period its lead names: "in August", "il y a deux semaines"
  for (const r of late.refs) if (r.day - r.tol <= hi + 1 && r.day + r.tol >= lo - 1) return 'period';
  return null;
}

export function scoreMatch(a: Profile, s: Profile): ScoreParts {
  const parts: ScoreParts = { total: 0, places: 0, conflict: 0, actors: 0, concepts: 0, figures: 0, entities: 0, words: 0, time: 0 };

  // time: publication times, or the event days the texts name ("on Tuesday", "le 7 mars")
  let bridged: 'day' | 'period' | null = null;
  if (a.from != null && s.from != null && s.to != null) {
    let gap = Math.max(0, s.from - a.from, a.from - s.to) / DAY;
    if (gap > MAX_GAP_DAYS) {
      // a follow-up weeks on that names the day of the event ("after the August 24 attack")
      bridged = namesEarlierDay(a, s);
      if (!bridged) return { ...parts, total: -Infinity, refused: `${gap.toFixed(1)} days apart` };
      parts.time = 0;
    } else {
      // only the days a report leads with: a strike "two days after Monday's" names Monday too
      const dg = dayGap(a, s, 2);
      if (dg != null) gap = Math.min(gap, dg + 0.5);
      parts.time = gap <= 1 ? 0.5 : gap <= 2 ? 0 : gap <= SOFT_GAP_DAYS ? -0.5 : -0.5 - 1.2 * (gap - SOFT_GAP_DAYS);
    }
  }

  // shared places
  // (a city and the regions around it say much the same: each further shared place counts half)
  // (a place outside the country the article is about - talks in Doha - says little)
  const specificShares: number[] = [];
  let countryScore = 0;
  const home = new Set([topCountry(a), topCountry(s)].filter((c): c is string => c != null));
  for (const [k, wa] of a.places) {
    let ws = s.places.get(k);
    // a town outside the table, spelt otherwise in the other report
    if (ws == null && k.startsWith(UNLISTED)) for (const [k2, w2] of s.places) if (levelOf(k2) === 'city' && samePlaceSpelling(k, k2)) { ws = w2; break; }
    if (ws == null) continue;
    const lvl = levelOf(k);
    if (lvl === 'country') countryScore += LEVEL_WEIGHT.country * Math.min(2.5, wa, ws);
    else {
      const c = placeCountry(k);
      const abroad = home.size > 0 && c != null && !home.has(c);
      specificShares.push(LEVEL_WEIGHT[lvl] * Math.min(2.5, wa, ws) * (abroad ? 0.3 : 1));
    }
  }
  const sharedSpecific = specificShares.length;
  const placeScore = specificShares.sort((x, y) => y - x).reduce((sum, v, i) => sum + v / 2 ** i, 0);
  parts.places = Math.min(4.5, placeScore + Math.min(0.6, countryScore));

  // different main places: Kharkiv vs Odesa, Gaza City vs Khan Younis
  const aCities = mainPlaces(a, 'city');
  const sCities = mainPlaces(s, 'city');
  if (aCities.length && sCities.length) {
    if (!compatible(aCities, sCities, 'city')) parts.conflict -= 3.5;
    // both name the other's place, but each leads with its own
    else if (!compatible(aCities.slice(0, 1), sCities.slice(0, 1), 'city')) parts.conflict -= 1.5;
  } else {
    const aRegions = mainPlaces(a, 'region');
    const sRegions = mainPlaces(s, 'region');
    const specific = (p: Profile, main: string[]) => [...main, ...mainPlaces(p, 'city')];
    if (aRegions.length && sRegions.length && !compatible(specific(a, aRegions), specific(s, sRegions), 'region')) parts.conflict -= 2;
  }
  const ca = topCountry(a);
  const cs = topCountry(s);
  if (ca && cs && ca !== cs) parts.conflict -= !s.places.has(ca) && !a.places.has(cs) ? 4 : 1.5;

  // actors
  let actorScore = 0;
  for (const [k] of a.actors) if (s.actors.has(k)) actorScore += ACTOR_WEIGHT[ACTORS.get(k)?.type ?? 'org'];
  parts.actors = Math.min(1.5, actorScore);

  // event concepts
  const sharedConcepts = [...a.concepts.keys()].filter((c) => s.concepts.has(c)).length;
  if (sharedConcepts) parts.concepts = Math.min(1.8, 0.6 * sharedConcepts);
  else if (a.concepts.size && s.concepts.size) parts.concepts = -0.6;

  // figures
  let figScore = 0;
  let sawBig = false;
  let bigMatch = false;
  let risingMatch = false;
  // a later report may carry a higher toll (the toll evolves upward), an earlier one a lower
  const later = a.from != null && s.to != null && a.from >= s.to;
  const earlier = a.from != null && s.from != null && a.from <= s.from;
  const rises = (from: number, to: number) => to > from && to <= 3 * from + 10;
  for (const f of a.figures) {
    const same = s.figures.filter((g) => kindGroup(g.kind) === kindGroup(f.kind));
    if (f.count >= 10) {
      if (same.some((g) => g.count >= 10)) sawBig = true;
      if (same.some((g) => g.count === f.count)) { figScore += f.count >= 20 ? 1.5 : 1; bigMatch = true; }
      else if (same.some((g) => g.count >= 10 && close(g.count, f.count))) { figScore += 1; bigMatch = true; }
      else if (same.some((g) => g.count >= 10 && ((!earlier && rises(g.count, f.count)) || (!later && rises(f.count, g.count))))) risingMatch = true;
    } else if (same.some((g) => g.count === f.count)) figScore += 0.3;
  }
  if (risingMatch && !bigMatch) figScore += 0.3;
  parts.figures = Math.min(2.5, figScore);
  if (sawBig && !bigMatch && !risingMatch) parts.figures -= 1;

  // names outside the gazetteer
  let ent = 0;
  const met = new Set<string>();
  // (a name both lead with says more than one named in passing: "a day after the strike on X")
  for (const [k, wa] of a.entities) {
    const ws = s.entities.get(k);
    if (ws != null) { ent += 0.8 * Math.min(1, wa / 2, ws / 2); met.add(k); }
  }
  // the same name spelt otherwise ("Mahmud Basal"), or written in Arabic
  const metSk = new Set<string>();
  for (const [sk, name] of a.nameSkels) {
    if (met.has(name) || metSk.has(sk)) continue;
    const other = s.nameSkels.get(sk);
    if ((other != null && !met.has(other)) || s.arSkels.has(sk)) { ent += 0.6; met.add(name); if (other) met.add(other); metSk.add(sk); }
  }
  for (const [sk, name] of s.nameSkels) {
    if (met.has(name) || metSk.has(sk)) continue;
    if (a.arSkels.has(sk)) { ent += 0.6; met.add(name); metSk.add(sk); }
  }
  parts.entities = Math.min(2.4, ent);

  // headline and lead words
  let shared = 0;
  for (const [k, w] of a.words) if (s.words.has(k)) shared += Math.min(1, w) * Math.min(1, s.words.get(k)!);
  parts.words = Math.min(3, Math.max(0, 0.45 * (shared - 1)));

  // Without one specific anchor (a shared specific place, group, name or figure), words and
  // concepts alone must not glue two stories of the same war.
  const anchored = sharedSpecific > 0 || parts.actors >= 0.6 || parts.entities > 0 || bigMatch;
  // Reports that lead with different cities share the war's kinds of attack, tolls and words,
  // not the event's: those count half.
  const generic = parts.concepts + parts.figures + parts.words;
  const apart = parts.conflict <= -3.5;
  let total = parts.time + parts.places + parts.conflict + parts.actors + parts.entities + (apart && generic > 0 ? generic / 2 : generic);
  if (!anchored) total = Math.min(total, MATCH_THRESHOLD - 0.01);
  // Weeks apart, joined only by a named day or period: it must be plainly the same event, and give
  // its toll (as it was, or risen) - a report of a new strike that recalls an earlier one "in
  // October" shares the city and the governor, not the toll of its own event.
  // (A recap's toll, marked background by the extractor, is not among the figures compared.)
  if (bridged && (sharedSpecific === 0 || parts.conflict < 0 || total < MATCH_THRESHOLD + 1.5 || (!bigMatch && !risingMatch))) total = Math.min(total, MATCH_THRESHOLD - 0.01);
  parts.total = total;
  return parts;
}

// ---- assignment ------------------------------------------------------------------------------

function leadTitle(a: StoryArticle): string {
  const t = a.title?.trim();
  if (t) return t.length > 200 ? t.slice(0, 199) + '…' : t;
  const first = (a.text ?? '').trim().split(/\n|(?<=[.!?])\s/, 1)[0] ?? '';
  const s = first.trim() || a.id;
  return s.length > 140 ? s.slice(0, 139) + '…' : s;
}

function withUndated(terms: string[], undated: boolean): string[] {
  const t = terms.filter((x) => x !== UNDATED);
  if (!undated) return t;
  return [...t.slice(0, CAPS.terms - 1), UNDATED];
}

export function assignStory(article: StoryArticle, recentStories: Story[], opts: { now?: string } = {}): AssignResult {
  // Idempotent: an article already in a story stays there.
  for (const s of recentStories) {
    if (s.articleIds.includes(article.id)) return { storyId: s.id, story: s, isNew: false };
  }

  const profile = profileArticle(article);
  const published = article.published && Number.isFinite(Date.parse(article.published)) ? new Date(Date.parse(article.published)).toISOString() : null;

  let best: { story: Story; score: number } | null = null;
  for (const s of recentStories) {
    const sp = profileStory(s);
    const sc = scoreMatch(profile, sp);
    if (sc.total < MATCH_THRESHOLD) continue;
    if (!best || sc.total > best.score || (sc.total === best.score && s.firstSeen < best.story.firstSeen)) best = { story: s, score: sc.total };
  }

  if (best) {
    const s = best.story;
    const sp = profileStory(s);
    const rec = mergeIntoRecord(sp, s.articleIds.length, profile);
    const wasUndated = s.terms.includes(UNDATED);
    let firstSeen = s.firstSeen;
    let lastUpdated = s.lastUpdated;
    let undated = wasUndated;
    if (published) {
      if (wasUndated) { firstSeen = published; lastUpdated = published; undated = false; }
      else {
        if (published < firstSeen) firstSeen = published;
        if (published > lastUpdated) lastUpdated = published;
      }
    }
    const story: Story = {
      ...s,
      firstSeen,
      lastUpdated,
      articleIds: [...s.articleIds, article.id],
      places: rec.places,
      terms: withUndated(rec.terms, undated),
    };
    return { storyId: s.id, story, isNew: false };
  }

  const rec = mergeIntoRecord(null, 0, profile);
  // An undated article is stamped with `now`, or else with the latest time the caller's stories
  // know (a batch run has no clock of its own): never with the wall clock, so runs repeat.
  const latestKnown = recentStories.reduce<string | null>((m, s) => (s.terms.includes(UNDATED) || (m && m >= s.lastUpdated) ? m : s.lastUpdated), null);
  const when = published ?? (opts.now && Number.isFinite(Date.parse(opts.now)) ? new Date(Date.parse(opts.now)).toISOString() : latestKnown ?? new Date(0).toISOString());
  const story: Story = {
    id: storyIdFor(article.id),
    title: leadTitle(article),
    firstSeen: when,
    lastUpdated: when,
    articleIds: [article.id],
    places: rec.places,
    terms: withUndated(rec.terms, !published),
    lang: article.lang,
  };
  return { storyId: story.id, story, isNew: true };
}
