// A source phrase that names an office or a generic body ("le gouverneur régional, Oleh
// Synegoubov", "des Gesundheitsministeriums", "Ministerio de Salud congoleño", "regional Gov. Oleh
// Kiper") -> its canonical English name, qualified by the place the phrase, its sentence or the
// article gives: "Kharkiv regional governor (Oleh Synegoubov)", "Congolese Health Ministry".
import type { Lang } from '../../types.js';
import { PLACES } from '../../stories/gazetteer.js';
import { countryAdj, findOffice, hasRole, personAfter, placeName, placesIn, qualifierOf, type Level, type PlaceHit } from '../reporters/offices.js';

export interface OfficeContext {
  lang?: Lang;
  /** The sentence of the source and the phrase's offset in it (-1: unknown). */
  sentence?: string;
  at?: number;
  /** The article's places, most salient first (lazily computed by the caller). */
  articlePlaces?: () => PlaceHit[];
}

const LOCALISH = /(?<![\p{L}])(?:local|locales?|locaux|örtlichen?|lokalen?|المحلية)(?![\p{L}])/iu;
const STATEISH = /(?<![\p{L}])(?:state|estatal|estadual)(?![\p{L}])/u;
const REGIONISH = /(?<![\p{L}])(?:regional|r[ée]gion(?:al)?|oblast|gebiets?\p{L}*|regionalgouverneur\p{L}*|provincial|الإقليم\p{L}*)(?![\p{L}])/iu;
/** Countries whose regions' governors copy calls "regional governors" (oblasts, krais). */
const REGIONAL_GOVERNORS = new Set(['ukraine', 'russia']);
const MINISTER = /minist(?:er|re|ro|ra)(?!i)|minister(?!ium)|وزير/iu;
const ATTORNEY = /attorney|fiscal[íi]a general|procuradur[íi]a/iu;
const NATIONAL_POLICE = /national police|police nationale|policía nacional|polic[ií]a nacional|nationale[n]? polizei|الشرطة الوطنية/iu;

/** The article's places, most mentioned first (countries and places apart), ties by first mention. */
export function rankPlaces(text: string, lang?: Lang): PlaceHit[] {
  const hits = placesIn(text, lang);
  const score = new Map<string, { hit: PlaceHit; n: number }>();
  for (const h of hits) {
    const s = score.get(h.key);
    // the headline and lead weigh more
    const w = h.start < 400 ? 2 : 1;
    if (s) s.n += w;
    else score.set(h.key, { hit: h, n: w });
  }
  return [...score.values()].sort((a, b) => b.n - a.n || a.hit.start - b.hit.start).map((s) => s.hit);
}

function pickPlace(hits: PlaceHit[], level: Level, head = ''): PlaceHit | null {
  if (level === 'local' || level === 'localpref') {
    // a mayor is a city's; other local offices a region's, else a city's
    const want = head === 'mayor' ? 'city' : 'region';
    return hits.find((h) => h.level === want) ?? hits.find((h) => h.level !== 'country') ?? (level === 'localpref' ? hits[0] ?? null : null);
  }
  return hits[0] ?? null;
}

/** The canonical name of an office phrase, or null when the phrase names no office. */
export function officeReporter(phrase: string, ctx: OfficeContext = {}): string | null {
  let person: string | null = null;
  let p = phrase.trim();
  const br = /\s*\(([^()]+)\)\s*$/u.exec(p);
  if (br) {
    // "(Minsa)", "(OCHA)": the body's acronym, no person
    person = /^\p{Lu}[\p{L}\p{N}&-]{1,7}$/u.test(br[1].trim()) ? null : br[1].trim();
    p = p.slice(0, br.index);
  }
  const off = findOffice(p);
  if (!off) return null;
  if (!person) person = personAfter(p, off.end);
  // the qualifier: a place in the phrase
  const inPhrase = placesIn(p, ctx.lang);
  let hit = inPhrase.find((h) => off.level !== 'local' || h.level !== 'country') ?? (off.level === 'local' ? null : inPhrase[0] ?? null);
  let head = off.head;
  // a national police is the country's, not the city's where it spoke
  if (head === 'police' && NATIONAL_POLICE.test(p)) (head = 'National Police'), (off.level = 'country');
  // a minister named as a person is the minister, not the ministry: "Interior Minister Mohsin Naqvi"
  if (/Ministry$/.test(head) && MINISTER.test(p.slice(off.start, off.end)) && (person || personAfter(p, off.end))) head = head.replace(/Ministry$/, 'Minister');
  if (LOCALISH.test(p) && !/local/.test(head)) head = `local ${head}`;
  else if (STATEISH.test(p) && !/Ministry|State /.test(head)) {
    head = /^regional /.test(head) ? head.replace(/^regional /, 'state ') : `state ${head}`;
    // a state's body is qualified by the state, not the country: "Sinaloa state authorities"
    if (off.level === 'country') off.level = 'local';
  }
  // English copy calls a Latin American country's Fiscalía its "Attorney General's Office"
  if (head === "Prosecutor General's Office" && ATTORNEY.test(p)) head = "Attorney General's Office";
  // who installed or runs the office: "the Kremlin-installed governor"
  const by = /(?<![\p{L}])(\p{Lu}[\p{L}]*-(?:installed|appointed|backed|run|led|controlled))\s/u.exec(p.slice(0, off.start));
  if (!hit && inPhrase.length > 0 && off.level === 'local') hit = null;
  let qual = hit ? qualifierOf(hit, off.level) : null;
  let qualKey = qual ? hit!.key : null;
  if (!qual) {
    // a capitalised qualifier right before the office: "Taliban's Interior Ministry"
    const before = /((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:['’]s)?\s+$/u.exec(p.slice(0, off.start));
    if (before && ctx.lang === 'en' && /^\p{Lu}/u.test(p.slice(off.start)) === false && !/^(?:The|A|An)$/u.test(before[1])) qual = before[1].replace(/['’]s$/u, '');
  }
  // "the breakaway region's health ministry", "the country's interior ministry": the article's region
  // or country, whichever the possessive names
  if (!qual && ctx.articlePlaces) {
    const poss = /(?<![\p{L}])(region|enclave|territory|province|state|country|nation)['’]s\s+$/iu.exec(p.slice(0, off.start));
    if (poss) {
      const want = /country|nation/i.test(poss[1]) ? 'country' : 'region';
      const h = ctx.articlePlaces().find((x) => x.level === want);
      if (h) {
        qual = want === 'country' ? countryAdj(h.key) : placeName(h.key);
        qualKey = h.key;
      }
    }
  }
  if (!qual && ctx.sentence) {
    // else a place of the same sentence, the nearest before the source (else after)
    const hits = placesIn(ctx.sentence, ctx.lang).filter((h) => (off.level === 'local' || off.level === 'localpref' ? h.level !== 'country' : true));
    const at = ctx.at ?? -1;
    const beforeHits = at >= 0 ? hits.filter((h) => h.start < at) : hits;
    const h = beforeHits[beforeHits.length - 1];
    if (h) {
      qual = qualifierOf(h, off.level);
      qualKey = h.key;
    }
  }
  if (!qual && ctx.articlePlaces) {
    const h = pickPlace(ctx.articlePlaces(), off.level, off.head);
    if (h) {
      qual = qualifierOf(h, off.level);
      qualKey = h.key;
    }
  }
  // a governor is a region's: a city named for one stands for its region ("Cúcuta" -> Norte de Santander)
  if (/governor$/.test(head) && qualKey && PLACES.get(qualKey)?.level === 'city') {
    const parent = PLACES.get(qualKey)?.parent;
    if (parent && PLACES.get(parent)?.level === 'region') {
      qual = placeName(parent);
      qualKey = parent;
    }
  }
  // "regional governor" is how copy names the governor of an oblast or a Russian region; a
  // department's or a state's elsewhere is its "governor", unless the text says "regional"
  if (head === 'regional governor' && qualKey && !REGIONISH.test(p) && !REGIONAL_GOVERNORS.has(PLACES.get(qualKey)?.country ?? '')) head = 'governor';
  let name = qual ? `${qual} ${head}` : head;
  if (by) name = `${by[1]} ${name}`;
  return person ? `${name} (${person})` : name;
}

/** "<body> spokesman <Name>" -> the body and the person: "Congo's government spokesperson Patrick
 *  Muyaya" -> { body: "Congo's government", person: "Patrick Muyaya" }. */
/** The English word for a spokesperson's role as the phrase gives it (copy writes "spokeswoman" when
 *  the text does, "spokesman" else). */
function roleWord(w: string): string {
  return /woman|sprecherin|porte-parole de la|portavoz de la|vocera|ة/iu.test(w) ? 'spokeswoman' : /person/iu.test(w) ? 'spokesperson' : 'spokesman';
}

export function splitRole(phrase: string): { body: string; person: string | null; role: string } | null {
  const m = /(?<![\p{L}])(?:spokes(?:man|woman|person)|porte-parole|sprecher(?:in)?|portavoz|vocer[oa]|(?:و?ال)?(?:متحدث|ناطق)(?:ة)?(?: باسم| الرسمي(?:ة)? باسم)?)(?![\p{L}])/iu.exec(phrase);
  if (!m || !hasRole(phrase)) return null;
  if (/\p{Script=Arabic}/u.test(m[0])) {
    // "المتحدث باسم الوزارة الدكتور أنيس الأصبحي": the body, then a title and the name
    const after = phrase.slice(m.index + m[0].length).trim();
    const t = /(?:^|\s)(?:الدكتور|د\.|العميد|اللواء|العقيد|المقدم|الرائد|السيد|الشيخ|المهندس)\s+/u.exec(after);
    const body = (t ? after.slice(0, t.index) : after).trim();
    const person = t ? after.slice(t.index + t[0].length).split(/\s+/u).filter(Boolean).slice(0, 3).join(' ') || null : null;
    return { body, person, role: roleWord(m[0]) };
  }
  const role = roleWord(m[0]);
  // "its spokesman", "son porte-parole": the body is the source in play, as for a bare role
  const body = phrase.slice(0, m.index).replace(/\s+(?:for|of|du|de la|de l['’]|des|de|der|des|del)\s*$/iu, '').trim().replace(/^(?:its|their|his|her|son|sa|leur|su|sus|sein|seine|seiner|ihr|ihre|ihrer)$/iu, '');
  const after = phrase.slice(m.index + m[0].length).replace(/^\s*(?:for|of|du|de la|de l['’]|des|de|der|del)\s+/iu, '');
  const person = personAfter(after, 0);
  if (body) return { body, person, role };
  // "spokesman for the ministry, X" / "portavoz de la oficina"
  const bodyAfter = person ? '' : after.trim();
  return { body: bodyAfter, person, role };
}
