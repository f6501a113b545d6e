// The lexicon parser: proposes candidate figures in one sentence from a locale's lexicon.
// For every count in the sentence it reads the hedge before it, the counted phrase after it
// (group noun, kind noun, unit, or a noun that counts no people), and the kind cue that governs it.
import type { FigureKind, Qualifier, Scope, Unit, Who } from '../../types.js';
import type { Candidate, NumberMatch, SentenceContext } from '../locales/types.js';
import { type CompiledLocale, matchAt, nextMatch, sentenceMatches, startingWith, wordCount } from './compile.js';
import { mergeRanges } from '../refiners/ranges.js';

/** A candidate with the parse details the refiners use. Offsets inside are sentence-relative. */
export interface ParsedCandidate extends Candidate {
  /** Sentence-relative start of the hedge (or of the number when there is none). */
  hedgeStart: number;
  /** Sentence-relative start/end of the number (or range). */
  numStart: number;
  numEnd: number;
  /** Sentence-relative end of the counted phrase. */
  phraseEndRel: number;
  /** Text where the side of combatants may be named. */
  partySpan: string;
  groupParty: string | null;
  /** "including" / "of them" marks this count as part of an earlier one. */
  subset: 'before' | 'after' | null;
  /** Group noun written right before the subset marker ("civilians, including 24 dead"). */
  whoBeforeMarker: Who | null;
  /** Kind read from a subset phrase after the number ("of the wounded"). */
  subsetKind: FigureKind | null;
  /** Kind of a head noun that is also a group ("hostages"), when no cue gives another. */
  fallbackKind: FigureKind | null;
  /** The kind came from a kind noun after the group noun ("37 rebeldes muertos"): it may close a list. */
  trailingKind?: boolean;
  clause: number;
  /** Sentence-relative position of the cue that gave the kind (for attribution distance). */
  cuePos: number;
  /** The count this one is a part of (set by the subset refiner). */
  parentRef?: ParsedCandidate;
  /** Filled by the refiners. */
  reporter: string | null;
  scope: Scope;
}

interface Cue {
  kind: FigureKind;
  role: 'pre' | 'post' | 'both' | 'noun' | 'toll';
  start: number;
  end: number;
  owned: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c);
const YEARISH = /^(?:1[89]\d\d|20\d\d)$/;

export function parseSentence(cl: CompiledLocale, sent: SentenceContext, numbers: NumberMatch[], firstCue = 0): ParsedCandidate[] {
  // all matching on the lower-cased sentence (same offsets); the original only for the party text
  const s = sent.lower;
  const lex = cl.lex;

  // --- numbers: filter what counts nothing, merge ranges -------------------------------------
  type Num = { start: number; end: number; value: number; upper: number | null; text: string; rangeStart: number; approximate: boolean };
  const nums: Num[] = [];
  let notCountEnd = -1;
  for (const n of numbers) {
    const start = n.start - sent.start;
    const end = n.end - sent.start;
    if (!Number.isInteger(n.value) || n.value < 0) continue;
    const prev = s[start - 1];
    // glued to a word before: "M5", "F-16", "COVID-19", "$5"
    if (isLetter(prev) && cl.lex.lang !== 'ar') continue;
    if (prev === '-' && isLetter(s[start - 2])) continue;
    if (prev === '$' || prev === '€' || prev === '£' || prev === '#' || prev === '№') continue;
    // a letter glued after: "46th", "10km" (units notCountAfterY knows) and "5G" alike are no counts
    if (isLetter(s[end]) && !/^[\s]/.test(s.slice(end)) && cl.lex.lang !== 'ar') continue;
    if (matchAt(cl.notCountAfterY, s, end)) continue;
    const before = s.slice(Math.max(0, start - 40), start);
    if (cl.notCountBeforeEnd.test(before)) {
      notCountEnd = end;
      continue;
    }
    // the second of "aged 42 and 65", "Resolutions 242 and 338"
    if (notCountEnd >= 0 && start - notCountEnd <= 6 && cl.coordGap.test(s.slice(notCountEnd, start))) {
      notCountEnd = end;
      continue;
    }
    // an age in apposition: "The man, 45, was killed", "Ahmed Ali, 12, died"
    if (n.value <= 110 && /\p{L},\s?$/u.test(before) && /^(?:,|\)|\s[-–—]\s)/u.test(s.slice(end, end + 3)) && !/\p{L}/u.test(n.text)) continue;
    // a month right before is a date ("March 3"), not across a comma unless a year follows ("In March, 61 people")
    if ((cl.monthBeforeEnd.test(before) && !(/,\s*$/.test(before) && !YEARISH.test(n.text.trim()))) || matchAt(cl.monthAfterY, s, end)) continue;
    if (/[:.]\s?$/.test(before) && /^\d\d?$/.test(before.trim().slice(-3, -1))) continue; // "10:30"
    nums.push({ start, end, value: n.value, upper: null, text: n.text, rangeStart: start, approximate: !!n.approximate });
  }
  mergeRanges(cl, s, nums);
  if (nums.length === 0) return [];

  const out: ParsedCandidate[] = [];
  // a part marker opening the sentence: the same for every count
  const open = matchAt(cl.subsetOpenY, s, 0);
  for (const n of nums) {
    const cand = readCount(cl, s, n, nums, sent.text, open);
    if (!cand) continue;
    cand.sentence = sent.index;
    out.push(cand);
  }
  // no count of people: nothing more to read (the scans below cost more than the counts)
  if (out.length === 0) return out;
  const blockers = sentenceMatches(sent, cl.blockers);
  const reports = sentenceMatches(sent, cl.reporter.saidVerbs);
  const relatives = sentenceMatches(sent, cl.relative);
  const breaks = sentenceMatches(sent, cl.clauseBreak).map((m) => m.start);
  const clauseOf = (pos: number) => {
    let k = 0;
    for (const b of breaks) if (b < pos) k++;
    return k;
  };
  for (const c of out) c.clause = clauseOf(c.numStart);

  // --- cues ----------------------------------------------------------------------------------
  const cues: Cue[] = [];
  // one scan finds where cues start; each cue is then tried there (cues may nest or share words)
  for (let from = firstCue, m: RegExpExecArray | null; (m = nextMatch(cl.cueScan, s, from)); from = m.index + 1) {
    for (const c of startingWith(cl.cues, s.charCodeAt(m.index))) {
      const x = matchAt(c.re, s, m.index);
      if (x) cues.push({ kind: c.kind, role: c.role, start: m.index, end: m.index + x[0].length, owned: false });
    }
  }
  // Longest cue wins at a position; drop cues nested inside a longer one.
  cues.sort((x, y) => x.start - y.start || y.end - x.end);
  const cueList: Cue[] = [];
  for (const c of cues) {
    const last = cueList[cueList.length - 1];
    if (last && c.start >= last.start && c.end <= last.end) {
      if (c.start === last.start && c.end === last.end) last.role = mergeRoles(last.role, c.role);
      continue;
    }
    cueList.push(c);
  }

  // A count right after "of" that follows another count is the set that one is taken from:
  // "seven members of one family", "four of the five soldiers". A set named with a kind noun of its
  // own is also a count: "two of the 14 injured", "one of 27 people killed"; the part takes its kind.
  const partOfSet = new Map<ParsedCandidate, ParsedCandidate>();
  for (let i = 1; i < out.length; i++) {
    const p = out[i - 1];
    const c = out[i];
    if (!cl.partitiveY || c.hedgeStart <= p.phraseEndRel) continue;
    const m = matchAt(cl.partitiveY, s, p.phraseEndRel);
    if (!m || p.phraseEndRel + m[0].length < c.hedgeStart || s.slice(p.phraseEndRel, c.hedgeStart).trim() === '') continue;
    if (c.count > 1 && c.unit === 'people' && c.kind !== null) {
      partOfSet.set(c, p);
    } else {
      c.rejected = 'reference-set';
      // "three of the four soldiers": the part is of the set's group
      if (p.who === null && c.who !== null && c.unit === 'people') p.who = c.who;
    }
  }
  // A bare count whose group comes as a predicate: "15 of the dead were children", "30 were civilians"
  // (after a set that is a count, the predicate is the part's: "two of the 14 wounded were children").
  for (const c of out) {
    const target = partOfSet.get(c) ?? c;
    if (target.who || c.rejected) continue;
    // "half of the 2,000 dead were children", "40% of the 2,000 dead were…": the predicate is the
    // part's, and a share is no count
    if (target === c && cl.partitiveEnd?.test(s.slice(Math.max(0, c.hedgeStart - 16), c.hedgeStart))) continue;
    const wm = /\s*[\p{L}\p{M}'’-]+\s+/uy;
    wm.lastIndex = c.phraseEndRel;
    const w1 = wm.exec(s);
    if (!w1 || !matchAt(cl.stopAfterY, s, c.phraseEndRel + w1[0].search(/\S/u))) continue;
    let at = c.phraseEndRel + w1[0].length;
    // "9 sont des enfants", "30 were the children": a determiner before the group
    const dm = cl.reporter.determinersStart.exec(s.slice(at, at + 16));
    if (dm && dm[0].length > 0 && /\s$/.test(dm[0])) at += dm[0].length;
    const g = startingWith(cl.groups, s.charCodeAt(at)).find((x) => !x.g.unit && matchAt(x.re, s, at));
    if (g) target.who = g.g.who;
  }
  // Cues that are a counted phrase's own kind noun belong to it.
  for (const c of out) {
    for (const q of cueList) if (q.start >= c.numEnd && q.end <= c.phraseEndRel) q.owned = true;
  }
  // A 'both'/'pre'/'toll' cue that is directly followed by a count governs that count.
  const governs = new Map<Cue, ParsedCandidate>();
  for (const q of cueList) {
    if (q.role === 'post' || q.role === 'noun') continue;
    for (const c of out) {
      if (c.hedgeStart < q.end) continue;
      const gap = s.slice(q.end, c.hedgeStart);
      if (gap.length <= 40 && cl.fillersGap.test(gap)) governs.set(q, c);
      break;
    }
  }

  const postCueAfter = (c: ParsedCandidate, maxWords: number): Cue | 'blocked' | null => {
    for (const q of cueList) {
      if (q.start < c.phraseEndRel || q.owned) continue;
      if (q.role === 'pre' || q.role === 'toll') continue;
      const gap = s.slice(c.phraseEndRel, q.start);
      if (wordCount(gap) > maxWords) return null;
      if (clauseOf(q.start) !== c.clause) return null;
      if (governs.has(q) && governs.get(q) !== c) continue;
      const blk = blockers.find((b) => b.start >= c.phraseEndRel && b.end <= q.start);
      if (blk) return 'blocked';
      // a reporting verb in between starts another report: "…», a déclaré X, ajoutant que 40 ont été blessés"
      if (reports.some((r) => r.start >= c.phraseEndRel && r.end <= q.start)) return null;
      // inside a relative clause opened after the count ("…, many of whom have been displaced")
      const rel = relatives.find((r) => r.start >= c.phraseEndRel && r.end <= q.start);
      if (rel && !/[,;)—–]/.test(s.slice(rel.end, q.start))) continue;
      return q;
    }
    // a blocker predicate with no kind cue
    return null;
  };
  const blockerAfter = (c: ParsedCandidate, maxWords: number): boolean =>
    blockers.some((b) => b.start >= c.phraseEndRel && wordCount(s.slice(c.phraseEndRel, b.start)) <= maxWords && clauseOf(b.start) === c.clause);

  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const prev = i > 0 ? out[i - 1] : null;
    // blocker directly before: "evacuated 500 people", "home to 4 million people", "hosts 80,000 refugees"
    const blkBefore = blockers.find((b) => b.end <= c.hedgeStart && c.hedgeStart - b.end <= 40 && cl.fillersGap.test(s.slice(b.end, c.hedgeStart)));
    const preAdj = [...governs].find(([, v]) => v === c)?.[0] ?? null;
    // (not a count named as wounded or dead: "evacuated 21 injured people", "recovered 12 bodies")
    if (blkBefore && (!preAdj || blkBefore.start > preAdj.start) && !(c.kind === 'injured' || c.kind === 'killed')) {
      c.rejected = 'blocked-before';
      continue;
    }
    // one list with a blocked count: "released 13 Israelis and 11 Thai workers"
    if (prev && prev.rejected?.startsWith('blocked') && prev.clause === c.clause && cl.coordGap.test(s.slice(prev.phraseEndRel, c.hedgeStart))) {
      c.rejected = prev.rejected;
      continue;
    }
    if (c.kind) {
      // a detained noun whose own predicate undoes it: "4,000 détenus se sont évadés", "30 prisoners were freed"
      if (c.kind === 'detained' && blockerAfter(c, 2)) {
        c.rejected = 'blocked-after';
        continue;
      }
      // … or a release a few words before it, the subject in between: "أفرجت السلطات عن 30 معتقلا"
      if (c.kind === 'detained' && blockers.some((b) => b.end <= c.hedgeStart && clauseOf(b.start) === c.clause && wordCount(s.slice(b.end, c.hedgeStart)) <= 4 && !/[,;:،]/.test(s.slice(b.end, c.hedgeStart)) && !cueList.some((q) => q.start >= b.end && q.end <= c.hedgeStart))) {
        c.rejected = 'blocked-before';
        continue;
      }
      c.cuePos = c.numEnd;
      continue; // kind noun head ("50 dead", "12 wounded")
    }
    // an earlier value of the toll just given: "rose to 57, up from 34"
    if (prev && prev.kind && cl.tollUpdateEnd && cl.tollUpdateEnd.test(s.slice(Math.max(0, c.hedgeStart - 64), c.hedgeStart)) && (!c.who || c.who === prev.who)) {
      c.kind = prev.kind;
      c.cuePos = prev.cuePos;
      c.who ??= prev.who;
      continue;
    }
    // 1. a cue right before the count: "killing at least 19 civilians", "killed 5"
    if (preAdj && preAdj.role !== 'toll') {
      c.kind = preAdj.kind;
      c.cuePos = preAdj.start;
      continue;
    }
    // 2. a toll noun linked to the count: "the death toll rose to 231"
    const toll = tollBefore(cl, s, c, cueList, out);
    if (toll) {
      c.kind = toll.kind;
      c.cuePos = toll.start;
      // "the military's toll", "civilian death toll", "la cifra de civiles muertos"
      // (not across a comma: "…, entre ellos cinco menores, y el de heridos a 109")
      const tollFrom = Math.max(0, toll.start - 24);
      const tollText = s.slice(tollFrom + s.slice(tollFrom, toll.start).lastIndexOf(',') + 1, toll.end);
      if (!c.who) {
        const at = nextMatch(cl.groupScan, tollText, 0);
        const gm = at ? startingWith(cl.groups, tollText.charCodeAt(at.index)).find((x) => matchAt(x.re, tollText, at.index)) : null;
        if (gm && !gm.g.unit) c.who = gm.g.who;
      }
      continue;
    }
    // 3. a predicate right after the counted phrase: "5 people were killed"
    const near = postCueAfter(c, 4);
    if (near === 'blocked') {
      c.rejected = 'blocked-after';
      continue;
    }
    if (near) {
      c.kind = near.kind;
      c.cuePos = near.start;
      continue;
    }
    // a part of a count given in words only: "Dozens were killed, including at least 14 children"
    // (no count before it to take the kind from: the predicate before the marker gives it)
    if (c.subset === 'before' && !out.slice(0, i).some((o) => o.kind && o.clause === c.clause)) {
      const before = cueList.filter((q) => q.end <= c.hedgeStart && !q.owned && q.role !== 'toll' && clauseOf(q.start) === c.clause && wordCount(s.slice(q.end, c.hedgeStart)) <= 6).pop();
      // (not past a predicate that undoes it: "all of those kidnapped had been freed, among them 76 girls")
      if (before && !blockers.some((b) => b.start >= before.end && b.end <= c.hedgeStart)) {
        c.kind = before.kind;
        c.cuePos = before.start;
        continue;
      }
    }
    if (c.subset) continue; // the subset refiner takes the parent's kind
    // a breakdown after a colon: "12 personnes sont mortes : huit civils et quatre militaires"
    if (prev && prev.kind && c.who && prev.clause === c.clause && /:\s*$/.test(s.slice(prev.phraseEndRel, c.hedgeStart)) && !/:/.test(s.slice(prev.phraseEndRel, c.hedgeStart).replace(/:\s*$/, ''))) {
      c.subset = 'before';
      continue;
    }
    // 4. one list with the previous count: "killed 3 soldiers and 5 civilians"; "dont 11 enfants et
    //    six femmes" (a part of a count, as the previous one)
    if (prev && !prev.kind && prev.subset && prev.clause === c.clause && listGap(cl, s, prev.phraseEndRel, c.hedgeStart)) {
      c.subset = prev.subset;
      continue;
    }
    if (prev && prev.kind && prev.clause === c.clause && listGap(cl, s, prev.phraseEndRel, c.hedgeStart)) {
      c.kind = prev.kind;
      c.cuePos = prev.cuePos;
      if (prev.parent !== null) c.parent = prev.parent;
      if (!c.who && prev.who) c.who = prev.who;
      continue;
    }
    // a kind noun closing the list: "dejaron 64 soldados del ejército y 37 rebeldes muertos"
    const next = out[i + 1];
    if (next && next.trailingKind && next.kind && next.clause === c.clause && c.who && listGap(cl, s, c.phraseEndRel, next.hedgeStart)) {
      c.kind = next.kind;
      c.cuePos = next.numEnd;
      continue;
    }
    // 5. a predicate further on in the clause
    const far = postCueAfter(c, 24);
    if (far === 'blocked') {
      c.rejected = 'blocked-after';
      continue;
    }
    if (far) {
      c.kind = far.kind;
      c.cuePos = far.start;
      continue;
    }
    if (blockerAfter(c, 6)) {
      c.rejected = 'blocked-after';
      continue;
    }
    // 6. a governing cue further back in the clause: "killing 14 civilians, … and two women"
    let pre: Cue | null = null;
    for (const q of cueList) {
      if (q.end > c.hedgeStart) break;
      if (q.role === 'post' || q.role === 'toll' || q.role === 'noun') continue;
      pre = q;
    }
    // not across a comma: "anthrax had killed five people, sickened more than a dozen"
    if (pre && clauseOf(pre.start) === c.clause && wordCount(s.slice(pre.end, c.hedgeStart)) <= 15 && !/[,;:]/.test(s.slice(pre.end, c.hedgeStart))) {
      const blk = blockers.find((b) => b.start >= pre!.end && b.end <= c.hedgeStart);
      if (!blk) {
        c.kind = pre.kind;
        c.cuePos = pre.start;
        continue;
      }
    }
    if (c.fallbackKind) {
      c.kind = c.fallbackKind;
      c.cuePos = c.numEnd;
    }
  }
  // "3 others", "أربعة آخرين", "otros 3", "weitere drei": about the group of the count before, when
  // there is one
  const others = new Set<ParsedCandidate>();
  if (cl.othersY) for (const c of out) {
    if ((c.who !== 'people' && c.who !== null) || c.subset) continue;
    let q = c.numEnd;
    while (q < s.length && s[q] === ' ') q++;
    const bare = !/[\p{L}\p{M}]/u.test(s.slice(c.numEnd, c.phraseEndRel));
    if ((c.who === 'people' && matchAt(cl.othersY, s, q)) || ((c.who === null || bare) && othersBefore(cl, s, c.hedgeStart))) {
      others.add(c);
      c.who = null;
    }
  }
  for (let i = 1; i < out.length; i++) {
    if (!out[i].kind || out[i].who) continue;
    // after a part ("…, including 622 children, and 23,640 injured") the list goes on with the whole
    let j = i - 1;
    while (j > 0 && out[j].subset && out[j - 1].clause === out[i].clause) j--;
    inheritWho(cl, s, out[i], out[j], out[i - 1], others.has(out[i]));
  }
  // with no count before, "others" are of the group last named: "a soldier was killed and three others
  // wounded", "un soldat a été tué et trois autres blessés"
  for (const c of others) if (!c.who) c.who = groupNamedBefore(cl, s, c, out) ?? 'people';
  // a part with no kind of its own is of its set's kind: "two of the 14 wounded were children"
  // ("she was one of 27 people killed" names a person, not a count)
  for (const [set, part] of partOfSet) if (part.kind === null && part.count > 1) part.kind = set.kind;
  return out;
}

/** An "others" word right before the count: "otros 12", "weitere drei" (not "d'autres" + a number). */
function othersBefore(cl: CompiledLocale, s: string, at: number): boolean {
  const m = /([\p{L}'’]+)\s+$/u.exec(s.slice(Math.max(0, at - 24), at));
  if (!m) return false;
  const x = matchAt(cl.othersY!, m[1], 0);
  return !!x && x[0].length === m[1].length;
}

/** The group of the last group noun before the count in its clause, within a dozen words, that no
 *  count before it heads: "un soldat irakien a été tué et trois autres…". */
function groupNamedBefore(cl: CompiledLocale, s: string, c: ParsedCandidate, out: ParsedCandidate[]): Who | null {
  const from = Math.max(0, ...out.filter((o) => o !== c && o.phraseEndRel <= c.hedgeStart).map((o) => o.phraseEndRel));
  let who: Who | null = null;
  let lastEnd = -1;
  for (let m = nextMatch(cl.groupScan, s, from); m && m.index < c.hedgeStart; m = nextMatch(cl.groupScan, s, m.index + 1)) {
    const g = startingWith(cl.groups, s.charCodeAt(m.index)).find((x) => !x.g.unit && matchAt(x.re, s, m!.index));
    if (!g || m.index + matchAt(g.re, s, m.index)![0].length > c.hedgeStart || matchAt(cl.othersY!, s, m.index)) continue;
    const gap = s.slice(m.index, c.hedgeStart);
    if (wordCount(gap) > 12 || /[;:]/.test(gap)) continue;
    // a nationality after its noun ("soldat irakien", "جندي عراقي") does not replace it
    if (who && who !== 'people' && g.g.who === 'people' && /^\s*$/u.test(s.slice(lastEnd, m.index))) continue;
    who = g.g.who;
    lastEnd = m.index + matchAt(g.re, s, m.index)![0].length;
  }
  return who;
}

/** A count with no group noun right after another count of the same clause joined by "and" or a
 *  comma is about the same group: "two officers were killed and five wounded". */
function inheritWho(cl: CompiledLocale, s: string, c: ParsedCandidate, prev: ParsedCandidate | null, last: ParsedCandidate | null = prev, others = false): void {
  if (c.who || c.subset || !prev || !prev.who || prev.clause !== c.clause) return;
  let gap = s.slice(prev.phraseEndRel, c.hedgeStart);
  // "…, weitere 12", "y otros 12": the others word before the count is not part of the gap
  if (others && cl.othersY && !cl.coordEnd.test(gap)) {
    const w = /([\p{L}'’]+)\s*$/u.exec(gap);
    if (w && matchAt(cl.othersY, w[1], 0)?.[0].length === w[1].length) gap = gap.slice(0, w.index);
  }
  const own = s.slice((last ?? prev).phraseEndRel, c.hedgeStart);
  // "5 soldiers killed and 3 others wounded", "مقتل خمسة جنود وإصابة ثلاثة": "and" + a cue word
  const coordCue = (others || wordCount(gap) <= 2) && COORD_CUE.test(gap) && nextMatch(cl.cueScan, gap, 0) !== null;
  // a count with no noun of its own after "and" is of the subject before, however long that clause:
  // "11 520 civiles han muerto en el país desde…, y más de 22 800 han resultado heridos"
  const bare = !/[\p{L}\p{M}]/u.test(s.slice(c.numEnd, c.phraseEndRel));
  if (wordCount(gap) > (bare ? 30 : 12) || (!cl.coordEnd.test(gap) && !coordCue) || (!others && cl.reporter.groupWord.test(own))) return;
  c.who = prev.who;
  c.groupParty = prev.groupParty;
  if (!c.partySpan || c.partySpan.length < prev.partySpan.length) c.partySpan = prev.partySpan;
}

/** A gap of "and" and one word: "and wounding", "et blessé", "وإصابة". */
const COORD_CUE = /^[\s,،]*(?:(?:and|et|und|y|e)\s+[\p{L}'’-]+|و[\p{L}]+)\s*$/u;

type Role = Cue['role'];
function mergeRoles(a: Role, b: Role): Role {
  if (a === b) return a;
  if (a === 'toll' || b === 'toll') return a === 'toll' ? b : a;
  if (a === 'both' || b === 'both') return 'both';
  const set = new Set([a, b]);
  if (set.has('pre')) return 'both';
  return 'post'; // noun + post
}

function tollBefore(cl: CompiledLocale, s: string, c: ParsedCandidate, cues: Cue[], all: ParsedCandidate[]): Cue | null {
  const head = s.slice(Math.max(0, c.hedgeStart - 48), c.hedgeStart);
  if (!cl.tollLinkEnd.test(head)) return null;
  let best: Cue | null = null;
  for (const q of cues) {
    if (q.end > c.hedgeStart) break;
    if (q.role === 'toll') best = q;
  }
  if (!best) return null;
  if (wordCount(s.slice(best.end, c.hedgeStart)) > 14) return null;
  // no other count between the toll noun and this one (but one set off by commas, an earlier value:
  // "le bilan, qui était de 20 morts mardi, est passé à 35")
  const aside = (o: ParsedCandidate) => s.lastIndexOf(',', o.hedgeStart) >= best!.end && s.indexOf(',', o.phraseEndRel) >= 0 && s.indexOf(',', o.phraseEndRel) < c.hedgeStart;
  if (all.some((o) => o !== c && o.numStart >= best!.end && o.numEnd <= c.hedgeStart && o.cuePos !== best!.start && !aside(o))) return null;
  return best;
}

/** Reads one count: hedge, counted phrase, who/unit; null when it counts no people. */
function readCount(
  cl: CompiledLocale,
  s: string,
  n: { start: number; end: number; value: number; upper: number | null; text: string; rangeStart: number; approximate: boolean },
  nums: { start: number }[],
  original: string,
  /** The part marker the sentence opens with (subsetOpenY at 0). */
  sentenceOpen: RegExpExecArray | null,
): ParsedCandidate | null {
  const lex = cl.lex;
  // hedge before
  let qualifier: Qualifier = 'exact';
  let hedgeStart = n.rangeStart;
  const before = s.slice(Math.max(0, n.rangeStart - 48), n.rangeStart);
  let bestLen = 0;
  const hu = cl.hedgeUnion.re.exec(before);
  if (hu) {
    bestLen = hu[0].length;
    const k = hu.findIndex((g, i) => i > 0 && g !== undefined);
    qualifier = cl.hedgeUnion.qualifiers[k - 1];
  }
  for (const h of cl.hedgesBefore) {
    if (!h.clauseStart) continue;
    const m = h.re.exec(before);
    if (!m || m[0].length <= bestLen) continue;
    if (h.clauseStart) {
      const lead = before.slice(0, before.length - m[0].length);
      if (!/(?:^|[.;:,!?\n—–(“"«])\s*$/.test(lead) || n.rangeStart - m[0].length < 0) continue;
      if (lead.length === before.length - m[0].length && lead.trim() !== '' && !/[.;:,!?\n—–(“"«]\s*$/.test(lead)) continue;
    }
    bestLen = m[0].length;
    qualifier = h.qualifier;
  }
  hedgeStart = n.rangeStart - bestLen;
  // a round noun ("une cinquantaine", "una veintena") is "about" unless a hedge word says otherwise,
  // before it or after its noun ("une cinquantaine de personnes au moins" = at least)
  const roundOnly = qualifier === 'exact' && n.approximate;
  if (roundOnly) qualifier = 'about';
  let p = n.end;
  for (const h of cl.hedgesAfterY) {
    const m = matchAt(h.re, s, p);
    if (m) {
      if (qualifier === 'exact' || (roundOnly && h.qualifier !== 'about')) qualifier = h.qualifier;
      p += m[0].length;
      break;
    }
  }

  // the counted phrase
  let who: Who | null = null;
  let unit: Unit = 'people';
  let kind: FigureKind | null = null;
  let groupParty: string | null = null;
  let subset: 'before' | 'after' | null = null;
  let subsetKind: FigureKind | null = null;
  let fallbackKind: FigureKind | null = null;
  let trailingKind = false;
  let modifiers = 0;
  let headFound = false;
  let unknownHead = false;
  const nextNum = nums.find((x) => x.start >= n.end)?.start ?? s.length;
  for (;;) {
    while (p < s.length && /\s/.test(s[p])) p++;
    if (p >= s.length || p >= nextNum) break;
    const ch = s[p];
    // quotes around the noun: 12 "terrorists"
    if ((ch === '"' || ch === '“' || ch === '«' || ch === "'" || ch === '‘' || ch === '„') && /^[\s\u00A0\u202F]?\p{L}/u.test(s.slice(p + 1, p + 3))) {
      p++;
      continue;
    }
    if (!/[\p{L}\p{M}\p{N}]/u.test(ch)) {
      // "(0.62 miles)", "–", quotes: the phrase ends
      break;
    }
    const sub = matchAt(cl.subsetAfterY, s, p);
    if (sub && modifiers === 0) {
      subset = 'after';
      const subText = sub[0];
      for (const kn of cl.kindNouns) if (cl.kindNounAny.get(kn)!.test(subText)) subsetKind = kn.kind;
      p += sub[0].length;
      headFound = true;
      // "22 people, 20 of them children": the part names its group
      const sp = /^\s*/.exec(s.slice(p))![0].length;
      if (matchAt(cl.groupY, s, p + sp)) {
        let best: { g: import('../locales/types.js').GroupNoun; len: number } | null = null;
        for (const x of startingWith(cl.groups, s.charCodeAt(p + sp))) {
          const m = matchAt(x.re, s, p + sp);
          if (m && (!best || m[0].length > best.len)) best = { g: x.g, len: m[0].length };
        }
        if (best && !best.g.unit) {
          who = best.g.who;
          groupParty = best.g.party ?? null;
          p += sp + best.len;
        }
      }
      break;
    }
    // "a score of children", "une vingtaine de civils": the partitive before the group noun
    if (cl.partitiveY && modifiers === 0) {
      const pm = matchAt(cl.partitiveY, s, p);
      if (pm && startingWith(cl.groups, s.charCodeAt(p + pm[0].length)).some((x) => matchAt(x.re, s, p + pm[0].length))) p += pm[0].length;
    }
    let gm: { g: import('../locales/types.js').GroupNoun; len: number } | null = null;
    if (matchAt(cl.groupY, s, p)) for (const x of startingWith(cl.groups, s.charCodeAt(p))) {
      const m = matchAt(x.re, s, p);
      if (m && (!gm || m[0].length > gm.len)) gm = { g: x.g, len: m[0].length };
    }
    let km: { kind: FigureKind; len: number } | null = null;
    if (matchAt(cl.kindNounY, s, p)) for (const x of startingWith(cl.kindNouns, s.charCodeAt(p))) {
      const m = matchAt(x.re, s, p);
      if (m && (!km || m[0].length > km.len)) km = { kind: x.kind, len: m[0].length };
    }
    if (gm && (!km || gm.len >= km.len)) {
      // "101 hostages": a group, and the kind if nothing else in the sentence gives one
      if (km && km.len === gm.len) fallbackKind = km.kind;
      who = gm.g.who;
      if (gm.g.unit) unit = gm.g.unit;
      groupParty = gm.g.party ?? null;
      p += gm.len;
      headFound = true;
      // "19 women and children": two groups, one count — mixed, so people
      const co = /^\s*/.exec(s.slice(p, p + 8))![0].length;
      const and = matchAt(cl.coordWordY, s, p + co);
      if (and) {
        const at = p + co + and[0].length;
        // not "others" opening the next count: "drei Polizisten, weitere 12"
        const other = cl.othersY && matchAt(cl.othersY, s, at) ? undefined : startingWith(cl.groups, s.charCodeAt(at)).find((x) => !x.g.unit && matchAt(x.re, s, at));
        if (other) {
          if (other.g.who !== who) who = 'people';
          p = at + matchAt(other.re, s, at)![0].length;
        }
      }
      // "5 people dead", "12 civilians wounded": a kind noun right after the group noun
      const after = /^\s*/.exec(s.slice(p))![0].length;
      for (const x of startingWith(cl.kindNouns, s.charCodeAt(p + after))) {
        const m = matchAt(x.re, s, p + after);
        if (m) {
          // not when it governs a count of its own: "5 gunmen killed 10 civilians"
          const tail = s.slice(p + after + m[0].length, Math.min(nextNum, p + after + m[0].length + 40));
          if (nextNum < s.length && p + after + m[0].length + 40 >= nextNum && cl.fillersGap.test(tail)) break;
          kind = x.kind;
          trailingKind = true;
          p += after + m[0].length;
          break;
        }
      }
      break;
    }
    if (km) {
      // "242 dead", "14,000 displaced", "12 wounded" (only when the kind noun stands as the head)
      kind = km.kind;
      p += km.len;
      headFound = true;
      // "14 dead civilians": a group noun may follow
      const after = /^\s*/.exec(s.slice(p))![0].length;
      for (const x of startingWith(cl.groups, s.charCodeAt(p + after))) {
        const m = matchAt(x.re, s, p + after);
        if (m) {
          who = x.g.who;
          if (x.g.unit) unit = x.g.unit;
          groupParty = x.g.party ?? null;
          p += after + m[0].length;
          break;
        }
      }
      break;
    }
    if (matchAt(cl.nonPersonY, s, p)) return null;
    if (matchAt(cl.stopAfterY, s, p)) break;
    // a kind cue ends the phrase: "about 250 taken hostage"
    if (modifiers > 0 || !unknownHead) {
      if (matchAt(cl.cueScan, s, p)) break;
    }
    // a modifier ("40 government troops", "five Israeli soldiers") or an unknown head noun
    const wm = /[\p{L}\p{M}\p{N}'’-]+/uy;
    wm.lastIndex = p;
    const word = wm.exec(s);
    if (!word) break;
    modifiers++;
    if (modifiers > lex.maxModifiers) return null;
    p += word[0].length;
    unknownHead = true;
  }
  // a sentence that opens with the marker, a verb or two before the count: "Darunter seien rund 30",
  // "Entre ellos hay 231", "Among them are more than 100"
  const open = subset === null ? sentenceOpen : null;
  // a comma may close the marker: "Parmi les blessés, 9 sont des enfants"
  const openPart = !!open && open[0].length <= hedgeStart && wordCount(s.slice(open[0].length, hedgeStart)) <= 2 && !/[,;:]/.test(s.slice(open[0].length, hedgeStart).replace(/^\s*,/, ''));
  // a part marker right before the count: "including 24 dead"
  const sb = cl.subsetBeforeEnd.exec(s.slice(Math.max(0, hedgeStart - 48), hedgeStart));
  const partBefore = subset === null && (openPart || sb !== null);
  // a year naming an event ("the 2024 floods killed", "1994 genocide killed"): no group noun, a
  // lower-case word before the kind; "the" before the number makes it a year whatever follows
  const yearOfEvent = YEARISH.test(n.text.trim()) && ((unknownHead && who === null && /^\s*\p{Ll}/u.test(s.slice(n.end, n.end + 3))) || /(?:^|\s)the\s+$/iu.test(before));
  if (yearOfEvent) return null;
  if (!headFound && unknownHead && !partBefore) {
    // an unknown noun after the count: a capitalised word is a name ("Route 4 Aleppo"), else people;
    // a part ("dont neuf Sud-Africains") is of the whole's group (the subset refiner)
    who = 'people';
  }
  // years without a group noun are dates, not counts
  if (YEARISH.test(n.text.trim()) && !headFound) return null;
  // a hedge after the counted noun: "15 شخصا على الأقل", "20 civilians at least"
  if (headFound && (qualifier === 'exact' || (roundOnly && qualifier === 'about')) && p > n.end) {
    let q = p;
    while (q < s.length && s[q] === ' ') q++;
    // only "at least" (no "plus", "etwa": those open the next count), and not one that hedges the
    // next number ("5 dead, at least 20 wounded")
    for (const h of cl.hedgesAfterY) {
      if (h.qualifier !== 'at_least') continue;
      const m = matchAt(h.re, s, q);
      if (m && !/^\s*[\d\u0660-\u0669]/u.test(s.slice(q + m[0].length, q + m[0].length + 4)) && !nums.some((x) => x.start >= q + m[0].length && x.start <= q + m[0].length + 3)) {
        qualifier = h.qualifier;
        break;
      }
    }
  }

  // group noun right before a subset marker: "civilians, including 24 dead"
  let whoBeforeMarker: Who | null = null;
  if (openPart && !sb) subset = 'before';
  // a marker that names the kind of the whole: "among the wounded", "parmi les blessés", "unter den Toten"
  const marker = sb ? sb[0] : openPart && open ? open[0] : '';
  if (marker && subset !== 'after') for (const kn of cl.kindNouns) if (cl.kindNounAny.get(kn)!.test(marker)) subsetKind = kn.kind;
  if (sb && subset === null) {
    subset = 'before';
    const upto = hedgeStart - sb[0].length;
    const pre = s.slice(Math.max(0, upto - 30), upto).replace(/[\s,]+$/u, '');
    const gm = cl.groupUnionEnd.exec(pre);
    if (gm) {
      const x = cl.groups.find((y) => !y.g.unit && matchAt(y.re, pre, gm.index));
      if (x) whoBeforeMarker = x.g.who;
    }
  }

  // the party may be named in the complements of the phrase: "soldiers of … government forces"
  let spanEnd = p;
  const rest = s.slice(p, Math.min(s.length, p + 90));
  const stop = /[,;:.()“”"«»]|\s(?:have|has|had|were|was|are|is|been|who|which|in|on|at|during|since|after)\s/u.exec(rest);
  spanEnd = p + (stop ? stop.index : rest.length);
  const partySpan = original.slice(n.start, spanEnd);

  return {
    sentence: 0,
    start: n.start,
    end: n.end,
    count: n.value,
    upper: n.upper,
    qualifier,
    kind,
    who,
    unit,
    party: null,
    phraseEnd: p,
    parent: null,
    people: true,
    hedgeStart,
    numStart: n.start,
    numEnd: n.end,
    phraseEndRel: p,
    partySpan,
    groupParty,
    subset,
    whoBeforeMarker,
    subsetKind,
    fallbackKind,
    trailingKind,
    clause: 0,
    cuePos: -1,
    reporter: null,
    scope: 'event',
  };
}

/** Openers of a noun's complement in the first item of a list: "miembros de las fuerzas del
 *  régimen y 215 combatientes", "soldiers of the 3rd brigade and 4 civilians". */
const COMPLEMENT_OPENER = /^\s*(?:de|del|des|du|d['’]|of|von|vom|der|des|aus|من|al|à|au|aux)(?![\p{L}\p{N}])/u;

/** The gap between two counts of one list: "and", ",", or the first item's complement and "and". */
function listGap(cl: CompiledLocale, s: string, from: number, to: number): boolean {
  const gap = s.slice(from, to);
  if (cl.coordGap.test(gap)) return true;
  if (!COMPLEMENT_OPENER.test(gap) && !(cl.partitiveY && matchAt(cl.partitiveY, s, from + (/^\s*/.exec(gap)![0].length)))) return false;
  if (!cl.coordEnd.test(gap) || /[,;:()\d\u0660-\u0669]/u.test(gap.replace(/[,،]\s*$/u, '')) || wordCount(gap) > 9) return false;
  // no cue inside: "5 soldiers of the unit were killed and 3…" is another clause
  return nextMatch(cl.cueScan, gap, 0) === null;
}
