// Language of an article: Arabic by script, English/French/German/Spanish by the frequency of
// their function words (plus a few letters, elisions and news words that only one of them uses)
// over the first ~2,000 characters. Default 'en'. A few microseconds per article.
import type { Lang } from '../types.js';
import { STOPWORDS } from './stopwords.js';

const SAMPLE = 2000;
type Latin = Exclude<Lang, 'ar'>;
const LATIN: readonly Latin[] = ['en', 'fr', 'de', 'es'];

/** Words common in news copy of exactly one language (headlines are often short of function words). */
const NEWS_WORDS: Record<Latin, string> = {
  en: `killed dead died injured wounded people says attack attacks war strike strikes least toll
       officials police government forces rebels troops army city after amid over were has
       leader leaders president minister visits meets warns calls talks deal new how why what`,
  fr: `morts mort tués tué blessés blessé personnes selon attaque guerre frappe frappes bilan moins
       armée forces rebelles gouvernement ville après mercredi jeudi vendredi samedi dimanche lundi mardi`,
  de: `tote toten getötet verletzte verletzt menschen mindestens angriff angriffe krieg armee
       regierung rebellen stadt nach laut montag dienstag mittwoch donnerstag freitag samstag sonntag
       bei wurden`,
  es: `muertos muerto muertas heridos herido personas ataque ataques guerra ejército gobierno
       rebeldes ciudad menos lunes martes miércoles jueves viernes sábado domingo tras según`,
};

/** Word → the languages that use it, with the weight each gets (split when several share it). */
const WEIGHTS = new Map<string, [Latin, number][]>();
{
  const owners = new Map<string, Set<Latin>>();
  const add = (w: string, l: Latin) => {
    let s = owners.get(w);
    if (!s) owners.set(w, (s = new Set()));
    s.add(l);
  };
  for (const l of LATIN) {
    for (const w of STOPWORDS[l]) add(w, l);
    for (const w of NEWS_WORDS[l].split(/\s+/)) if (w) add(w, l);
  }
  for (const [w, ls] of owners) {
    // One-letter words ("a", "y", "e", "o", "u", "l") are weak evidence.
    const base = w.length === 1 ? 0.4 : 1;
    WEIGHTS.set(w, [...ls].map((l) => [l, base / ls.size]));
  }
}

/** Endings typical of one language's longer words: weak evidence for short texts. */
const SUFFIXES: [RegExp, Latin, number][] = [
  [/(?:ung|ungen|keit|heit|schaft|lich|isch|ische[nrms]?)$/, 'de', 0.3],
  [/(?:ción|ciones|idad|idades|ado|ados|ada|adas|ido|idos)$/, 'es', 0.3],
  [/(?:eux|euse|ère|ées|aient|ait)$/, 'fr', 0.3],
  [/(?:ing|ings|ly|ness)$/, 'en', 0.3],
];

const WORD = /\p{L}+/gu;
const FR_ELIDED = new Set(['l', 'd', 'qu', 'n', 's', 'c', 'j', 'jusqu', 'lorsqu', 'puisqu']);
const EN_CONTRACTED = new Set(['s', 't', 're', 've', 'll']);

const isArabic = (c: number) =>
  (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export function detectLanguage(text: string): Lang {
  if (!text) return 'en';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const score: Record<Latin, number> = { en: 0, fr: 0, de: 0, es: 0 };

  // Letters: script counts and the letters only one language uses.
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x80) {
      if (isLatin(c)) latin++;
      continue;
    }
    if (isArabic(c)) {
      arabic++;
      continue;
    }
    if (isLatin(c)) latin++;
    switch (c) {
      case 0xe4: case 0xf6: case 0xfc: case 0xdf: case 0xc4: case 0xd6: case 0xdc: // ä ö ü ß Ä Ö Ü
        score.de += 0.5; break;
      case 0xf1: case 0xd1: case 0xbf: case 0xa1: // ñ Ñ ¿ ¡
        score.es += 1; break;
      case 0xe1: case 0xed: case 0xf3: case 0xfa: // á í ó ú
        score.es += 0.3; break;
      case 0xe7: case 0x153: case 0xe8: case 0xea: case 0xe0: case 0xf9: case 0xee: case 0xf4: case 0xfb: case 0xeb: case 0xef: case 0xe2: // ç œ è ê à ù î ô û ë ï â
        score.fr += 0.3; break;
      case 0xe9: // é
        score.fr += 0.15; score.es += 0.1; break;
    }
  }
  if (arabic > 0 && arabic >= latin) return 'ar';

  // Words: function words and news words, elisions (l'armée) and contractions (don't, it's).
  const lower = sample.toLowerCase();
  const sameLength = lower.length === sample.length;
  let prevEnd = -1;
  let prevWord = '';
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    const at = m.index;
    // Capitalised words are often names ("Le Pen", "Die Linke", "Los Angeles"): half weight.
    const caseWeight = sameLength && sample.charCodeAt(at) !== lower.charCodeAt(at) ? 0.5 : 1;
    if (prevEnd === at - 1 && (lower[prevEnd] === "'" || lower[prevEnd] === '’')) {
      if (FR_ELIDED.has(prevWord)) score.fr += 1.5;
      else if (EN_CONTRACTED.has(w)) score.en += 1;
    }
    prevEnd = at + w.length;
    prevWord = w;
    const hit = WEIGHTS.get(w);
    if (hit) for (const [l, v] of hit) score[l] += v * caseWeight;
    else if (w.length >= 6) {
      for (const [re, l, v] of SUFFIXES) if (re.test(w)) score[l] += v * caseWeight;
    }
  }

  let best: Latin = 'en';
  for (const l of LATIN) if (score[l] > score[best]) best = l;
  return best;
}
