// Who gave a number. In the sentence of the count: "according to X", "X said (that)", ", said X",
// "X told AFP", "X reported". A source that only points back ("it added", "the same source",
// "they cited") is the last one named; a generic one ("activists", "an NGO", "the health ministry")
// is the named reporter of that type mentioned nearest in the article. A sentence that names no
// source right after one that did keeps citing it (current events only).
import { allMatches } from '../engine/compile.js';
import type { CompiledLocale } from '../engine/compile.js';
import { cleanReporterName, findGenericReporter, findReporterMentions, type ReporterMention } from '../reporters.js';
import type { RefineContext, Refiner } from './types.js';

interface Attribution {
  /** Sentence-relative position of the cue. */
  pos: number;
  phrase: string;
  /** Absolute position of the phrase (for nearest-mention lookups). */
  abs: number;
}

const TRAILING_AUX = /\s+(?:had|has|have|was|were|is|are|also|then|later|earlier|previously|initially|a|hat|hatte|habe|ont|avait|a|ha|había|han)$/iu;
const HARD_AFTER = /[,;.!?“”"«»)\]]|\s[—–]\s/u;
const HARD_BEFORE = /[,;:!?“”"«»(\[]|\s[—–]\s/gu;

export const reporterRefiner: Refiner = (ctx, cands) => {
  const mentions = findReporterMentions(ctx.text, ctx.reporters, ctx.lang);
  const bySentence = new Map<number, typeof cands>();
  for (const c of cands) {
    const l = bySentence.get(c.sentence);
    if (l) l.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const recent: string[] = [];
  let lastSentence = -10;
  const anyCue = new RegExp(`${ctx.cl.reporter.sourceBefore.source}|${ctx.cl.reporter.saidVerbs.source}`, 'iu');

  // A sentence that names no source keeps citing the one of the sentence before (not a headline or
  // crosshead: a line of a few words).
  const carry = (sentIndex: number, text: string, mine: typeof cands | undefined) => {
    if (!mine || lastSentence !== sentIndex - 1 || !recent[0] || text.split(/\s+/).length < 7) return;
    for (const c of mine) if (c.scope === 'event') c.reporter = recent[0];
  };
  for (const sent of ctx.sentences) {
    const mine = bySentence.get(sent.index);
    if (!anyCue.test(sent.text)) {
      carry(sent.index, sent.text, mine);
      continue;
    }
    const attrs = findAttributions(ctx.cl, sent.text, sent.start);
    const resolved: { pos: number; name: string | null }[] = [];
    for (const a of attrs) {
      const name = resolve(ctx, a, recent, mentions);
      if (name) resolved.push({ pos: a.pos, name });
    }
    if (resolved.length === 0) {
      carry(sent.index, sent.text, mine);
      continue;
    }
    if (mine) {
      for (const c of mine) {
        let best = resolved[0];
        let bestD = Infinity;
        for (const r of resolved) {
          const d = r.pos < c.hedgeStart ? c.hedgeStart - r.pos : r.pos - c.phraseEndRel;
          if (Math.abs(d) < bestD) {
            bestD = Math.abs(d);
            best = r;
          }
        }
        c.reporter = best.name;
      }
    }
    // the source named last in the sentence is the one the next sentences keep citing
    const lastNamed = resolved[resolved.length - 1].name!;
    const i = recent.indexOf(lastNamed);
    if (i >= 0) recent.splice(i, 1);
    recent.unshift(lastNamed);
    if (recent.length > 8) recent.pop();
    lastSentence = sent.index;
  }
  return cands;
};

function findAttributions(cl: CompiledLocale, s: string, base: number): Attribution[] {
  const out: Attribution[] = [];
  const r = cl.reporter;
  for (const m of allMatches(r.sourceBefore, s)) {
    const phrase = takeAfter(cl, s, m.end);
    if (phrase) out.push({ pos: m.start, phrase, abs: base + m.end });
  }
  for (const m of allMatches(r.saidVerbs, s)) {
    if (out.some((o) => o.pos <= m.start && m.start < o.pos + 40 && s.slice(o.pos, m.start).includes(o.phrase))) continue;
    const lead = s.slice(0, m.start);
    let phrase: string | null = null;
    let abs = base + m.start;
    if (/(?:^|[,;:“”"«»—–(])\s*$/u.test(lead)) {
      // ", said the ministry" / "قالت الوزارة"
      phrase = takeAfter(cl, s, m.end);
      abs = base + m.end;
    }
    if (!phrase) phrase = takeBefore(cl, s, m.start, /[,;:“”"«»—–(]\s*$/u.test(lead));
    if (phrase) out.push({ pos: m.start, phrase, abs });
  }
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

function stripNoise(cl: CompiledLocale, phrase: string): string {
  let p = phrase.replace(cl.reporter.sourceNoise, ' ');
  cl.reporter.sourceNoise.lastIndex = 0;
  p = p.replace(/\s+/g, ' ').trim();
  return p;
}

function takeAfter(cl: CompiledLocale, s: string, pos: number): string | null {
  let rest = s.slice(pos, pos + 160);
  // drop leading noise ("on Friday", "in a statement")
  for (let k = 0; k < 3; k++) {
    const before = rest;
    rest = rest.replace(/^\s+/, '');
    const m = new RegExp(`^(?:${cl.reporter.sourceNoise.source})`, 'iu').exec(rest);
    if (m && m[0].length) rest = rest.slice(m[0].length);
    if (rest === before) break;
  }
  rest = rest.replace(/^[\s:]+/, '');
  const hard = HARD_AFTER.exec(rest);
  let phrase = hard ? rest.slice(0, hard.index) : rest;
  // a parenthesis right after the name belongs to it: "(OCHA)", "(OSDH)"
  if (hard && rest[hard.index] === ')') phrase = rest.slice(0, hard.index + 1);
  const stop = cl.reporter.sourceStop;
  stop.lastIndex = 0;
  const st = stop.exec(phrase);
  if (st && st.index === 0) return null; // "said that …": no source after the verb
  if (st) phrase = phrase.slice(0, st.index);
  phrase = phrase.trim();
  // what follows a reporting verb may be the report itself: "said 14 civilians were killed"
  if (/\p{N}/u.test(phrase) || cl.anyCue.test(phrase)) return null;
  return phrase && phrase.length <= 120 ? phrase : null;
}

function takeBefore(cl: CompiledLocale, s: string, pos: number, afterComma: boolean): string | null {
  const head = s.slice(Math.max(0, pos - 220), pos);
  const cuts = [0];
  HARD_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HARD_BEFORE.exec(head))) cuts.push(m.index + m[0].length);
  const segs: string[] = [];
  for (let i = 0; i < cuts.length; i++) segs.push(head.slice(cuts[i], i + 1 < cuts.length ? cuts[i + 1] - 1 : head.length));
  for (let i = segs.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const seg = stripNoise(cl, segs[i]).replace(/^(?:and|but|meanwhile|however|et|mais|und|aber|y|pero|و)\s+/iu, '');
    if (!seg) continue;
    if (/^(?:who|whose|which|where|that|qui|dont|der|die|das|que|quien|cuyo|الذي|التي)\s/iu.test(seg) && i > 0) continue;
    if (afterComma && n <= 1 && /^(?:a|an|un|une|ein|eine|una?)\s/iu.test(seg) && i > 0) {
      // appositive ("The OSDH, an NGO based in …, reported"): the name is before it
      const prev = stripNoise(cl, segs[i - 1] ?? '');
      if (prev && prev.split(/\s+/).length <= 8) continue;
    }
    const words = seg.split(/\s+/);
    if (words.length > 10) return words.slice(-6).join(' ');
    return seg;
  }
  return null;
}

function resolve(ctx: RefineContext, a: Attribution, recent: string[], mentions: ReporterMention[]): string | null {
  const cl = ctx.cl;
  const alias = findReporterMentions(a.phrase, ctx.reporters, ctx.lang)[0];
  const generic = findGenericReporter(a.phrase, ctx.reporters, ctx.lang);
  if (alias && (!generic || alias.start <= generic.start)) return alias.name;
  let cleaned = cleanReporterName(stripNoise(cl, a.phrase).replace(cl.reporter.determinersStart, '')).replace(TRAILING_AUX, '');
  // only the first of several sources: "an NGO and Syrian state media"
  const firstOf = cleaned.split(/\s(?:and|et|und|y|و)\s/u)[0];
  const anaphora = cl.reporter.anaphoraFull.test(cleaned) || cl.reporter.anaphoraFull.test(a.phrase.trim());
  // a head noun that repeats a recent reporter: "the sources" -> "Turkish security sources"
  const head = cleaned.toLowerCase().split(/\s+/).pop() ?? '';
  if (head.length > 3) {
    const hit = recent.find((r) => r.toLowerCase().split(/[\s()]+/).includes(head));
    if (hit && cleaned.split(/\s+/).length <= 3) return hit;
  }
  if (anaphora && recent[0] && !generic) return recent[0];
  if (generic) {
    let best: ReporterMention | null = null;
    let bestD = Infinity;
    for (const m of mentions) {
      if (!m.types.includes(generic.type)) continue;
      const d = Math.abs(m.start - a.abs);
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    if (best) return best.name;
    if (anaphora && recent[0]) return recent[0];
  } else if (anaphora) return null;
  cleaned = firstOf;
  if (!cleaned || cleaned.split(/\s+/).length > 8) return null;
  if (!/\p{L}/u.test(cleaned)) return null;
  return officeName(cl, cleaned);
}

/** "Donetsk regional governor Pavlo Kyrylenko" -> "Donetsk regional governor (Pavlo Kyrylenko)". */
function officeName(cl: CompiledLocale, s: string): string {
  const offices = allMatches(cl.reporter.offices, s);
  const last = offices[offices.length - 1];
  if (!last) return s;
  const rest = s.slice(last.end).trim();
  if (rest && /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(rest)) {
    return `${s.slice(0, last.end).trim()} (${rest})`;
  }
  return s;
}
