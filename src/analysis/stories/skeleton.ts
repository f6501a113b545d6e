// Consonant skeletons of names, so that spellings of one name across languages and scripts meet:
// "Mahmoud Bassal" / "Mahmud Basal" / "محمود بصل" -> mhmdbsl; "Kharkiv" / "Charkiw" / "خاركيف" ->
// krkf; "Khan Younis" / "Jan Yunis" / "Chan Junis" / "خان يونس" -> knns. A small Arabic->Latin
// transliteration and a folding of Latin spellings (kh, sh, dj, dsch, ch, j...) to one consonant
// class each, vowels and w/y dropped, doubles collapsed, a final h (ta marbuta) dropped. Pure.
import { fold, isArabic } from './normalize.js';

const AR: Record<string, string> = {
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ث': 't', 'ط': 't', 'ج': 'j', 'چ': 'j', 'ح': 'h', 'ه': 'h', 'خ': 'k', 'ق': 'k', 'ك': 'k', 'گ': 'g',
  'د': 'd', 'ذ': 'd', 'ض': 'd', 'ر': 'r', 'ز': 'z', 'ظ': 'z', 'س': 's', 'ش': 's', 'ص': 's', 'غ': 'g', 'ف': 'f', 'ڤ': 'f',
  'ل': 'l', 'م': 'm', 'ن': 'n',
};

/** Name links that carry no identity: the Arabic article in Latin spellings. */
const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'ed', 'ez', 'es', 'er', 'ul']);

function finish(s: string): string {
  let out = '';
  for (const c of s) if (c !== out[out.length - 1]) out += c;
  return out.endsWith('h') ? out.slice(0, -1) : out;
}

/** Skeleton of one Arabic word, its clitics and article stripped. */
export function arabicSkeleton(word: string): string {
  let t = fold(word);
  if (t.length > 4 && /^[وف]/.test(t)) t = t.slice(1);
  if (t.length > 4 && /^[بلك]ال/.test(t)) t = t.slice(1);
  if (t.startsWith('لل') && t.length > 4) t = t.slice(2);
  else if (t.startsWith('ال') && t.length > 3) t = t.slice(2);
  let s = '';
  for (const c of t) s += AR[c] ?? '';
  return finish(s);
}

/**
 * Skeletons of one Latin name (one or more words): a few, where a spelling could be read two ways
 * ("ch" is kh in German and sh in French; Spanish "j" is kh).
 */
export function latinSkeletons(name: string): string[] {
  const words = fold(name).split(/[^a-z]+/).filter((w) => w && !ARTICLES.has(w));
  if (words.length === 0) return [];
  let s = words.join(' ');
  s = s
    .replace(/tsch|tch/g, 'C')
    .replace(/dsch|dj|dzh/g, 'j')
    .replace(/sch/g, 's')
    .replace(/kh/g, 'k')
    .replace(/sh|zh/g, (m) => (m === 'sh' ? 's' : 'j'))
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck|qu|q|x/g, (m) => (m === 'x' ? 'ks' : 'k'))
    .replace(/gu(?=[ei])/g, 'g');
  const readings = new Set<string>();
  const chs = s.includes('ch') ? ['k', 's'] : ['k'];
  const js = s.includes('j') ? ['j', 'k'] : ['j'];
  for (const ch of chs) {
    for (const j of js) {
      const r = s
        .replace(/ch/g, ch)
        .replace(/j/g, j)
        .replace(/C/g, 's')
        .replace(/c/g, 'k')
        .replace(/p/g, 'b')
        .replace(/v/g, 'f')
        .replace(/[aeiouyw]/g, '');
      readings.add(r.split(' ').map(finish).join(''));
    }
  }
  return [...readings];
}

/** Skeletons of a name in either script. */
export function skeletons(name: string): string[] {
  if (isArabic(name)) {
    const s = name.split(/\s+/).map(arabicSkeleton).join('');
    return s ? [s] : [];
  }
  return latinSkeletons(name);
}
