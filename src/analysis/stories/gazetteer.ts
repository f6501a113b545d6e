// Places and actors of config/places.json, matched in text in any of the five languages. Pure.
import table from '../../../config/places.json' with { type: 'json' };
import type { Lang } from '../types.js';
import { fold, isArabic, tokenize, variants, type Token } from './normalize.js';
import { arabicSkeleton, skeletons } from './skeleton.js';

export type PlaceLevel = 'country' | 'region' | 'city';
export type ActorType = 'group' | 'person' | 'org';

interface PlaceEntry { key: string; level: PlaceLevel; in?: string; names: string[]; adj?: string[] }
interface ActorEntry { key: string; type: ActorType; names: string[] }
interface Table { places: PlaceEntry[]; actors: ActorEntry[] }

export interface PlaceInfo { key: string; level: PlaceLevel; parent: string | null; country: string | null }
export interface ActorInfo { key: string; type: ActorType; /** the English name (the table's first) */ name: string }

interface Alias {
  tokens: string[];
  /** written in capitals only in the table: must be written so in the text */
  caps: string | null;
  /** written with a capital initial in the table */
  capital: boolean;
  kind: 'place' | 'adj' | 'actor';
  key: string;
}

const data = table as unknown as Table;

export const PLACES: ReadonlyMap<string, PlaceInfo> = (() => {
  const byKey = new Map(data.places.map((p) => [p.key, p]));
  const countryOf = (p: PlaceEntry): string | null => {
    let cur: PlaceEntry | undefined = p;
    for (let i = 0; cur && i < 10; i++) {
      if (cur.level === 'country') return cur.key;
      cur = cur.in ? byKey.get(cur.in) : undefined;
    }
    return null;
  };
  return new Map(data.places.map((p) => [p.key, { key: p.key, level: p.level, parent: p.in ?? null, country: countryOf(p) }]));
})();

export const ACTORS: ReadonlyMap<string, ActorInfo> = new Map(data.actors.map((a) => [a.key, { key: a.key, type: a.type, name: a.names[0] }]));

function aliasTokens(name: string): string[] {
  return tokenize(name).map((t) => t.f);
}

const isCaps = (name: string) => /^[A-Z0-9]{2,6}$/.test(name);

/** first folded token -> aliases starting with it, longest first */
const INDEX: Map<string, Alias[]> = (() => {
  const idx = new Map<string, Alias[]>();
  const add = (name: string, kind: Alias['kind'], key: string) => {
    const tokens = aliasTokens(name);
    if (tokens.length === 0) return;
    const a: Alias = { tokens, caps: isCaps(name) ? name : null, capital: /^\p{Lu}/u.test(name), kind, key };
    const list = idx.get(tokens[0]) ?? [];
    const same = list.find((x) => x.key === key && x.kind === kind && x.tokens.join(' ') === tokens.join(' ') && x.caps === a.caps);
    // a name the table also lists in lower case ("Afghan", French "afghan") matches in lower case too
    if (same) same.capital &&= a.capital;
    else list.push(a);
    idx.set(tokens[0], list);
  };
  for (const p of data.places) {
    for (const n of p.names) add(n, 'place', p.key);
    for (const n of p.adj ?? []) add(n, 'adj', p.key);
  }
  for (const a of data.actors) for (const n of a.names) add(n, 'actor', a.key);
  for (const list of idx.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return idx;
})();

export interface Mention {
  kind: 'place' | 'adj' | 'actor';
  key: string;
  /** index of the first token */
  at: number;
  /** number of tokens covered */
  len: number;
  /** character offset in the text */
  start: number;
}

function tokenMatches(tok: Token, want: string, lang: Lang | undefined): boolean {
  if (tok.f === want) return true;
  const vs = variantsOf(tok.f, lang);
  return vs.includes(want);
}

/** variants() of a token, as findMentions reads it (bounded cache: tokens repeat), by language
 *  (a key joining language and token would be built and hashed afresh for every token). */
const variantCache = new Map<string, Map<string, string[]>>();
let variantCount = 0;
function variantsOf(f: string, lang: Lang | undefined): string[] {
  let byToken = variantCache.get(lang ?? '');
  let vs = byToken?.get(f);
  if (!vs) {
    if (variantCount >= 20000) {
      variantCache.clear();
      variantCount = 0;
      byToken = undefined;
    }
    if (!byToken) variantCache.set(lang ?? '', (byToken = new Map()));
    byToken.set(f, (vs = variants(f, isArabic(f) ? 'ar' : lang)));
    variantCount++;
  }
  return vs;
}

/** All gazetteer mentions in the text, longest match first, non-overlapping. */
export function findMentions(text: string, lang?: Lang, tokens: Token[] = tokenize(text)): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    const firsts = variantsOf(tok.f, lang);
    let best: { alias: Alias } | null = null;
    for (const first of firsts) {
      const aliases = INDEX.get(first);
      if (aliases === undefined) continue;
      for (const alias of aliases) {
        if (best && best.alias.tokens.length >= alias.tokens.length) continue;
        if (alias.caps) {
          if (alias.tokens.length !== 1 || tok.raw !== alias.caps) continue;
        } else if (alias.capital && alias.tokens.length === 1 && /^\p{Ll}/u.test(tok.raw)) {
          // A capitalised name written in lower case is a common word ("niger", "chad", "tubas").
          continue;
        }
        let ok = true;
        for (let k = 1; k < alias.tokens.length; k++) {
          const t = tokens[i + k];
          if (!t || !tokenMatches(t, alias.tokens[k], lang)) { ok = false; break; }
        }
        if (ok) best = { alias };
      }
    }
    if (best) {
      out.push({ kind: best.alias.kind, key: best.alias.key, at: i, len: best.alias.tokens.length, start: tok.start });
      i += best.alias.tokens.length;
    } else i++;
  }
  return out;
}

/** The place and its enclosing places, innermost first. */
export function placeChain(key: string): string[] {
  const out: string[] = [];
  let cur: string | null = key;
  for (let i = 0; cur && i < 10; i++) {
    out.push(cur);
    cur = PLACES.get(cur)?.parent ?? null;
  }
  return out;
}

export function placeLevel(key: string): PlaceLevel | null {
  return PLACES.get(key)?.level ?? null;
}

export function placeCountry(key: string): string | null {
  return PLACES.get(key)?.country ?? null;
}

export function normaliseName(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// ---- spellings the table does not list ------------------------------------------------------

/** Shortest skeleton that may name a place not written as the table writes it. */
const MIN_PLACE_SKEL = 5;
/** ... or four, for a name of two words (fewer single words collide with it) */
const MIN_PLACE_SKEL_2 = 4;

/** place-name skeleton -> place key (null when two places share it) */
const SKEL_INDEX: Map<string, string | null> = (() => {
  const idx = new Map<string, string | null>();
  for (const p of data.places) {
    for (const n of p.names) {
      if (isCaps(n)) continue;
      for (const sk of skeletons(n)) {
        if (sk.length < MIN_PLACE_SKEL_2) continue;
        const had = idx.get(sk);
        if (had === undefined) idx.set(sk, p.key);
        else if (had !== p.key) idx.set(sk, null);
      }
    }
  }
  // a skeleton some actor's name also has is no place
  for (const a of data.actors) for (const n of a.names) for (const sk of skeletons(n)) if (idx.has(sk)) idx.set(sk, null);
  return idx;
})();

const PERSON_LINKS = new Set(['abu', 'abou', 'abo', 'ibn', 'bin', 'ben', 'bou', 'umm', 'oum']);
const LINKS = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'ed', 'ez', 'es', 'er', 'ul']);

/**
 * Places named in a spelling or script the table does not list ("Deir al-Balah" for "Deir
 * el-Balah", "خاركوف", "Jan Yunis"), matched on consonant skeletons: capitalised Latin names of
 * up to three words, single Arabic words. Only tokens outside `taken` are read.
 */
export function findFuzzyPlaces(tokens: Token[], taken: Set<number>, skip: (f: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const lookup = (sks: string[], words = 1) => {
    for (const sk of sks) {
      if (sk.length < (words >= 2 ? MIN_PLACE_SKEL_2 : MIN_PLACE_SKEL)) continue;
      const k = SKEL_INDEX.get(sk);
      if (k) return k;
    }
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i];
    if (skip(t.f)) continue;
    if (isArabic(t.f)) {
      // (pairs of Arabic words meet place skeletons by chance too often: single words only)
      const k = lookup([arabicSkeleton(t.f)]);
      if (k) out.push({ kind: 'place', key: k, at: i, len: 1, start: t.start });
      continue;
    }
    if (!/^\p{Lu}/u.test(t.raw)) continue;
    if (PERSON_LINKS.has(t.f)) { i++; continue; } // Abu Nasser, Ibn Sina: people
    // longest run of capitalised words (with al-, el- links) first
    let end = i + 1;
    const words = [t.raw];
    while (end < tokens.length && end - i < 4 && !taken.has(end)) {
      const n = tokens[end];
      if (/^\p{Lu}/u.test(n.raw) && !skip(n.f)) words.push(n.raw);
      else if (LINKS.has(n.f) && tokens[end + 1] && /^\p{Lu}/u.test(tokens[end + 1].raw)) words.push(n.raw);
      else break;
      end++;
    }
    for (let len = words.length; len >= 1; len--) {
      if (LINKS.has(fold(words[len - 1]))) continue;
      const name = words.slice(0, len);
      const k = lookup(skeletons(name.join(' ')), name.filter((w) => !LINKS.has(fold(w))).length);
      if (k) { out.push({ kind: 'place', key: k, at: i, len, start: t.start }); i += len - 1; break; }
    }
  }
  return out;
}

const PLACE_SKELS = new Map<string, string[]>();

/** Skeletons of a listed place's names (memoised). */
export function placeSkeletons(key: string): string[] {
  let out = PLACE_SKELS.get(key);
  if (!out) {
    const p = data.places.find((x) => x.key === key);
    out = p ? [...new Set(p.names.filter((n) => !isCaps(n)).flatMap((n) => skeletons(n)))] : [];
    PLACE_SKELS.set(key, out);
  }
  return out;
}

/** Two skeletons one name could have: equal, one a start of the other, or one letter apart. */
export function similarSkeletons(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 3) return false;
  if (l.startsWith(s) && l.length - s.length <= 1) return true;
  if (l.length - s.length > 1 || s.length < 4) return false;
  // one edit
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

/** An unlisted place ("x:" + skeleton) and another place that may be the same town. */
export function samePlaceSpelling(a: string, b: string): boolean {
  const ax = a.startsWith('x:');
  const bx = b.startsWith('x:');
  if (!ax && !bx) return false;
  const sa = ax ? [a.slice(2)] : placeSkeletons(a);
  const sb = bx ? [b.slice(2)] : placeSkeletons(b);
  return sa.some((x) => sb.some((y) => similarSkeletons(x, y)));
}
