// Background or current events. A count is background when the nearest time phrase around it
// places it in a long period ("since 2011", "this year", "since the war began"), when the clause
// is about a whole war or campaign ("the civil war has killed", "in the conflict"), when it is an
// average or rate ("165 dead a day"), or when it is about an earlier, separate incident ("last
// month", "in a similar attack"). A nearer phrase of the current events ("since Wednesday", "over
// the past two days") keeps it in the event.
import { allMatches, matchAt, nextMatch, sentenceMatches, wordCount } from '../engine/compile.js';
import type { Refiner } from './types.js';

type Hit = { start: number; end: number };

/** Words between a time phrase and the count it qualifies. */
const MAX_WORDS = 14;
const MANY_CASUALTIES = 10_000;
const MANY_DISPLACED = 100_000;
/** How many times larger than an event count a total must be to read as the war's. */
const DWARF = 20;

export const scopeRefiner: Refiner = (ctx, cands) => {
  const cache = new Map<number, { bg: Hit[]; ev: Hit[]; breaks: number[] }>();
  const p = ctx.published ? Date.parse(ctx.published) : NaN;
  const published = Number.isFinite(p) ? p : null;
  const undated: typeof cands = [];
  const leadEnd = leadSentences(ctx);
  const ownTime = new Set<(typeof cands)[number]>();
  // background by a long period ("since 2011", "in the war"), not by an earlier incident's day
  const periodTotals = new Set<(typeof cands)[number]>();
  const incidents = new Set<Hit>();
  const markIncident = <H extends Hit>(h: H): H => (incidents.add(h), h);
  const t = ctx.cl.time;
  // dates the lead gives (the event's own days, which a follow-up may date weeks back)
  const eventDates: number[] = [];
  if (published !== null) for (let i = 0; i <= leadEnd; i++) dateHits(ctx, ctx.sentences[i].lower, published, { bg: [], ev: [], breaks: [] }, LEAD_WINDOW_DAYS, [], eventDates);
  // the first day of the events by the lead's weekdays ("on Saturday", "since Wednesday"), in days
  let leadStart: number | null = null;
  if (published !== null) {
    for (let i = 0; i <= leadEnd; i++) for (const d of dayHits(ctx, ctx.sentences[i].lower, published, true)) leadStart = Math.min(leadStart ?? Infinity, d.day);
    // (a lead dated by its calendar day alone, "on May 29", starts there too)
    for (const e of eventDates) leadStart = Math.min(leadStart ?? Infinity, Math.floor(e / DAY));
  }
  for (const c of cands) {
    const sent = ctx.sentences[c.sentence];
    const s = sent.lower;
    let hits = cache.get(c.sentence);
    if (!hits) {
      // The headline and lead are the article's event: an "earlier" phrase or an old date there
      // dates the event itself ("killed 45 civilians late last month"), not a separate incident.
      const lead = c.sentence <= leadEnd;
      hits = {
        bg: [...sentenceMatches(sent, t.background), ...sentenceMatches(sent, t.wholeWar), ...(lead ? [] : sentenceMatches(sent, t.earlier).map((h) => markIncident(h)))],
        ev: sentenceMatches(sent, t.event),
        breaks: sentenceMatches(sent, ctx.cl.clauseBreak).map((m) => m.start),
      };
      if (published !== null) dateHits(ctx, s, published, hits, lead ? LEAD_WINDOW_DAYS : EVENT_WINDOW_DAYS, lead ? [] : eventDates, undefined, lead ? null : leadStart);
      // a later sentence naming a day before the lead's days cites an earlier incident
      // ("On Thursday, strikes on two schools killed 18" in a report on Saturday's strike)
      if (!lead && leadStart !== null) {
        for (const d of dayHits(ctx, s, published!)) {
          if (d.day >= leadStart - 1) continue;
          hits.bg.push(markIncident(d));
          hits.ev = hits.ev.filter((e) => e.end <= d.start || e.start >= d.end);
        }
      }
      // an event phrase inside a longer background one is part of it: "since the offensive began
      // in August", "before Friday"
      const bgHits = hits.bg;
      if (bgHits.length) hits.ev = hits.ev.filter((e) => !bgHits.some((b) => b.start <= e.start && e.end <= b.end && b.end - b.start > e.end - e.start));
      cache.set(c.sentence, hits);
    }
    // averages and rates: "165 dead a day", "an average of 40 people killed per day"
    let rateAfter = false;
    for (let p = c.phraseEndRel, k = 0; k < 4 && p < s.length; k++) {
      while (p < s.length && s[p] === ' ') p++;
      if (matchAt(ctx.cl.rateAfterY, s, p)) {
        rateAfter = true;
        break;
      }
      while (p < s.length && s[p] !== ' ' && !/[,;.:]/.test(s[p])) p++;
      if (/[,;.:]/.test(s[p] ?? '')) break;
    }
    const rateBefore = allMatches(t.rate, s.slice(Math.max(0, c.hedgeStart - 24), c.hedgeStart)).length > 0;
    if (rateAfter || rateBefore) {
      c.scope = 'background';
      if (c.qualifier === 'exact') c.qualifier = 'about'; // a rate is an average: "about" by the spec
      continue;
    }
    const dist = (h: Hit) => (h.end <= c.hedgeStart ? c.hedgeStart - h.end : h.start >= c.phraseEndRel ? h.start - c.phraseEndRel : 0);
    // a time phrase speaks for the counts near it, not for another clause of a long sentence
    const clauseOf = (pos: number) => hits!.breaks.filter((b) => b < pos).length;
    const clause = clauseOf(c.numStart);
    // a phrase that opens the sentence ("In an earlier attack on …, gunmen seized 61") sets the
    // time of all its clauses
    // (however far: "In der vergangenen Woche waren … 39 Menschen getötet und fast 3.000 verletzt worden")
    // (or a time phrase before the sentence's first count: "De acuerdo con la Fiscalía, desde el 9 de
    // septiembre de 2024, … se han registrado 1 712 homicidios … y 2 087 personas han sido reportadas…")
    const firstCount = Math.min(...cands.filter((o) => o.sentence === c.sentence).map((o) => o.hedgeStart));
    const opening = (h: Hit) => (h.start <= 3 || h.end <= firstCount) && h.end < c.hedgeStart;
    const near = (h: Hit) => opening(h) || (clauseOf(h.start) === clause && wordCount(h.end <= c.hedgeStart ? s.slice(h.end, c.hedgeStart) : h.start >= c.phraseEndRel ? s.slice(c.phraseEndRel, h.start) : '') <= MAX_WORDS);
    let bg = Infinity;
    // a background phrase dated by an event one ("since the fighting began on Wednesday") is the event
    let bgHit: Hit | null = null;
    for (const h of hits.bg) if (near(h) && !hits.ev.some((e) => e.start >= h.start && e.start <= h.end + 3) && dist(h) < bg) [bg, bgHit] = [dist(h), h];
    let ev = Infinity;
    for (const h of hits.ev) if (near(h)) ev = Math.min(ev, dist(h));
    if (bg !== Infinity || ev !== Infinity) ownTime.add(c);
    if (bg < ev) {
      c.scope = 'background';
      if (!incidents.has(bgHit!)) periodTotals.add(c);
    }
    // (not in the headline and lead: there a large count with no time phrase is the event itself,
    // "Mehr als 100.000 Menschen sind aus Bergkarabach nach Armenien geflohen")
    else if (ev === Infinity && c.sentence > leadEnd && c.count >= (c.kind === 'killed' || c.kind === 'injured' ? MANY_CASUALTIES : MANY_DISPLACED)) undated.push(c);
  }
  // Magnitude: in an article about the day's events, tens of thousands killed or wounded, or
  // hundreds of thousands displaced, with no time phrase of the events, dwarfing the article's
  // other counts, are the running total of the war given as context.
  for (const c of undated) {
    if (cands.some((o) => o !== c && o.scope === 'event' && !undated.includes(o) && o.count * DWARF <= c.count)) c.scope = 'background';
  }
  // a background paragraph goes on: the next sentence of the paragraph, with no time phrase of its
  // own, adds to the running totals of a long period just given ("Seit Beginn des Krieges wurden
  // 600 Menschen getötet. Auf israelischer Seite starben fast 50 Menschen."); after an earlier
  // incident ("ese mismo día", "last Tuesday") the story tends to move on to another one
  for (const c of cands) {
    if (ownTime.has(c) || c.parentRef || c.sentence <= leadEnd + 1 || c.scope === 'background') continue;
    const prev = cands.filter((o) => o.sentence === c.sentence - 1);
    if (ctx.sentences[c.sentence - 1].paragraph !== ctx.sentences[c.sentence].paragraph) continue;
    if (prev.length && prev.every((o) => o.scope === 'background') && prev.some((o) => periodTotals.has(o))) c.scope = 'background';
  }
  // a part of a count with no time phrase of its own shares the count's scope
  for (const c of cands) if (c.parentRef && !ownTime.has(c)) c.scope = c.parentRef.scope;
  return cands;
};

const DAY = 86_400_000;
/** How far back a date may lie and still be the current events. */
const EVENT_WINDOW_DAYS = 21;
/** In the lead, the article's own event may be a few weeks old; a date months back is a running total. */
const LEAD_WINDOW_DAYS = 60;
/** Outside English, a date without its year is the background only as the start of a period
 *  ("depuis le 4 juillet", "seit dem 7. Oktober", "desde el 7 de octubre", "منذ 7 أكتوبر"). */
const SINCE_BEFORE = /(?:since|depuis|seit|desde|منذ)\s+(?:(?:le|l'|dem|el|de|يوم)\s+)?$/u;
/** The start of a period further back in the clause: "seit Beginn der Bodenoffensive im Norden am 10. Mai",
 *  "depuis le début de l'offensive, le 3 mai". */
const SINCE_CLAUSE = /(?:^|[^\p{L}])(?:since|depuis|seit|desde|منذ)\s[^.;:]{0,80}$/u;

/** Dates in the sentence ("since October 7", "on 28 November", "in May 2023"): one more than three
 *  weeks before publication places the count in the background, a recent one in the event. */
function dateHits(ctx: Parameters<Refiner>[0], s: string, published: number, hits: { bg: Hit[]; ev: Hit[]; breaks: number[] }, window: number, eventDates: number[] = [], leadDates?: number[], leadStart: number | null = null): void {
  const d = ctx.cl.dates;
  if (!d) return;
  const pub = new Date(published);
  for (const m of allMatchesExec(d.re, s)) {
    const text = m[0];
    const words = text.replace(/[\d\s,.]+|\b(?:de|er|st|nd|rd|th)\b/giu, ' ').trim();
    // a month name of two words ("تشرين الأول") is tried whole first
    const monthWord = [words, ...words.split(/\s+/)].find((w) => d.months.some((r) => r.test(w)));
    const month = monthWord ? d.months.findIndex((r) => r.test(monthWord)) : -1;
    // a month name alone ("mai", Arabic "آب"/"مارس" that are also words) is no date
    if (month < 0 || (!m[1] && !m[2] && !m[3] && !SINCE_BEFORE.test(s.slice(Math.max(0, m.index! - 16), m.index!)))) continue;
    const day = Number(m[1] ?? m[2] ?? 15);
    let year = m[3] ? Number(m[3]) : pub.getUTCFullYear();
    // (a day past the month's end is its last day: "February 30" is no March 2)
    const dayIn = (y: number) => Math.min(new Date(Date.UTC(y, month + 1, 0)).getUTCDate(), Math.max(1, day));
    let when = Date.UTC(year, month, dayIn(year));
    if (!m[3] && when > published + 2 * DAY) when = Date.UTC(--year, month, dayIn(year));
    const age = (published - when) / DAY;
    const hit = { start: m.index!, end: m.index! + text.length };
    if (leadDates) {
      leadDates.push(when);
      continue;
    }
    // the day the lead gives for the event (a follow-up weeks later) is the event
    if (eventDates.some((e) => when >= e - DAY && when <= e + 3 * DAY)) hits.ev.push(hit);
    // after the lead, a date before the lead's first day dates an earlier incident or the start of a
    // longer campaign ("since fighting broke out on Sept. 27" in a report on Oct. 12), as weekdays do
    else if (leadStart !== null && Math.floor(when / DAY) < leadStart - 1 && age > 1 && (m[3] || ctx.lang === 'en' || SINCE_BEFORE.test(s.slice(Math.max(0, hit.start - 16), hit.start)) || SINCE_CLAUSE.test(s.slice(Math.max(0, hit.start - 90), hit.start)))) hits.bg.push(hit);
    // (the start of a period further back counts too: "seit Kriegsbeginn am 24. Februar")
    else if (age > window && (m[3] || ctx.lang === 'en' || SINCE_BEFORE.test(s.slice(Math.max(0, hit.start - 16), hit.start)) || SINCE_CLAUSE.test(s.slice(Math.max(0, hit.start - 90), hit.start)))) hits.bg.push(hit);
    else if (age > -2) hits.ev.push(hit);
  }
}

/** Weekdays in a sentence as days (days since the epoch): the last such day up to publication.
 *  "since Wednesday" is left out unless `withSince` (the lead's "since" opens the events). */
function dayHits(ctx: Parameters<Refiner>[0], s: string, published: number, withSince = false): (Hit & { day: number })[] {
  const re = ctx.cl.weekdayRe;
  if (!re) return [];
  // the day of the week where the article was written ("2025-06-30T21:05:00-06:00" is a Monday)
  const local = published + tzOffset(ctx.published);
  const pubDay = Math.floor(local / DAY);
  const pubW = (new Date(local).getUTCDay() + 6) % 7;
  const out: (Hit & { day: number })[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    const w = m.slice(1).findIndex((g) => g !== undefined);
    if (w < 0) continue;
    if (!withSince && SINCE_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
    const end = m.index + m[0].length;
    const before = s.slice(Math.max(0, m.index - 16), m.index);
    const after = s.slice(end, end + 32);
    let back = (pubW - w + 7) % 7;
    // "Tuesday of last week", "mardi de la semaine dernière": that day of the week before
    if (LAST_WEEK_AFTER.test(after)) back = pubW + 7 - w;
    // "last Tuesday", "mardi dernier", "el pasado martes", "am vergangenen Dienstag", "الثلاثاء الماضي":
    // never the day of publication itself
    else if (back === 0 && (LAST_BEFORE.test(before) || LAST_AFTER.test(after))) back = 7;
    out.push({ start: m.index, end, day: pubDay - back });
  }
  return out;
}

/** "last" before a weekday: en "last", es "pasado", de "vergangenen"/"letzten"/"vorigen". */
const LAST_BEFORE = /(?:^|[^\p{L}])(?:last|pasado|vergangenen|letzten|vorigen)\s+$/u;
/** "last" after a weekday: fr "dernier", es "pasado", ar "الماضي". */
const LAST_AFTER = /^(?:\s+(?:matin|soir|après-midi|por la (?:mañana|tarde|noche)))?\s+(?:dernier|passé|pasado|الماضي)(?![\p{L}])/u;
/** "of last week" after a weekday. */
const LAST_WEEK_AFTER = /^\s+(?:of last week|de la semaine (?:dernière|passée)|de la semana pasada|(?:der )?(?:vergangenen|letzten|vorigen) woche|vergangener woche|letzter woche|من (?:الأسبوع|الاسبوع) الماضي)(?![\p{L}])/u;

/** Milliseconds to add to UTC for the local time of an ISO timestamp ("+02:00", "-06:00", "Z"). */
function tzOffset(published: string | undefined): number {
  const m = published ? /([+-])(\d\d):?(\d\d)$/.exec(published.trim()) : null;
  if (!m || !/T\d/.test(published!)) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

function* allMatchesExec(re: RegExp, s: string): Generator<RegExpExecArray> {
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextMatch(re, s, from))) {
    yield m;
    from = m.index + m[0].length;
  }
}

/** Index of the last sentence of the lead: the headline (a line without a full stop) and the first
 *  sentence of the body. */
function leadSentences(ctx: Parameters<Refiner>[0]): number {
  const first = ctx.sentences[0];
  // a text of a sentence or three has no lead to speak of
  if (!first || ctx.sentences.length < 4) return -1;
  return /[.!?؟»”"')]$/u.test(first.text.trim()) ? 0 : 1;
}
