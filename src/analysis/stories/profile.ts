// What the story matcher knows of an article or a story: weighted places, actors, event concepts,
// names, headline words and figures. Articles are read from their text; stories from the compact
// record they keep (places and terms), so an article meets a story the same way whether the story
// was built a second or a week ago. Pure.
import type { Figure, FigureKind, Lang, Story } from '../types.js';
import { ACTORS, PLACES, findFuzzyPlaces, findMentions, placeChain, type Mention } from './gazetteer.js';
import { CONCEPTS, STOPWORDS } from './lexicon.js';
import { fold, isArabic, stem, tokenize, type Token } from './normalize.js';
import { findDays } from './eventDate.js';
import { arabicSkeleton, skeletons } from './skeleton.js';

export interface FigureSig { kind: FigureKind; count: number }

export interface Profile {
  /** place key -> salience (title 3, lead 2, body 1 then less; enclosing places get a share) */
  places: Map<string, number>;
  actors: Map<string, number>;
  concepts: Map<string, number>;
  /** capitalised names outside the gazetteer (villages, people, units), normalised */
  entities: Map<string, number>;
  /** consonant skeletons of the names (skeleton -> name), to meet other spellings and scripts */
  nameSkels: Map<string, string>;
  /** skeletons of Arabic words and word pairs, to meet Latin spellings of names */
  arSkels: Set<string>;
  /** stems of the title's and lead's content words */
  words: Map<string, number>;
  figures: FigureSig[];
  /** event days (days since epoch, UTC) the text names -> salience */
  days: Map<number, number>;
  /** periods the text names ("in August", "two weeks ago"), first ones first: middle day, give or take */
  refs: Array<{ day: number; tol: number }>;
  /** the most prominent cities and regions, when known from a story record */
  main?: Set<string>;
  /** ms since epoch of the article, or the story's first and last; null when unknown */
  from: number | null;
  to: number | null;
}

export interface ProfileInput {
  title?: string;
  text: string;
  lang: Lang;
  figures?: Figure[];
  published?: string;
}

const LEAD_TOKENS = 45;

// A dateline names where the reporter files from, not where it happened: "BEIRUT, March 8
// (Reuters) -", "DEIR AL-BALAH, Gaza Strip (AP) —", "Beirut, 10 mar (EFE).-", "Kiew (dpa) -".
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|EFE|dpa|DPA|KNA|epd|ANSA|APA|SDA|AA|Europa Press|IANS|PTI|Xinhua|CNN|BBC|Belga|Lusa|TASS|رويترز|أ ف ب|ا ف ب|أ.ف.ب|د ب أ|الأناضول|سانا|وام|واس|قنا|بترا)`;
const DATELINE_AGENCY = new RegExp(String.raw`^\s*[^\n]{2,70}?\(\s*${AGENCY}\s*\)\s*[.,:]?\s*[-—–:.]`, 'u');
const DATELINE_CAPS = /^\s*[\p{Lu}][\p{Lu}'’ .-]{2,}(?:,[^\n—–]{0,40}?)?\s+[-—–]\s/u;

/** End of the dateline at the start of `body` (characters), or 0. */
function datelineEnd(body: string): number {
  const m = DATELINE_AGENCY.exec(body) ?? DATELINE_CAPS.exec(body);
  return m ? m[0].length : 0;
}

/** Capitalised words that name no one in particular. */
const GENERIC_NAMES = new Set(
  `afp ap reuters dpa efe ansa epa kna apa sda ats keystone getty images image photo photos foto video xinhua anadolu tass ria
  bbc cnn sana irna wafa un uno onu nations united unies unidas vereinten naciones president président präsident presidente
  minister ministre minister ministro ministry ministère ministerium ministerio army armée armee ejército police polizei policía
  health santé gesundheit salud council conseil rat consejo security sécurité sicherheit seguridad defence defense défense
  verteidigung defensa foreign interior state etat staat estado general général kommandeur commander spokesman spokesperson
  porte parole sprecher portavoz office bureau amt oficina agency agence agentur agencia news nouvelles nachrichten noticias
  human rights droits menschenrechte derechos observatory observatoire civil civile zivil protection international internationale
  internacional national nationale nacional republic république republik república democratic démocratique demokratische
  democrática european européenne europäische europea union monday tuesday wednesday thursday friday saturday sunday
  the le la les der die das el los las de du des von van al el ibn bin abu mr mrs ms dr sheikh prime premier
  telegram facebook twitter islamist islamists kingdom britain france usa washington london paris berlin brussels geneva
  read more update updated mise jour aktualisiert actualizado live direct ticker breaking`
    .split(/\s+/)
    .filter(Boolean),
);

const NAME_LINKS = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'bin', 'ibn', 'abu', 'de', 'del', 'la', 'da', 'di', 'von', 'van', 'der', 'du']);

function conceptOf(tok: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of CONCEPTS) {
    for (const s of c.stems) {
      const hit = s.length <= 4
        ? tok === s || tok === s + 's'
        : tok.startsWith(s) || (lang === 'de' && s.length >= 6 && tok.includes(s)) || (isArabic(tok) && tok.length > s.length && tok.slice(1).startsWith(s));
      if (hit) { out.push(c.key); break; }
    }
  }
  return out;
}

// ---- places the table does not know, named as places ("the town of X", "مدينة X") ------------

/** Words that say the next name is a town, village, camp or quarter (folded; multi-word as arrays). */
const TOWN_CUES: string[][] = [
  ['city', 'of'], ['town', 'of'], ['village', 'of'], ['villages', 'of'], ['locality', 'of'], ['township', 'of'], ['neighbourhood', 'of'], ['neighborhood', 'of'], ['district', 'of'], ['camp', 'of'],
  ['ville', 'de'], ['ville', 'd'], ['localite', 'de'], ['localite', 'd'], ['village', 'de'], ['village', 'd'], ['commune', 'de'], ['commune', 'd'], ['quartier', 'de'], ['camp', 'de'], ['bourg', 'de'],
  ['stadt'], ['ortschaft'], ['dorf'], ['gemeinde'], ['kleinstadt'], ['grossstadt'], ['stadtteil'], ['lager'], ['fluchtlingslager'],
  ['ciudad', 'de'], ['localidad', 'de'], ['pueblo', 'de'], ['aldea', 'de'], ['municipio', 'de'], ['barrio', 'de'], ['campamento', 'de'],
  ['مدينه'], ['بلده'], ['قريه'], ['مخيم'], ['حي'], ['بلدات'], ['قري'],
];
/** Arabic first words of two-word place names (Deir, Beit, Ain, Tell, Khan, Kafr, Umm, Ras...). */
const AR_PLACE_HEADS = new Set(['دير', 'بيت', 'عين', 'تل', 'خان', 'كفر', 'ام', 'راس', 'جسر', 'بني', 'بير', 'بئر', 'ابو', 'سيدي', 'وادي', 'جبل', 'مرج', 'قلعه', 'معره', 'حي']);
const NAME_LINK_WORDS = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'de', 'del', 'la', 'du', 'des']);

/** Key of a place outside the table: "x:" and the consonant skeleton of its name. */
export const UNLISTED = 'x:';

/**
 * Towns, villages, camps and quarters outside the table, where the text says they are one: "the
 * town of Barsalogho", "la commune de Barsalogho", "die Stadt Barsalogho", "مدينة بارسالوغو". They
 * get a key from their skeleton, so other spellings and scripts of the name meet, and count as
 * cities: two reports about two such towns are about two places.
 */
function findUnlistedPlaces(tokens: Token[], taken: Set<number>, text: string): Mention[] {
  // words of one name are apart by a space, a hyphen or an apostrophe, never a comma
  const joined = (j: number) => /^[\s'’-]{1,2}$/u.test(text.slice(tokens[j - 1].start + tokens[j - 1].raw.length, tokens[j].start));
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of TOWN_CUES) {
      if (!cue.every((c, k) => tokens[i + k]?.f === c)) continue;
      const at = i + cue.length;
      const t = tokens[at];
      if (!t || taken.has(at) || STOPWORDS.has(t.f)) break;
      let len = 0;
      let name = '';
      if (isArabic(t.f)) {
        len = AR_PLACE_HEADS.has(t.f) && tokens[at + 1] && isArabic(tokens[at + 1].f) && !taken.has(at + 1) ? 2 : 1;
        name = tokens.slice(at, at + len).map((x) => x.f).join(' ');
      } else {
        if (!/^\p{Lu}/u.test(t.raw)) break;
        const words = [t.raw];
        let j = at + 1;
        while (j < tokens.length && j - at < 4 && !taken.has(j) && joined(j)) {
          const n = tokens[j];
          if (/^\p{Lu}/u.test(n.raw) && !STOPWORDS.has(n.f) && !GENERIC_NAMES.has(n.f)) words.push(n.raw);
          else if (NAME_LINK_WORDS.has(n.f) && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1].raw) && !taken.has(j + 1) && joined(j + 1)) words.push(n.raw);
          else break;
          j++;
        }
        while (words.length > 1 && NAME_LINK_WORDS.has(fold(words[words.length - 1]))) words.pop();
        len = words.length;
        name = words.join(' ');
      }
      const sk = skeletons(name)[0];
      if (sk && sk.length >= 3) {
        out.push({ kind: 'place', key: UNLISTED + sk, at, len, start: t.start });
        for (let k = 0; k < len; k++) taken.add(at + k);
      }
      i = at + len - 1;
      break;
    }
  }
  return out;
}

/** Shortest skeleton that may stand for a name: five consonants (fewer collide too often). */
export const MIN_SKEL = 5;

function skelsOfNames(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) for (const sk of skeletons(n)) if (sk.length >= MIN_SKEL && !out.has(sk)) out.set(sk, n);
  return out;
}

function addW<K>(m: Map<K, number>, k: K, w: number) {
  m.set(k, (m.get(k) ?? 0) + w);
}

/** Salience of one mention: where it is, and how many times the same key was already seen. */
class Weigher {
  private seen = new Map<string, number>();
  constructor(private readonly titleEnd: number, private readonly leadEnd: number) {}
  weight(key: string, tokenIndex: number): number {
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    if (tokenIndex < this.titleEnd) return n === 0 ? 4 : 1;
    if (tokenIndex < this.leadEnd) return n === 0 ? 2 : 1;
    return n === 0 ? 1 : n < 4 ? 0.5 : 0.1;
  }
}

export function profileArticle(a: ProfileInput): Profile {
  const title = a.title?.trim() ?? '';
  let body = a.text ?? '';
  if (title && body.trimStart().startsWith(title)) body = body.trimStart().slice(title.length);
  // Without a title, a short first line of the text usually is one.
  let head = title;
  if (!head) {
    const firstLine = body.trimStart().split('\n', 1)[0] ?? '';
    if (firstLine.length > 0 && firstLine.length < 220) {
      head = firstLine;
      body = body.trimStart().slice(firstLine.length);
    }
  }
  const full = `${head}\n${body}`;
  const tokens = tokenize(full);
  const titleEnd = tokens.findIndex((t) => t.start >= head.length + 1);
  const tEnd = titleEnd < 0 ? tokens.length : titleEnd;
  const leadEnd = Math.min(tokens.length, tEnd + LEAD_TOKENS);
  const mentions = findMentions(full, a.lang, tokens);
  const taken = new Set<number>();
  for (const m of mentions) for (let k = 0; k < m.len; k++) taken.add(m.at + k);
  const fuzzy = findFuzzyPlaces(tokens, taken, (f) => STOPWORDS.has(f) || GENERIC_NAMES.has(f) || conceptOf(f, a.lang).length > 0);
  for (const m of fuzzy) for (let k = 0; k < m.len; k++) taken.add(m.at + k);
  const unlisted = findUnlistedPlaces(tokens, taken, full);
  if (fuzzy.length || unlisted.length) { mentions.push(...fuzzy, ...unlisted); mentions.sort((x, y) => x.at - y.at); }
  const dl = datelineEnd(body);
  const dateline: [number, number] = dl ? [head.length + 1, head.length + 1 + dl] : [0, 0];
  return buildProfile(a, tokens, mentions, tEnd, leadEnd, dateline, full);
}

function buildProfile(a: ProfileInput, tokens: Token[], mentions: Mention[], tEnd: number, leadEnd: number, dateline: [number, number] = [0, 0], text?: string): Profile {
  const weigher = new Weigher(tEnd, leadEnd);
  const places = new Map<string, number>();
  const actors = new Map<string, number>();
  const covered = new Set<number>();
  for (const m of mentions) {
    for (let k = 0; k < m.len; k++) covered.add(m.at + k);
    if (m.kind === 'actor') {
      addW(actors, m.key, weigher.weight('a:' + m.key, m.at));
      continue;
    }
    const inDateline = m.start >= dateline[0] && m.start < dateline[1];
    const w = (inDateline ? 0.3 : weigher.weight('p:' + m.key, m.at)) * (m.kind === 'adj' ? 0.4 : 1);
    const chain = placeChain(m.key);
    chain.forEach((k, i) => {
      const level = PLACES.get(k)?.level;
      addW(places, k, i === 0 ? w : w * (level === 'country' ? 0.6 : 0.5));
    });
  }

  const concepts = new Map<string, number>();
  const words = new Map<string, number>();
  const entities = new Map<string, number>();
  const conceptSeen = new Weigher(tEnd, leadEnd);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered.has(i)) continue;
    if (/^\d/.test(t.f)) continue;
    for (const c of conceptOf(t.f, a.lang)) addW(concepts, c, conceptSeen.weight(c, i));
    if (i < leadEnd && t.f.length >= 3 && !STOPWORDS.has(t.f) && !GENERIC_NAMES.has(t.f)) {
      const s = stem(t.f);
      if (s.length >= 3 && !STOPWORDS.has(s)) addW(words, s, i < tEnd ? 2 : 1);
    }
  }
  // multi-word concept phrases
  const folded = tokens.map((t) => t.f);
  for (const c of CONCEPTS) {
    for (const ph of c.phrases) {
      for (let i = 0; i + ph.length <= folded.length; i++) {
        if (ph.every((p, k) => folded[i + k] === p)) addW(concepts, c.key, conceptSeen.weight(c.key, i));
      }
    }
  }

  // Capitalised names outside the gazetteer: runs of capitalised words (with al-, de, von… links).
  if (a.lang !== 'ar') {
    const ew = new Weigher(tEnd, leadEnd);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (covered.has(i) || !/^\p{Lu}/u.test(t.raw) || t.sentenceStart || GENERIC_NAMES.has(t.f) || STOPWORDS.has(t.f)) continue;
      if (/^[\p{Lu}\d]+$/u.test(t.raw) && t.raw.length > 6) continue; // a shouted headline word
      const parts = [t.f];
      let j = i + 1;
      while (j < tokens.length && !covered.has(j) && !tokens[j].sentenceStart && j - i < 5) {
        const n = tokens[j];
        const sep = tokens[j].start - (tokens[j - 1].start + tokens[j - 1].raw.length);
        if (sep > 2) break;
        if (/^\p{Lu}/u.test(n.raw) && !GENERIC_NAMES.has(n.f) && !STOPWORDS.has(n.f)) parts.push(n.f);
        else if (NAME_LINKS.has(n.f) && tokens[j + 1] && !covered.has(j + 1) && /^\p{Lu}/u.test(tokens[j + 1].raw)) parts.push(n.f);
        else break;
        j++;
      }
      const name = parts.join(' ');
      // German capitalises every noun: only runs of two or more words there are names.
      if (a.lang === 'de' && parts.length < 2) { i = j - 1; continue; }
      if (name.replace(/ /g, '').length >= 4) addW(entities, name, ew.weight(name, i));
      i = j - 1;
    }
  }

  const nameSkels = skelsOfNames(entities.keys());
  const arSkels = new Set<string>();
  if (a.lang === 'ar') {
    let prev = '';
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const sk = !covered.has(i) && isArabic(t.f) && !STOPWORDS.has(t.f) ? arabicSkeleton(t.f) : '';
      if (sk.length >= MIN_SKEL) arSkels.add(sk);
      if (sk && prev && prev.length + sk.length >= MIN_SKEL) arSkels.add(prev + sk);
      prev = sk;
    }
  }

  const figures: FigureSig[] = [];
  for (const f of a.figures ?? []) {
    if (f.scope === 'background' || !(f.count >= 3)) continue;
    if (!figures.some((g) => g.kind === f.kind && g.count === f.count)) figures.push({ kind: f.kind, count: f.count });
  }
  const t = a.published ? Date.parse(a.published) : NaN;
  const time = Number.isFinite(t) ? t : null;
  const days = new Map<number, number>();
  const dayW = new Weigher(tEnd, leadEnd);
  const refs: Array<{ day: number; tol: number }> = [];
  for (const d of findDays(tokens, a.lang, time, text)) {
    if (d.tol != null) { if (refs.length < 4) refs.push({ day: d.day, tol: d.tol }); }
    else addW(days, d.day, dayW.weight(String(d.day), d.at) * (d.explicit ? 1.5 : 1));
  }
  return { places, actors, concepts, entities, nameSkels, arSkels, words, figures, days, refs, from: time, to: time };
}

// ---- the compact form a story keeps -------------------------------------------------------

export const CAPS = { places: 16, actors: 8, concepts: 6, figures: 10, entities: 8, days: 4, terms: 40 } as const;
export const UNDATED = '!undated';

const rankWeight = (i: number) => Math.max(1, 3 - 0.35 * i);

/** Read a story record back into a profile (weights from rank). */
export function profileStory(s: Story): Profile {
  const places = new Map<string, number>();
  s.places.forEach((p, i) => places.set(p, rankWeight(i)));
  const actors = new Map<string, number>();
  const concepts = new Map<string, number>();
  const entities = new Map<string, number>();
  const words = new Map<string, number>();
  const figures: FigureSig[] = [];
  const days = new Map<number, number>();
  const refs: Array<{ day: number; tol: number }> = [];
  const main = new Set<string>();
  const rank = { a: 0, c: 0, e: 0, w: 0 };
  for (const term of s.terms) {
    if (term.startsWith('^')) main.add(term.slice(1));
    else if (term.startsWith('@')) actors.set(term.slice(1), rankWeight(rank.a++));
    else if (term.startsWith('~')) concepts.set(term.slice(1), rankWeight(rank.c++));
    else if (term.startsWith('=')) entities.set(term.slice(1), rankWeight(rank.e++));
    else if (term.startsWith('#')) {
      const m = /^#(\w+):(\d+)$/.exec(term);
      if (m) figures.push({ kind: m[1] as FigureKind, count: Number(m[2]) });
    } else if (term.startsWith('!r:')) {
      const [d, tol] = term.slice(3).split(':').map(Number);
      if (Number.isInteger(d) && Number.isFinite(tol)) refs.push({ day: d, tol });
    } else if (term.startsWith('!d:')) {
      const [d, w] = term.slice(3).split(':').map(Number);
      if (Number.isInteger(d)) days.set(d, Number.isFinite(w) ? w : 1);
    } else if (!term.startsWith('!')) words.set(term, rankWeight(rank.w++) / 1.5);
  }
  const arSkels = new Set<string>();
  for (const w of words.keys()) if (isArabic(w)) { const sk = arabicSkeleton(w); if (sk.length >= MIN_SKEL) arSkels.add(sk); }
  const nameSkels = skelsOfNames(entities.keys());
  const undated = s.terms.includes(UNDATED);
  const from = undated ? NaN : Date.parse(s.firstSeen);
  const to = undated ? NaN : Date.parse(s.lastUpdated);
  return {
    places, actors, concepts, entities, nameSkels, arSkels, words, figures, days, refs, main,
    from: Number.isFinite(from) ? from : null,
    to: Number.isFinite(to) ? to : Number.isFinite(from) ? from : null,
  };
}

/** The most prominent places of a level: those within 60% of the best of them, if that is prominent enough. */
export function mainOf(places: Map<string, number>, level: 'city' | 'region', minWeight: number): string[] {
  const at = [...places.entries()].filter(([k]) => PLACES.get(k)?.level === level);
  if (at.length === 0) return [];
  const best = Math.max(...at.map(([, w]) => w));
  if (best < minWeight) return [];
  return at.filter(([, w]) => w >= best * 0.6).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k]) => k);
}

function topKeys(m: Map<string, number>, n: number): string[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k]) => k);
}

/**
 * Fold an article's profile into a story's (or start one): weights add up, the story's own
 * weights counting as many times as it has articles (up to 3), then each list is cut to its cap.
 */
export function mergeIntoRecord(story: Profile | null, nArticles: number, a: Profile): { places: string[]; terms: string[] } {
  const k = Math.min(3, Math.max(1, nArticles));
  const mix = (sm: Map<string, number> | undefined, am: Map<string, number>) => {
    const out = new Map<string, number>();
    if (sm) for (const [key, w] of sm) out.set(key, w * k);
    for (const [key, w] of am) addW(out, key, w);
    return out;
  };
  const placeW = mix(story?.places, a.places);
  const places = topKeys(placeW, CAPS.places);
  const main = (['city', 'region'] as const).flatMap((lvl) => mainOf(placeW, lvl, 1.5)).map((x) => '^' + x);
  const actors = topKeys(mix(story?.actors, a.actors), CAPS.actors).map((x) => '@' + x);
  const concepts = topKeys(mix(story?.concepts, a.concepts), CAPS.concepts).map((x) => '~' + x);
  const entities = topKeys(mix(story?.entities, a.entities), CAPS.entities).map((x) => '=' + x);
  const figs: FigureSig[] = [];
  for (const f of [...a.figures.sort((x, y) => y.count - x.count), ...(story?.figures ?? [])]) {
    if (!figs.some((g) => g.kind === f.kind && g.count === f.count)) figs.push(f);
  }
  const figures = figs.slice(0, CAPS.figures).map((f) => `#${f.kind}:${f.count}`);
  const dayW = new Map<string, number>();
  // (the strongest report of a day counts, not how many reports name it in passing)
  for (const [d, w] of story?.days ?? []) dayW.set(String(d), w);
  for (const [d, w] of a.days) dayW.set(String(d), Math.max(w, dayW.get(String(d)) ?? 0));
  const days = topKeys(dayW, CAPS.days).filter((d) => dayW.get(d)! >= 1.5).map((d) => `!d:${d}:${Math.round(dayW.get(d)! * 10) / 10}`);
  const refs = [...(story?.refs ?? []), ...a.refs]
    .filter((r, i, all) => all.findIndex((x) => x.day === r.day && x.tol === r.tol) === i)
    .slice(0, 4)
    .map((r) => `!r:${r.day}:${r.tol}`);
  const head = [...main, ...actors, ...concepts, ...figures, ...entities, ...days, ...refs];
  const words = topKeys(mix(story?.words, a.words), Math.max(0, CAPS.terms - head.length));
  return { places, terms: [...head, ...words] };
}

export { ACTORS };
export const _internal = { conceptOf, fold };
