// Who gave a number. In the sentence of the count: "according to X", "X said (that)", ", said X",
// "X told AFP", "X reported". A source that only points back ("it added", "the same source",
// "they cited") is the last one named; a generic one ("activists", "an NGO", "the health ministry")
// is the named reporter of that type mentioned nearest in the article. A sentence that names no
// source right after one that did keeps citing it (current events only).
// Patterns match the lower-cased text; names are copied from the original (same offsets).
import { allMatches, nextMatch, sentenceMatches } from '../engine/compile.js';
import type { CompiledLocale } from '../engine/compile.js';
import { cleanReporterName, findGenericReporter, findPlaceDefaults, findReporterMentions, type ReporterEntry, type ReporterMention, typesWithPlaces } from '../reporters.js';
import type { RefineContext, Refiner } from './types.js';
import { findCounts } from '../engine/numbers.js';
import { continuesReport, cueMatches, DE_COMPOUND, EXTRA_CUES } from './reporterCues.js';
import { anaphoraHead, isJunkSource, propagateToRepeats, sameSourceHit } from './reporterAnaphora.js';
import { officeReporter, rankPlaces, splitRole, type OfficeContext } from './reporterOffice.js';
import { capitalReporter, countryAdj, findOffice, hospitalReporter, personAfter, placesIn, sourceReporter, type PlaceHit } from '../reporters/offices.js';
import { findAcronyms, namesNobody, tidyReporter, type AcronymMap } from './reporterName.js';
import { translateName } from '../reporters/translateName.js';
import { embeddedHead, officialSources, personOfRecent } from './reporterSources.js';

interface Attribution {
  /** Sentence-relative position of the cue. */
  pos: number;
  phrase: string;
  /** Absolute position of the phrase (for nearest-mention lookups). */
  abs: number;
}
const UN_AGENCY = /^(?:the |la |l['’]|die |el )?(?:(?:UN|U\.N\.|UNO|ONU)[ -]?)?(?:agency|agence|agencia|organisation|organization|organización|hilfswerk|organisation)(?: (?:onusienne|de la ONU|de l['’]ONU|des Nations unies|de las Naciones Unidas|der Vereinten Nationen|der UN|of the UN|of the United Nations))?$/iu;


/** A phrase of the original text and its lower-cased twin (same length). */
interface Txt {
  o: string;
  l: string;
}
const sub = (t: Txt, a: number, b?: number): Txt => ({ o: t.o.slice(a, b), l: t.l.slice(a, b) });
const trim = (t: Txt): Txt => {
  const a = t.o.length - t.o.trimStart().length;
  const b = t.o.trimEnd().length;
  return sub(t, a, Math.max(a, b));
};

/** "في مؤتمر صحفي" (in a press conference), "في بيان" (in a statement): how, not who. */
const AR_NOISE = /\s+(?:في|خلال)\s+(?:مؤتمر\s+(?:صحفي|صحافي)|بيان|تصريحات?|حديث|مقابلة)(?:\s.*)?$/u;
const AR_PLUPERFECT = /^(?:و|ف)?(?:كانت|كان|كانوا)\s+(.+?)\s+قد$/u;
/** A German clause opener that is no subject: a time or sequence adverbial ("Am Sonntag", "Zunächst"). */
const DE_OPENER = /^(?:(?:am|an|im|in der|in den|seit|bis|nach|vor) [\p{L}\d.]+(?: [\p{L}\d.]+)?|zunächst|zuvor|später|bereits|inzwischen|nun|dann|damals|bisher|demnach|außerdem|zudem|dabei|gestern|heute|morgens|abends|am abend|am morgen|am montag|erst|kurz darauf|wenig später|zuletzt|anschließend)$/iu;
/** The subject after a German finite verb: determiner, adjectives, nouns (and "in <Place>"). */
function germanSubjectAfter(text: string, from: number): string | null {
  const words = text.slice(from).trim().split(/\s+/u);
  const out: string[] = [];
  let noun = false;
  for (let i = 0; i < words.length && out.length < 8; i++) {
    const raw = words[i];
    const w = raw.replace(/[,;:.!?)]+$/u, '');
    const ends = w !== raw;
    if (out.length === 0 && /^(?:der|die|das|den|dem|des|ein|eine|einer|eines)$/iu.test(w)) out.push(w);
    else if (/^\p{Lu}[\p{L}-]*$/u.test(w)) {
      out.push(w);
      noun = true;
    } else if (!noun && /^[a-zäöüß-]+(?:e|en|er|es|em)$/u.test(w)) out.push(w);
    else if (noun && /^(?:in|im|aus)$/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '')) out.push(w);
    else break;
    if (ends) break;
  }
  return noun ? out.join(' ') : null;
}
const wordCueCache = new WeakMap<CompiledLocale, RegExp>();
/** A kind cue as a whole word ("فر" inside the name "فراس" is none). */
function wordCue(cl: CompiledLocale): RegExp {
  let re = wordCueCache.get(cl);
  if (!re) wordCueCache.set(cl, (re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${cl.anyCue.source})(?![\\p{L}\\p{M}])`, 'u')));
  return re;
}
/** A UN official by role, with the country or subject of the mandate. */
const UN_ROLE = /(?<![\p{L}])(?:U\.?N\.?|United Nations)(?:['’]s)?\s+((?:deputy |acting |top |chief |senior )?(?:humanitarian coordinator|resident coordinator|special rapporteur|special envoy|envoy|special representative|representative|high commissioner for (?:human rights|refugees)|human rights chief|refugee chief|aid chief|relief chief|emergency relief coordinator|secretary-general|official))(?:\s+((?:for|in|on|to) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?))?/u;
const SOURCE_OF_PREVIOUS: Partial<Record<string, RegExp>> = {
  de: /^(?:das|dies)\s+(?:teilte|teilten|sagte|sagten|meldete|meldeten|berichtete|berichteten|erklärte|erklärten|schrieb|schrieben|bestätigte|bestätigten|gab|gaben|verkündete)\s+/iu,
  es: /^así lo (?:informó|informaron|indicó|indicaron|confirmó|confirmaron|dijo|dijeron|aseguró|aseguraron|señaló|señalaron|precisó|anunció|anunciaron|reportó|detalló|explicó)\s+/iu,
  fr: /^c['’]est ce qu['’](?:a|ont) (?:annoncé|indiqué|affirmé|déclaré|précisé|rapporté|fait savoir|confirmé|expliqué)\s+/iu,
  en: /^(?:that['’]s|that is|this is|that was) according to\s+(?:the\s+)?/iu,
};
/** A headline that opens with its source and a colon: "Gaza health ministry: 30 killed in strike". */
const HEADLINE_SOURCE = /^([^:\d]{2,60}):\s+(?=\S)/u;
/** A sentence that opens on a time or place adverbial sets a scene of its own. */
const SCENE_OPENER = /^\s*(?:in|on|at|during|after|before|elsewhere|meanwhile|am|im|bei|nach|vor|während|à|au|aux|dans|après|avant|pendant|ailleurs|en|durante|tras|antes|después|في|خلال|بعد|قبل|وفي|وخلال)\s/iu;
const AUX_IN = /(?<![\p{L}])(?:have|has|had|were|was|been|are|is|ont|a été|ont été|sont|wurden|sind|han|fueron|ha sido)(?![\p{L}])/iu;
const TRAILING_AUX = /\s+(?:had|has|have|was|were|is|are|also|then|later|earlier|previously|initially|hat|hatte|habe|ont|avait|a|ha|había|han)$/iu;
const RUN_BY_AFTER = /^(?:-|\s+)(?:run|controlled|led|backed|installed|kontrollierte[nms]?|geführte[nms]?|dominierte[nms]?)(?![\p{L}])|^\s*(?:,\s*)?(?:kontrollierte[nms]?|geführte[nms]?)\s/u;
const RUN_BY_BEFORE = /(?:controlled by|run by|contr[ôo]l[ée]e?s? par|dirig[ée]e?s? par|controlad[oa]s? por|dirigid[oa]s? por|(?:von|vom) (?:der |den |dem )?|التابعة ل|التي تديرها )$/iu;
const LOCATIVE_START = /^(?:in|im|at|on|near|à|au|aux|en|dans|près de|bei|nahe|en|cerca de|في|ب)\s/iu;
const AUX_AFTER = /^(?:had|has|have|was|were|is|are|would|will|avait|avaient|ont|était|étaient|hatte|hatten|hat|haben|war|waren|ist|sind|wurde|wurden|había|habían|ha|han|era|eran|fue|fueron)(?![\p{L}])/u;
const HARD_AFTER = /[,;.!?“”"«»)\]،؛؟]|\s[—–]\s/u;
const HARD_BEFORE = /[,;:!?“”"«»(\[،؛؟]|\s[—–]\s/gu;
const CONJ_ONLY = /^(?:and|but|also|then|et|mais|und|aber|y|pero|و)$/iu;
const LEADING_CONJ = /^(?:and|but|meanwhile|however|while|whereas|although|et|mais|alors que|tandis que|und|aber|während|y|pero|mientras(?: que)?|و|فيما|بينما)\s+/u;
const nameWordCache = new Map<string, Set<string>>();
/** The lower-cased words of a reporter name (cached: names repeat). */
function nameWords(name: string): Set<string> {
  let w = nameWordCache.get(name);
  if (!w) {
    if (nameWordCache.size > 5000) nameWordCache.clear();
    nameWordCache.set(name, (w = new Set(name.toLowerCase().split(/[\s()]+/))));
  }
  return w;
}
const wordsOf = (s: string) => {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
};

/** Two to five capitalised words, maybe after a title: a person's name. */
const isName = (s: string) => /^(?:(?:dr|mr|mrs|ms|gen|col|maj|capt|lt|sgt|brig|prof|sheikh|dr\.|mr\.)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:al-|el-|abu|bin|ibn|de|van|von|da|du|la|le)?\s*\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(s.trim());
const stripTitle = (s: string) => s.trim().replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/iu, '');
const THAT_START = /^(?:that|que|qu['’]|dass|أن|إن)\s*/u;
const RELATIVE_START = /^(?:who|whose|which|where|that|qui|dont|der|die|das|que|quien|cuyo|الذي|التي)\s/u;
const CONTROLLED = /^(?:(?:which is |that is )?(?:run|controlled|led|backed|based) (?:by|in)|(?:contr[ôo]l[ée]e?s?|dirig[ée]e?s?|bas[ée]e?s?) (?:par|à|en)|(?:controlad[oa]s?|dirigid[oa]s?|con sede) (?:por|en)|(?:kontrolliert|geführt) von|التابعة|التي تديرها)/u;
const INDEFINITE_START = /^(?:a|an|un|une|ein|eine|una?)\s/u;

/** How many sentences back a pronoun ("it added") or a repeated head noun ("the sources") may reach. */
const LOOKBACK = 6;
const AR_TOLL_BY = /^(?:[وف]?(?:كانت|كان)\s+)?(?:ال)?(?:حصيلة|أرقام|إحصائية)(?:\s+\S+)?\s+(?:أعلنها|أعلنتها|أوردها|أوردتها|نشرها|نشرتها|قدمها|قدمتها|ذكرها|ذكرتها)\s+(.+?)(?:\s+قد)?$/u;
const AR_TIME_TAIL = /(?:\s+(?:صباحا|صباح|مساء|مساءً|ليلا|ظهرا|أمس|اليوم|في وقت سابق|لاحقا))+$/u;
const QUOTE_OPEN = /^\s*[“"«„]/u;
const QUOTE_CLOSE_IN = /[”"»“]/u;
const RELAY_CUE = /^(?:cited by|quoted by|cité(?:e|s|es)? par|relayée?s? par|citad[oa]s? por|zitiert von)/u;
const AUX_ADVERBS_ONLY = /^(?:(?:a|ont|avait|avaient|has|have|had|hat|hatte|hatten|ha|han|había|habían|also|then|later|earlier|également|aussi|ensuite|encore|auch|zudem|später|también|además|luego|\p{L}+ment|\p{L}+mente)\s*)+$/u;

export const reporterRefiner: Refiner = (ctx, cands) => {
  let mentionsCache: ReporterMention[] | null = null;
  const mentions = () => (mentionsCache ??= findReporterMentions(ctx.text, ctx.reporters, ctx.lang, ctx.lowerPlain));
  let placesCache: { entry: ReporterEntry; start: number }[] | null = null;
  const places = () => (placesCache ??= findPlaceDefaults(ctx.text, ctx.reporters, ctx.lowerPlain));
  const bySentence = new Map<number, typeof cands>();
  for (const c of cands) {
    const l = bySentence.get(c.sentence);
    if (l) l.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  let placeRank: PlaceHit[] | null = null;
  const articlePlaces = () => (placeRank ??= rankPlaces(ctx.text, ctx.lang));
  const recent: string[] = [];
  /** the source in play after each sentence read (for pointers resolved after the reading) */
  const inPlayAfter = new Map<number, string>();
  let lastSentence = -10;
  let done = 0; // sentences before this index have been read
  let acronymCache: AcronymMap | null = null;
  const acronyms = () => (acronymCache ??= findAcronyms(ctx.text));

  /** Reads one sentence's sources; assigns them to its counts; updates the sources in play. With
   *  `lazy`, the sentences before are read first only when this one needs them (a pronoun, a
   *  repeated head noun, or no source of its own). */
  const read = (sent: (typeof ctx.sentences)[number], lazy: boolean): void => {
    const mine = bySentence.get(sent.index);
    let used = false;
    const getRecent = () => {
      used = true;
      return recent;
    };
    const resolved: { pos: number; name: string }[] = [];
    const { official, cued } = sourceCuesOf(ctx, sent);
    if (cued) {
      // sources named earlier in the same sentence come first for pointers back ("…, selon la même source")
      const withLocal = () => {
        const r = getRecent();
        return resolved.length ? [...resolved.map((x) => x.name).reverse(), ...r.filter((x) => !resolved.some((y) => y.name === x))] : r;
      };
      // "according to official figures": the figures' owner, not the words after the cue
      const found = attributionsOf(ctx, sent).filter((a) => !official.some((o) => (a.pos >= o.pos && a.pos < o.end) || sent.text.slice(o.pos, o.end).includes(a.phrase)));
      for (const o of official) found.push({ pos: o.pos, phrase: o.phrase, abs: sent.start + o.pos });
      found.sort((a, b) => a.pos - b.pos);
      for (const a of found) {
        // (perf) a source that needs no earlier one resolves the same on every read of its sentence
        let name = resolvedOnce.get(a);
        if (name === undefined) {
          let asked = false;
          name = resolve(ctx, a, () => ((asked = true), withLocal()), mentions, places, sent, articlePlaces);
          if (name) name = armyAsWritten(name, a.phrase);
          if (!asked) resolvedOnce.set(a, name);
        }
        if (name) resolved.push({ pos: a.pos, name });
      }
    }
    if (lazy && done < sent.index && (used || (resolved.length === 0 && mine))) {
      for (let j = Math.max(done, sent.index - LOOKBACK); j < sent.index; j++) read(ctx.sentences[j], false);
      done = sent.index;
      return read(sent, false);
    }
    if (resolved.length === 0) {
      // A sentence that names no source keeps citing the one of the sentence before (not a
      // headline or crosshead: a line of a few words).
      if (mine && lastSentence === sent.index - 1 && recent[0] && continuesReport(sent.text, ctx.lang)) {
        for (const c of mine) if (c.scope === 'event') c.reporter = recent[0];
      }
      return;
    }
    if (mine) {
      // a source in the count's own clause comes first: "Officials put the toll at 15, while rebels
      // claimed to have killed 40 soldiers"
      const breaks = resolved.length > 1 ? sentenceMatches(sent, ctx.cl.clauseBreak).map((m) => m.start) : [];
      const clauseOf = (pos: number) => breaks.filter((b) => b < pos).length;
      for (const c of mine) {
        const own = breaks.length ? resolved.filter((r) => clauseOf(r.pos) === clauseOf(c.numStart)) : [];
        const pool = own.length ? own : resolved;
        let best = pool[0];
        let bestD = Infinity;
        for (const r of pool) {
          const d = Math.abs(r.pos < c.hedgeStart ? c.hedgeStart - r.pos : r.pos - c.phraseEndRel);
          if (d < bestD) {
            bestD = d;
            best = r;
          }
        }
        c.reporter = best.name;
      }
    }
    // the source named last in the sentence is the one the next sentences keep citing
    const lastNamed = resolved[resolved.length - 1].name;
    const i = recent.indexOf(lastNamed);
    if (i >= 0) recent.splice(i, 1);
    recent.unshift(lastNamed);
    if (recent.length > 8) recent.pop();
    lastSentence = sent.index;
    inPlayAfter.set(sent.index, lastNamed);
  };

  // Only sentences with counts, and the few before each when they are needed, are read.
  for (const k of [...bySentence.keys()].sort((a, b) => a - b)) {
    read(ctx.sentences[k], true);
    done = k + 1;
  }
  // "UN: 1.7 million displaced": a headline's source before a colon, when it names a source (not
  // "Sudan:", "Live:", "Read more:")
  for (const [k, cands] of bySentence) {
    const mine = cands.filter((c) => !c.reporter);
    const sent = ctx.sentences[k];
    const head = mine.length ? HEADLINE_SOURCE.exec(sent.text) : null;
    if (!head || wordsOf(head[1]) > 6 || mine.some((c) => c.hedgeStart < head[0].length)) continue;
    const phrase = head[1].trim();
    if (!(findReporterMentions(phrase, ctx.reporters, ctx.lang).length || findOffice(phrase) || findGenericReporter(phrase, ctx.reporters, ctx.lang))) continue;
    const name = resolve(ctx, { pos: 0, phrase, abs: sent.start }, () => recent, mentions, places, sent, articlePlaces);
    if (name) for (const c of mine) c.reporter = name;
  }
  // "… 14 Menschen getötet. Das teilte Gouverneur X mit." / "Así lo informó X." / "C'est ce qu'a
  // annoncé X.": a sentence that only names the source of the one before
  for (const k of bySentence.keys()) {
    const next = ctx.sentences[k + 1];
    const open = next && ctx.lang ? SOURCE_OF_PREVIOUS[ctx.lang]?.exec(next.text) : null;
    if (!open) continue;
    const mine = bySentence.get(k)!.filter((c) => !c.reporter);
    if (!mine.length) continue;
    const after = ctx.lang === 'de' ? germanSubjectAfter(next.text, open[0].length) : (/^[^,;.]+/u.exec(next.text.slice(open[0].length))?.[0] ?? '').trim();
    if (!after) continue;
    const name = resolve(ctx, { pos: open[0].length, phrase: after, abs: next.start + open[0].length }, () => recent, mentions, places, next, articlePlaces);
    if (name) for (const c of mine) c.reporter = name;
  }
  // '"Thirty-six soldiers are being treated. Their lives are not in danger," he said.': a quote
  // opened in the count's sentence and closed in a later one is the speaker's who closes it
  for (const k of bySentence.keys()) {
    const mine = bySentence.get(k)!.filter((c) => !c.reporter);
    if (!mine.length || !QUOTE_OPEN.test(ctx.sentences[k].text) || QUOTE_CLOSE_IN.test(ctx.sentences[k].text.slice(1))) continue;
    for (let j = k + 1; j <= k + 2 && j < ctx.sentences.length; j++) {
      const sj = ctx.sentences[j];
      const close = QUOTE_CLOSE_IN.exec(sj.text);
      if (!close) continue;
      const a = attributionsOf(ctx, sj).find((x) => x.pos >= close.index);
      // "he said": the source in play where the quote began, not at the end of the article
      const pronoun = a && /^(?:he|she|they|il|elle|ils|er|sie|él|ella|و?أضاف|و?قال)$/iu.test(a.phrase.trim());
      let before: string | null = null;
      for (let i = k - 1; i >= 0 && before === null; i--) before = inPlayAfter.get(i) ?? null;
      const name = !a ? null : pronoun ? before : resolve(ctx, a, () => recent, mentions, places, sj, articlePlaces);
      if (name) for (const c of mine) if (c.scope === 'event') c.reporter = name;
      break;
    }
  }
  propagateToRepeats(cands);
  // A sentence whose counts the body attributes to one source (a lead summing up the toll the
  // minister gives below) gives that source to its other counts too: "killing at least 12 people,
  // including two children, and wounding nearly 3,000"
  for (const [, mine] of bySentence) {
    const named = new Set(mine.filter((c) => c.reporter).map((c) => c.reporter));
    if (named.size !== 1) continue;
    const only = [...named][0]!;
    for (const c of mine) if (!c.reporter && c.scope === 'event') c.reporter = only;
  }
  // An article that cites one source for everything it attributes (a ministry's toll, a governor's
  // update) gives that source's figures in the sentences around them too: the event counts it left
  // unattributed near an attributed one take that source.
  const named = new Set(cands.filter((c) => c.reporter).map((c) => c.reporter));
  if (named.size === 1) {
    const only = [...named][0]!;
    const attributed = cands.filter((c) => c.reporter).map((c) => c.sentence);
    // (not a sentence that opens on another time or place: "Am Abend wurden in Herat …")
    for (const c of cands) if (!c.reporter && c.scope === 'event' && attributed.some((k) => Math.abs(k - c.sentence) <= 2) && !SCENE_OPENER.test(ctx.sentences[c.sentence].text)) c.reporter = only;
  }
  // names are tidied last: the sources in play keep the person's name for pointers back to it
  const tidy = new Map<string, string>();
  for (const c of cands) {
    if (!c.reporter) continue;
    let t = tidy.get(c.reporter);
    if (t === undefined) tidy.set(c.reporter, (t = tidyReporter(c.reporter, ctx.lang, acronyms)));
    c.reporter = t || null;
  }
  return cands;
};

// (perf) a sentence is often read twice (lazily, then again after the ones before it)
const attributionMemo = new WeakMap<object, Attribution[]>();
const resolvedOnce = new WeakMap<Attribution, string | null>();
function attributionsOf(ctx: RefineContext, sent: RefineContext['sentences'][number]): Attribution[] {
  let a = attributionMemo.get(sent);
  if (!a) attributionMemo.set(sent, (a = findAttributions(ctx, sent)));
  return a;
}

// (perf) read() visits a sentence lazily, then again after the sentences before it
const sourceCueMemo = new WeakMap<object, { official: ReturnType<typeof officialSources>; cued: boolean }>();
/** A sentence's "official figures" phrases, and whether it has any reporting cue at all. */
function sourceCuesOf(ctx: RefineContext, sent: RefineContext['sentences'][number]): { official: ReturnType<typeof officialSources>; cued: boolean } {
  let r = sourceCueMemo.get(sent);
  if (!r) {
    const official = officialSources(sent.text, ctx.lang);
    r = { official, cued: official.length > 0 || ctx.cl.reporter.anyCue.test(sent.lower) || hasExtraCue(ctx, sent.text) };
    sourceCueMemo.set(sent, r);
  }
  return r;
}

function hasExtraCue(ctx: RefineContext, text: string): boolean {
  const e = EXTRA_CUES[ctx.lang];
  const l = text.toLowerCase();
  if (e?.before && cueMatches(e.before, l).length) return true;
  if (e?.said && cueMatches(e.said, l).length) return true;
  return ctx.lang === 'de' && cueMatches(DE_COMPOUND, text).length > 0;
}

function findAttributions(ctx: RefineContext, sent: RefineContext['sentences'][number]): Attribution[] {
  const cl = ctx.cl;
  const s: Txt = { o: sent.text, l: sent.lower };
  const base = sent.start;
  const out: Attribution[] = [];
  const r = cl.reporter;
  const extra = EXTRA_CUES[ctx.lang];
  const plain = sent.text.toLowerCase();
  const plainOk = plain.length === sent.text.length;
  const before = [...sentenceMatches(sent, r.sourceBefore), ...(extra?.before && plainOk ? cueMatches(extra.before, plain) : [])];
  for (const m of before) {
    if (out.some((o) => o.pos === m.start)) continue;
    // "selon un responsable du ministère cité par plusieurs médias": who relayed the source is not it
    if (
      RELAY_CUE.test(s.l.slice(m.start, m.end)) &&
      out.some((o) => {
        const at = s.o.indexOf(o.phrase, o.pos);
        return at >= 0 && m.start >= at && m.start <= at + o.phrase.length + 2;
      })
    )
      continue;
    const phrase = takeAfter(ctx, s, m.end);
    if (phrase) out.push({ pos: m.start, phrase, abs: base + m.end });
  }
  if (ctx.lang === 'de' && plainOk) {
    // "nach UN-Angaben": the first part of the compound is the source
    for (const m of cueMatches(DE_COMPOUND, sent.text)) {
      const g = /(?:nach|laut) ([\p{L}]+)-?angaben/iu.exec(sent.text.slice(m.start, m.end));
      const src = g?.[1];
      if (src && src.length >= 2 && !/^(?:neue|jüngste|ersten?|offizielle|eigene|seine|ihre|amtliche|örtliche|lokale)n?$/iu.test(src)) out.push({ pos: m.start, phrase: src, abs: base + m.start });
    }
  }
  const saids = [...sentenceMatches(sent, r.saidVerbs), ...(extra?.said && plainOk ? cueMatches(extra.said, plain).map((m) => ({ ...m, text: plain.slice(m.start, m.end) })) : [])].sort((a, b) => a.start - b.start);
  for (const m of saids) {
    if (out.some((o) => o.pos <= m.start && m.start < o.pos + 40 && s.o.slice(o.pos, m.start).includes(o.phrase))) continue;
    const lead = s.o.slice(0, m.start);
    let phrase: string | null = null;
    let abs = base + m.start;
    const afterPunct = m.start === 0 || /(?:^|[,;:“”"«»—–(،؛])\s*$/u.test(lead.slice(-6));
    // "X, head of Y, told Reuters": who was told is the listener, never the source
    const toldWhom = /^(?:told|tells|tell)$/u.test(s.l.slice(m.start, m.end));
    if (afterPunct && !toldWhom) {
      // ", said the ministry" / "قالت الوزارة"
      phrase = takeAfter(ctx, s, m.end, true);
      if (phrase && isJunkSource(phrase) && !cl.reporter.anaphoraFull.test(phrase.trim().toLowerCase())) phrase = null;
      abs = base + m.end;
    }
    // German verb-second: "Am Sonntag teilte das Ministerium mit", "Zunächst hatte die Polizei von
    // zwölf Toten gesprochen": after an opening adverbial the subject follows the finite verb
    if (!phrase && ctx.lang === 'de') {
      const before = lead.trim();
      if (before === '' || DE_OPENER.test(before) || isJunkSource(before)) {
        const verbEnd = m.start + (/^\S+/u.exec(s.o.slice(m.start))?.[0].length ?? 0);
        const subj = germanSubjectAfter(s.o, verbEnd);
        if (subj) {
          phrase = subj;
          abs = base + verbEnd;
        }
      }
    }
    if (!phrase && !(toldWhom && lead.trim() === '')) {
      phrase = takeBefore(ctx, s, m.start, afterPunct && lead.trim() !== '');
      // "2,000 people have been reported missing": the count's own clause is no source
      if (phrase && /\p{N}/u.test(phrase) && AUX_IN.test(phrase) && findReporterMentions(phrase, ctx.reporters, ctx.lang).length === 0) phrase = null;
    }
    // "X put the toll at 200 and said 140 were wounded": the second verb shares the subject
    if ((!phrase || CONJ_ONLY.test(phrase)) && out.length > 0) phrase = out[out.length - 1].phrase;
    if (phrase && !CONJ_ONLY.test(phrase)) out.push({ pos: m.start, phrase, abs });
  }
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

/** The phrase without time adverbs and other noise ("on Friday", "in a statement"). */
function stripNoise(cl: CompiledLocale, t: Txt): Txt {
  const hits = allMatches(cl.reporter.sourceNoise, t.l);
  if (hits.length === 0) return trim(t);
  let o = '';
  let l = '';
  let at = 0;
  for (const h of hits) {
    o += t.o.slice(at, h.start) + ' ';
    l += t.l.slice(at, h.start) + ' ';
    at = h.end;
  }
  o += t.o.slice(at);
  l += t.l.slice(at);
  return trim({ o: o.replace(/\s+/g, ' '), l: l.replace(/\s+/g, ' ') });
}

const ABBREVIATION = /(?<![\p{L}])(?:(?:\p{Lu}\.){2,}|(?:Gen|Col|Lt|Maj|Capt|Dr|Mr|Mrs|Ms|Sgt|Brig|Prof|Rep|Sen|Gov|Adm|Cmdr|Sr|Jr|St)\.)/gu;
/** The text with the periods of abbreviations replaced by a one-dot leader (same length). */
function maskAbbreviations(t: string): string {
  return t.replace(ABBREVIATION, (m) => m.replace(/\./g, '\u2024'));
}

function takeAfter(ctx: RefineContext, s: Txt, pos: number, afterSaid = false): string | null {
  const cl = ctx.cl;
  let rest = sub(s, pos, pos + 160);
  // drop leading noise ("on Friday", "in a statement")
  for (let k = 0; k < 3; k++) {
    rest = sub(rest, rest.o.length - rest.o.trimStart().length);
    const m = cl.reporter.sourceNoiseStart.exec(rest.l);
    if (!m || !m[0].length) break;
    rest = sub(rest, m[0].length);
  }
  // a name in quotes: «جيش تحرير بلوشستان», "the Islamic State"
  const lead = /^[\s:«"“„‹]*/u.exec(rest.o)![0].length;
  rest = sub(rest, lead);
  // a dotted acronym or a title's period ends no name: "U.N. figures", "Gen. Frank McKenzie"
  const hard = HARD_AFTER.exec(rest.o.includes('.') ? maskAbbreviations(rest.o) : rest.o);
  let end = hard ? hard.index : rest.o.length;
  // a parenthesis right after the name belongs to it: "(OCHA)", "(OSDH)"
  if (hard && rest.o[hard.index] === ')') end = hard.index + 1;
  // "منظمة «أطباء بلا حدود»", "the group \"Justice for X\"": a head noun, then the name in quotes
  if (hard && /[«“"]/u.test(rest.o[hard.index]) && hard.index > 0 && wordsOf(rest.o.slice(0, hard.index)) <= 2) {
    const close = rest.o.slice(hard.index + 1).search(/[»”"]/u);
    if (close > 0 && close < 60) end = hard.index + 1 + close + 1;
  }
  let phrase = sub(rest, 0, end);
  const st = nextMatch(cl.reporter.sourceStop, phrase.l);
  if (st && st.index === 0) return null; // "said that …": no source after the verb
  // "…, said the RSF had killed 150": a subject with its own verb is what was said, not who said it
  // (after "according to X" / "nach Angaben X" the verb that follows is the report's, not X's)
  if (st && afterSaid && AUX_AFTER.test(phrase.l.slice(st.index)) && !findReporterMentions(phrase.o.slice(0, st.index), ctx.reporters, ctx.lang).some((m) => m.start <= 4 && !/armed-group|army/.test(m.types.join()))) return null;
  if (st) phrase = sub(phrase, 0, st.index);
  phrase = trim(phrase);
  // "said Dr Mohammed Abu Salmiya, director of al-Shifa hospital": the office, with the name
  if (hard && rest.o[hard.index] === ',' && isName(phrase.o)) {
    const tail = sub(rest, hard.index + 1);
    const tEnd = HARD_AFTER.exec(tail.o)?.index ?? tail.o.length;
    const office = trim(sub(tail, 0, tEnd));
    if (office.o && allMatches(cl.reporter.offices, office.l).length > 0 && office.o.split(/\s+/).length <= 8) {
      return `${office.o.replace(cl.reporter.determinersStart, '')} (${stripTitle(phrase.o)})`;
    }
  }
  // "le gouverneur régional, Oleh Synegoubov": the office, with the name after it
  if (hard && rest.o[hard.index] === ',' && findOffice(phrase.o)) {
    const tail = sub(rest, hard.index + 1);
    const tEnd = HARD_AFTER.exec(tail.o)?.index ?? tail.o.length;
    const nm = trim(sub(tail, 0, tEnd));
    if (nm.o && isName(nm.o)) return `${phrase.o} (${stripTitle(nm.o)})`;
  }
  // a known name the cut would shorten: "the UN mission in Afghanistan"
  const known = findReporterMentions(rest.o.slice(0, end), ctx.reporters, ctx.lang)[0];
  if (known && known.start <= 5 && known.end > phrase.o.length) phrase = sub(rest, 0, known.end);
  // what follows a reporting verb may be the report itself: "said 14 civilians were killed"; but a
  // known name right after the verb is the source ("قال الجيش الإسرائيلي إنه قتل 20")
  // the counts of the phrase, read once (asked for twice below)
  const counts = findCounts(phrase.o, ctx.lang);
  if (/\p{N}/u.test(phrase.o) || wordCue(cl).test(phrase.l) || counts.length > 0) {
    const m = findReporterMentions(rest.o, ctx.reporters, ctx.lang)[0];
    if (m && m.start <= 4) return rest.o.slice(m.start, m.end);
    // "nach Angaben des Zivilschutzes fünf Menschen getötet": the source is what comes before the count
    const firstCount = counts[0];
    const cut = Math.min(firstCount ? firstCount.start : phrase.o.length, phrase.o.search(/\p{N}/u) < 0 ? phrase.o.length : phrase.o.search(/\p{N}/u));
    // German puts the verb's auxiliary before the count: "nach Angaben des Roten Halbmonds wurden 40 …"
    const before = phrase.o.slice(0, cut).trim().replace(/\s+(?:wurden|wurde|seien|sei|sind|ist|waren|war|hatten|hatte|haben|hat|starben|kamen)$/u, '');
    if (before && !isJunkSource(before) && wordsOf(before) <= 6 && !wordCue(cl).test(before.toLowerCase()) && (findGenericReporter(before, ctx.reporters, ctx.lang) || findOffice(before) || translateName(before, ctx.lang) || (ctx.lang === 'de' && /sprecher/iu.test(before)) || findReporterMentions(before, ctx.reporters, ctx.lang).length)) return before;
    return null;
  }
  return phrase.o && phrase.o.length <= 120 ? phrase.o : null;
}

function takeBefore(ctx: RefineContext, s: Txt, pos: number, afterComma: boolean): string | null {
  const cl = ctx.cl;
  const from = Math.max(0, pos - 220);
  const head = sub(s, from, pos);
  const cuts = [0];
  HARD_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HARD_BEFORE.exec(head.o))) cuts.push(m.index + m[0].length);
  const segs: Txt[] = [];
  for (let i = 0; i < cuts.length; i++) segs.push(sub(head, cuts[i], i + 1 < cuts.length ? cuts[i + 1] - 1 : head.o.length));
  // "El Ministerio de Salud (Minsa)": a bracket closed in the last segment joins the one it opened
  const lastSeg = segs[segs.length - 1];
  if (segs.length > 1 && /^[^()]{1,12}\)\s*$/u.test(lastSeg.o)) {
    const prev = segs[segs.length - 2];
    segs.splice(segs.length - 2, 2, { o: `${prev.o}(${lastSeg.o}`, l: `${prev.l}(${lastSeg.l}` });
  }
  for (let i = segs.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    let seg = stripNoise(cl, segs[i]);
    const conj = LEADING_CONJ.exec(seg.l);
    if (conj) seg = sub(seg, conj[0].length);
    if (!seg.o) continue;
    // "…, and that residents reported": the complementizer goes, the subject stays
    const that = THAT_START.exec(seg.l);
    // "Hezbolá, que confirmó": a relative pronoun alone stands for the name before it
    if (i > 0 && /^(?:que|qui|who|which|der|die|das|welche[rs]?|quien|quienes|الذي|التي|الذين)$/u.test(seg.l.trim())) continue;
    if (that && seg.o.length > that[0].length) seg = sub(seg, that[0].length);
    else if (RELATIVE_START.test(seg.l) && i > 0) continue;
    // "El Ministerio de Sanidad de Gaza, controlado por Hamás, cifró": the name is before the participle
    if (n <= 1 && i > 0 && CONTROLLED.test(seg.l)) continue;
    if (afterComma && n <= 1 && INDEFINITE_START.test(seg.l) && i > 0) {
      // appositive ("The OSDH, an NGO based in …, reported"): the name is before it
      const prev = stripNoise(cl, segs[i - 1] ?? { o: '', l: '' });
      // "Omar Diallo, a local official, told AFP": the office, with the person's name
      if (isName(prev.o) && allMatches(cl.reporter.offices, seg.l).length > 0 && wordsOf(seg.o) <= 6) return `${seg.o.replace(INDEFINITE_START, '')} (${stripTitle(prev.o)})`;
      if (prev.o && prev.o.split(/\s+/).length <= 8) continue;
    }
    // ", a également fait état": an auxiliary and adverbs between the subject's comma and the verb
    if (i > 0 && AUX_ADVERBS_ONLY.test(seg.l.trim())) continue;
    const words = seg.o.split(/\s+/);
    if (words.length > 10) return words.slice(-6).join(' ');
    // "A spokesperson for the Ukrainian air force, Yuriy Ihnat, said": the body or office, with the name
    if (i > 0 && isName(seg.o)) {
      const prev = stripNoise(cl, segs[i - 1]);
      if (prev.o && wordsOf(prev.o) <= 10 && (allMatches(cl.reporter.offices, prev.l).length > 0 || findReporterMentions(prev.o, ctx.reporters, ctx.lang).length > 0)) {
        return `${prev.o} (${stripTitle(seg.o)})`;
      }
    }
    // "Pavlo Kyrylenko, the Donetsk regional governor, said": the office, with the name
    if (i > 0 && allMatches(cl.reporter.offices, seg.l).length > 0) {
      const prev = stripNoise(cl, segs[i - 1]);
      if (isName(prev.o)) return `${seg.o} (${stripTitle(prev.o)})`;
    }
    return seg.o;
  }
  return null;
}

type Sent = RefineContext['sentences'][number];

/** The source a head noun points back to: the latest of its kind in play, else the last such table
 *  name mentioned before it. */
function pointBack(want: RegExp, getRecent: () => string[], mentions: () => ReporterMention[], before: number): string | null {
  const hit = sameSourceHit(want, getRecent());
  if (hit) return hit;
  let best: ReporterMention | null = null;
  for (const m of mentions()) if (m.start < before && want.test(m.name)) best = m;
  return best ? best.name : null;
}

const ARMY_WORD = /(?<![\p{L}])(?:army|armée|armee|ejército|ejercito|الجيش)(?![\p{L}])/iu;
const MILITARY_WORD = /(?<![\p{L}])(?:military|militaire|militär|militärs|militar|militares)(?![\p{L}])/iu;
/** A country's armed forces named as the text names them: "the army said" -> "Sudanese army", "the
 *  military said" -> "Egyptian military" (copy and its readers follow the article's word). */
function armyAsWritten(name: string, phrase: string): string {
  const m = /^(\p{Lu}[\p{L}-]+) (army|military|Armed Forces)(?![\p{L}])/u.exec(name);
  if (!m) return name;
  const want = ARMY_WORD.test(phrase) ? 'army' : MILITARY_WORD.test(phrase) ? 'military' : null;
  return want && want !== m[2] ? `${m[1]} ${want}${name.slice(m[0].length)}` : name;
}

/** Types of table entries that may qualify an office as a side's: "Taliban's Interior Ministry". */
const QUALIFYING_TYPES = new Set(['armed-group', 'government']);

function resolve(ctx: RefineContext, a: Attribution, getRecent: () => string[], mentions: () => ReporterMention[], places: () => { entry: ReporterEntry; start: number }[], sent: Sent, articlePlaces: () => PlaceHit[], depth = 0): string | null {
  // "Israeli officials cited by local media": who gave the number, not who relayed it
  // (a news agency citing unnamed sources stays with them: "security sources (AFP)")
  const phrase = a.phrase.replace(/\s+(?:cited|quoted) by\s(?!.*\b(?:AFP|Reuters|AP|EFE|dpa|Anadolu|Xinhua)\b).*$|\s+(?:cités?|citées?)(?: par\s(?!.*\b(?:AFP|Reuters|AP|EFE|dpa|Anadolu|Xinhua)\b).*)?$|\s+citad[oa]s? por\s(?!.*\b(?:AFP|Reuters|AP|EFE|dpa|Anadolu|Xinhua)\b).*$/iu, '');
  if (isJunkSource(phrase) && !ctx.cl.reporter.anaphoraFull.test(phrase.trim().toLowerCase())) return null;
  // "حصيلة أولية أعلنها الوالي": a toll "announced by X" is X's
  const arToll = depth === 0 ? AR_TOLL_BY.exec(phrase) : null;
  if (arToll) return resolve(ctx, { ...a, phrase: arToll[1].replace(AR_TIME_TAIL, '') }, getRecent, mentions, places, sent, articlePlaces, depth + 1);
  const octx: OfficeContext = { lang: ctx.lang, sentence: sent.text, at: a.abs - sent.start, articlePlaces };
  // "eines Armeesprechers", "der Polizeisprecherin": the body of a German compound spokesperson
  const deRole = ctx.lang === 'de' && depth === 0 ? /(?<![\p{L}])(armee|militär|polizei|regierungs|kreml|ministeriums)sprecher(?:s|in|innen)?(?![\p{L}])/iu.exec(phrase) : null;
  if (deRole) {
    const body = { armee: 'Armee', militär: 'Militär', polizei: 'Polizei', regierungs: 'Regierung', kreml: 'Kreml', ministeriums: 'Ministerium' }[deRole[1].toLowerCase()]!;
    const r = resolve(ctx, { ...a, phrase: phrase.slice(0, deRole.index) + body }, getRecent, mentions, places, sent, articlePlaces, depth + 1);
    if (r) return r;
  }
  // a spokesperson of a body: "<body> (<Name>)"
  const role = depth === 0 ? splitRole(phrase) : null;
  if (role) {
    let body: string | null = null;
    if (role.body) body = resolve(ctx, { ...a, phrase: role.body }, getRecent, mentions, places, sent, articlePlaces, depth + 1);
    else body = getRecent()[0] ?? null;
    if (body) {
      // the office with the name, as copy writes it: "Gaza Health Ministry spokesman (Ashraf al-Qidra)"
      const bare = body.replace(/\s*\([^()]*\)$/u, '');
      return role.person ? `${bare} ${role.role} (${role.person})` : body;
    }
  }
  // "le ministre (Firass Abiad)": a bare head with a name points back too, and keeps the name
  const headName = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(phrase);
  if (headName && anaphoraHead(headName[1])) {
    const hit = sameSourceHit(anaphoraHead(headName[1])!, getRecent());
    if (hit) return `${hit.replace(/\s*\([^()]*\)$/u, '')} (${headName[2]})`;
  }
  // "la agencia de la ONU", "the UN agency", "l'agence onusienne": the UN body named before
  if (UN_AGENCY.test(phrase.trim())) {
    const hit = pointBack(/\b(?:UN|IOM|OCHA|UNHCR|UNICEF|WHO|WFP|UNRWA|OHCHR|UNAMA|UNFPA|UNDP)\b|United Nations|World Health|World Food|Organization for Migration/u, getRecent, mentions, a.abs);
    if (hit && hit !== 'United Nations') return hit;
  }
  // a bare head noun points back to the last source of its kind: "the ministry", "الوزارة"
  const backHead = anaphoraHead(phrase);
  if (backHead) {
    const hit = pointBack(backHead, getRecent, mentions, a.abs);
    if (hit) return hit;
  }
  // a place adjunct ("Im Gazastreifen", "À Goma") is no subject
  if (depth === 0 && LOCATIVE_START.test(phrase) && !findReporterMentions(phrase, ctx.reporters, ctx.lang).length && !findOffice(phrase) && placesIn(phrase, ctx.lang).length > 0) return null;
  const cap = capitalReporter(phrase);
  if (cap) return cap;
  const src = sourceReporter(phrase, ctx.lang);
  if (src) return src;
  const cl = ctx.cl;
  // a side that runs the body is no source itself: "das von der Hamas kontrollierte Gesundheitsministerium"
  const aliases = findReporterMentions(phrase, ctx.reporters, ctx.lang).filter((m) => !RUN_BY_AFTER.test(phrase.slice(m.end)) && !RUN_BY_BEFORE.test(phrase.slice(0, m.start)));
  const alias = aliases[0];
  const generic = findGenericReporter(phrase, ctx.reporters, ctx.lang);
  const off = findOffice(phrase);
  // local offices are the place's, not the country's: "las autoridades sanitarias locales"
  if (off && !alias && /^local /u.test(off.head)) {
    const name = officeReporter(phrase, octx);
    if (name) return name;
  }
  if (off && alias && alias.end <= off.start && off.start - alias.end <= 4) {
    // a side's office: "Taliban's Interior Ministry spokesman" -> "Taliban Interior Ministry"
    const entry = ctx.reporters.reporters.find((e) => e.name === alias.name);
    if (entry?.types?.some((t) => QUALIFYING_TYPES.has(t)) && !/\p{Script=Arabic}/u.test(phrase)) {
      const q = phrase.slice(alias.start, alias.end).replace(/['’]s$/u, '');
      const rest = officeReporter(phrase.slice(off.start), { ...octx, sentence: undefined, articlePlaces: undefined });
      if (rest) return `${q} ${rest}`;
    }
  }
  // an office the phrase places itself: "the North Darfur health ministry", "maire de Saint-Marc"
  if (off && (!alias || alias.start > off.start + 40) && placesIn(phrase, ctx.lang).length > 0) {
    // the table's body of that type for the place: "وزارة الصحة في صنعاء" -> Houthi-run Health Ministry
    if (generic && typesWithPlaces(ctx.reporters).has(generic.type)) {
      const def = findPlaceDefaults(phrase, ctx.reporters).find((p) => p.entry.types?.includes(generic.type));
      if (def) return def.entry.name;
    }
    const name = officeReporter(phrase, octx);
    if (name) {
      const known = findReporterMentions(name, ctx.reporters, 'en')[0];
      return known && known.start === 0 && known.end >= name.replace(/\s*\(.*$/u, '').length ? known.name : name;
    }
  }
  // a UN official named by role: "the UN's humanitarian coordinator for Iraq (Lise Grande)"
  const unRole = UN_ROLE.exec(phrase);
  if (unRole) {
    const person = /\(([^()]+)\)\s*$/u.exec(phrase)?.[1] ?? personAfter(phrase, unRole.index + unRole[0].length);
    const office = `UN ${unRole[1].toLowerCase()}${unRole[2] ? ` ${unRole[2]}` : ''}`;
    return person ? `${office} (${person})` : office;
  }
  if (alias && (!generic || alias.start <= generic.start)) return alias.name;
  let t = stripNoise(cl, { o: a.phrase, l: a.phrase.toLowerCase().length === a.phrase.length ? a.phrase.toLowerCase() : a.phrase });
  const det = cl.reporter.determinersStart.exec(t.l);
  if (det) t = sub(t, det[0].length);
  // Arabic "وكانت X قد": the subject of a pluperfect sits between the auxiliary and "قد"
  let cleaned = cleanReporterName(t.o).replace(TRAILING_AUX, '').replace(AR_PLUPERFECT, '$1').replace(AR_NOISE, '');
  const lowerCleaned = cleaned.toLowerCase();
  // only the first of several sources: "an NGO and Syrian state media"
  const firstOf = cleaned.split(/\s(?:and|et|und|y|و)\s/u)[0];
  const anaphora = cl.reporter.anaphoraFull.test(lowerCleaned) || cl.reporter.anaphoraFull.test(a.phrase.trim().toLowerCase());
  // "In Gaza, the Health Ministry said": a place the sentence names before the source, with a
  // body of that type, beats one of that type named before in the article
  if (generic && typesWithPlaces(ctx.reporters).has(generic.type)) {
    const here = findPlaceDefaults(sent.text, ctx.reporters).filter((p) => p.start < a.abs - sent.start && p.entry.types?.includes(generic.type));
    if (here.length) return here[here.length - 1].entry.name;
  }
  // a head noun that repeats a recent reporter: "the sources" -> "Turkish security sources"
  const head = lowerCleaned.slice(lowerCleaned.lastIndexOf(' ') + 1);
  if (head.length > 3 && wordsOf(cleaned) <= 3) {
    const hit = getRecent().find((r) => nameWords(r).has(head));
    if (hit) return hit;
  }
  if (anaphora && !generic && getRecent()[0]) return getRecent()[0];
  if (generic) {
    let best: ReporterMention | null = null;
    let bestD = Infinity;
    for (const m of mentions()) {
      if (!m.types.includes(generic.type)) continue;
      const d = Math.abs(m.start - a.abs);
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    if (best) return best.name;
    if (anaphora) {
      // "the military" points back to a source of its kind only (not to the group named before)
      const want = anaphoraHead(a.phrase);
      const back = want ? getRecent().find((r) => want.test(r)) : getRecent()[0];
      if (back) return back;
    }
    // no named reporter of that type: the default one of the place the article is about
    // the place named nearest before the source (else nearest after)
    let pick: { entry: ReporterEntry; start: number } | null = null;
    if (typesWithPlaces(ctx.reporters).has(generic.type)) for (const p of places()) {
      if (!p.entry.types?.includes(generic.type)) continue;
      const better = !pick || (p.start <= a.abs ? pick.start > a.abs || p.start > pick.start : pick.start > a.abs && p.start < pick.start);
      if (better) pick = p;
    }
    if (pick) return pick.entry.name;
    // "وسائل الإعلام الرسمية الإيرانية", "les médias d'État iraniens": the entry of that type named
    // for the country the phrase gives
    const country = placesIn(phrase, ctx.lang).find((h) => h.level === 'country');
    if (country) {
      const adj = `${countryAdj(country.key)} `;
      const entry = ctx.reporters.reporters.find((e) => e.types?.includes(generic.type) && e.name.startsWith(adj));
      if (entry) return entry.name;
    }
  } else if (anaphora) return null;
  cleaned = firstOf;
  // "nach Angaben Gladkows": a person named before with their office
  const person = personOfRecent(cleaned, getRecent());
  if (person) return person;
  // "By early afternoon the ministry", "وكانت الحصيلة التي أعلنتها الوزارة": a head noun inside a
  // phrase the cut made too long points back like a bare one
  const inner = wordsOf(cleaned) >= 3 ? embeddedHead(cleaned) : null;
  if (inner) {
    const hit = pointBack(inner, getRecent, mentions, a.abs);
    if (hit) return hit;
  }
  if (!cleaned || cleaned.split(/\s+/).length > 8) return null;
  if (!/\p{L}/u.test(cleaned)) return null;
  if (isJunkSource(cleaned)) return null;
  // a clause the cut ran into names nobody, and must not become the source later sentences point to
  if (namesNobody(cleaned, ctx.lang) || /(?<![\p{L}])(?:que|that|dass|qu['’]il|qu['’]elle)\s/iu.test(cleaned)) return null;
  return hospitalReporter(cleaned) ?? officeReporter(cleaned, octx) ?? officeName(cl, cleaned);
}

/** "Donetsk regional governor Pavlo Kyrylenko" -> "Donetsk regional governor (Pavlo Kyrylenko)". */
function officeName(cl: CompiledLocale, s: string): string {
  const lower = s.toLowerCase().length === s.length ? s.toLowerCase() : s;
  let offices = allMatches(cl.reporter.offices, lower);
  let office = s;
  if (offices.length === 0) {
    // an inflected office ("des Bürgermeisters"): the word without its ending
    const bare = lower.replace(/(\p{L}{4,})(?:s|es)(?=\s|$)/gu, (_m, w: string) => w + ' '.repeat(_m.length - w.length));
    offices = allMatches(cl.reporter.offices, bare);
    office = s.slice(0, offices[offices.length - 1]?.end ?? 0);
  } else office = s.slice(0, offices[offices.length - 1].end);
  const last = offices[offices.length - 1];
  if (!last) return s;
  const rest = s.slice(last.end).replace(/^(?:s|es)(?=\s)/u, '').trim();
  if (rest && /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(rest)) {
    return `${office.trim()} (${rest})`;
  }
  return s;
}
