// The sentences of an article a summary may quote: the text split into sentences, with photo
// captions and credits, datelines, bylines, "Read more" / "Sign up" / "Follow us" prompts,
// crossheads, repeats of the title and very short or very long sentences left out.
import type { Lang } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { jaccard, sentenceTerms, type SentenceTerms } from './terms.js';

/** Summaries read this much of an article at most (the lead is what matters). */
export const MAX_TEXT_CHARS = 30_000;
export const MIN_SENTENCE_CHARS = 40;
export const MAX_SENTENCE_CHARS = 450;

export interface Candidate extends SentenceTerms {
  /** The sentence as quoted: its text with a leading dateline or trailing agency tag removed. */
  text: string;
  start: number;
  end: number;
  /** Order among the article's candidates (0 = the lead). */
  rank: number;
}

export interface ArticleSentences {
  /** Every sentence of the (capped) text, boilerplate included. */
  all: { text: string; start: number; end: number }[];
  candidates: Candidate[];
  /** Sentences not ruled out as boilerplate, but too short, too long or without a full stop. */
  fallback: string[];
}

/** Cuts overlong text at a paragraph or word boundary before MAX_TEXT_CHARS. */
export function capText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const para = text.lastIndexOf('\n', max);
  if (para > max * 0.8) return text.slice(0, para);
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > 0 ? space : max);
}

// A whole line that is a photo caption or credit: dropped with every sentence in it.
const CAPTION_LINE: RegExp[] = [
  /(?:^|[\s(])(?:Image|Images|Photo|Photos|Picture|Foto|Fotos|Bild|Imagen|Crédit|Crédits|Credit|Credits|Photograph|Fotografía|Illustration|Quelle Bild)\s*:/i,
  /[/|]\s*(?:AFP|AP|Reuters|EPA(?:-EFE)?|Getty(?: Images)?|dpa|Keystone|EFE|Anadolu|Xinhua|ANSA|Sipa|Shutterstock|Imago|picture alliance|SANA)\b/i,
  /\b(?:AFP|AP|EPA|Reuters|Getty|dpa|Keystone|EFE|Anadolu|Xinhua|Sipa|Imago|AA)\s*(?:Photo|Foto|Images?|PHOTO)\b/,
  /\b(?:Getty Images|Shutterstock|Keystone\/|AP Photo|picture[- ]alliance)/i,
  /©/,
  /^\s*date\s+\d{4}-\d{2}-\d{2}/i,
  /^\s*(?:Published|Updated|Posted|Last updated|Publié|Mis à jour|Modifié|Veröffentlicht|Aktualisiert|Publicado|Actualizado)(?:\s+(?:on|at|le|am|el|the))?\s*:?\s*(?:\p{L}+\.?,?\s+)?\d/iu,
  /^\s*(?:Reading time|Temps de lecture|Lesezeit|Lesedauer|Tiempo de lectura)\b/i,
];

// A sentence that is a prompt, a label or a credit.
const AGENCIES = 'AFP|AP|Reuters|dpa|EFE|SDA|ATS|ANSA|Anadolu|Xinhua|KNA|epd|Europa Press|SANA|IRNA|WAFA';
const BOILERPLATE: RegExp[] = [
  /^[\s\p{P}\p{S}]*(?:Read (?:more|also|next)|More on this|Also read|See also|Lire (?:aussi|également|la suite)|À lire aussi|A lire aussi|Voir aussi|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Auch interessant|Weiterlesen|Lee también|Leer más|Ver también|Más información|Te puede interesar)\b/iu,
  /^[\s\p{P}\p{S}]*(?:اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|شاهد أيضا|للمزيد)/u,
  /^[\s\p{P}\p{S}]*(?:Continue reading|Keep reading|Read (?:the )?full (?:article|story)|Full story|Seguir leyendo|Sigue leyendo|Mehr lesen|En savoir plus|Learn more|Find out more)\b/iu,
  /^[\s\p{P}\p{S}]*(?:Related|Watch|Live|Listen|Video|Photos?|Update|Mehr|Plus|Vidéo|En direct|En vivo)\s*:/iu,
  /^[\s\p{P}\p{S}]*(?:NEXT|PREVIOUS|ADVERTISEMENT|SPONSORED|READ MORE|ALSO READ|WATCH|LIVE|UPDATE|EXCLUSIVE|VIDEO|PHOTOS?|RELATED)\b/u,
  /\b(?:sign up|subscribe|newsletters?|follow us|download (?:our|the) app|click here|tap here|all rights reserved|terms of (?:use|service)|privacy policy|advertisement|sponsored content|share this)\b/i,
  /(?<!\p{L})(?:abonnez-vous|réservé aux abonnés|inscrivez-vous|suivez-nous|tous droits réservés|cliquez ici|publicité)(?!\p{L})/iu,
  /(?:\b(?:abonnieren sie|jetzt abonnieren|jetzt anmelden|folgen sie uns|alle rechte vorbehalten|hier klicken)\b|^[\s\p{P}\p{S}]*(?:Anzeige|Werbung)[\s\p{P}\p{S}]*$)/iu,
  /\b(?:suscríbete|suscribete|síguenos|siguenos|todos los derechos reservados|haz clic)/i,
  /(?:تابعونا|اشترك الآن|اشترك في النشرة|جميع الحقوق محفوظة|اضغط هنا|النشرة البريدية)/,
  /^[\s\p{P}\p{S}]*(?:Source|Sources|Quelle|Quellen|Fuente|Fuentes|Credit|Crédit|المصدر)\s*:/iu,
  new RegExp(`^\\(?(?:${AGENCIES})\\)?\\W*$`, 'i'),
];

// "By Jane Doe", "Par Jean Dupont et Marie Curie", "Von Hans Müller, Berlin", "Por Ana García".
const BYLINE = /^(?:By|Par|Von|Por|بقلم)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|et|und|y|de|da|van|von|al-\p{L}+|&))*\s*(?:[,|–—-]\s*[^.!?]{0,60})?$/u;

// A leading dateline ("BEIRUT (Reuters) - ", "GAZA CITY — ", "Beirut, Nov 29 (AFP) - ",
// "(AFP) - ") and a trailing agency tag (" (AFP)", " (dpa)"): removed from the quoted sentence.
const LEADING_DATELINE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu}\\s.,'’-]{1,40}\\s*(?:\\([^()]{1,30}\\))?|[\\p{L}\\d ,.'’-]{0,60}\\((?:${AGENCIES})\\))\\s*[—–-]{1,2}\\s+(?=[\\p{Lu}\\d"“«„])`,
  'u',
);
const TRAILING_AGENCY = new RegExp(`\\s*\\((?:${AGENCIES})\\)\\s*$`, 'i');

const TERMINATED = /[.!?…؟。"”’»)]\s*$/;

export function isCaptionLine(line: string): boolean {
  return CAPTION_LINE.some((re) => re.test(line));
}

export function isBoilerplate(sentence: string): boolean {
  if (BOILERPLATE.some((re) => re.test(sentence))) return true;
  return sentence.length < 120 && BYLINE.test(sentence);
}

export function cleanSentence(sentence: string): string {
  let s = sentence;
  if (/[—–-]/.test(s.slice(0, 100))) s = s.replace(LEADING_DATELINE, '');
  if (s.endsWith(')')) s = s.replace(TRAILING_AGENCY, '');
  return s.trim();
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The sentences of `text` worth quoting, in order, each with its terms; the first `limit` of them. */
export function articleSentences(text: string, lang: Lang, title?: string, limit = Infinity): ArticleSentences {
  const capped = capText(text);
  const all = splitSentences(capped, lang);
  const titleKeys = title ? sentenceTerms(title, lang).keys : null;

  // Caption lines, found once: line starts in order, sentences swept alongside.
  const lineStarts: number[] = [0];
  for (let i = capped.indexOf('\n'); i >= 0; i = capped.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = lineStarts.map((s, i) => capped.slice(s, i + 1 < lineStarts.length ? lineStarts[i + 1] : capped.length));
  const captionLine = lines.map(isCaptionLine);
  // A credit line ("Photo: John Doe / AFP") also marks the caption just above it, when the two
  // stand together as a block of their own (a blank line before them).
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1];
    const blockStart = i === 1 || lines[i - 2].trim() === '';
    if (captionLine[i] && !captionLine[i - 1] && blockStart && above.trim() !== '' && above.length <= 300) captionLine[i - 1] = true;
  }

  const candidates: Candidate[] = [];
  const fallback: string[] = [];
  let line = 0;
  for (const s of all) {
    if (candidates.length >= limit) break;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s.start) line++;
    if (captionLine[line] || isBoilerplate(s.text)) continue;
    const text = cleanSentence(s.text);
    if (!text) continue;
    const words = wordCount(text);
    if (text.length < MIN_SENTENCE_CHARS || words < 6 || text.length > MAX_SENTENCE_CHARS || !TERMINATED.test(text)) {
      fallback.push(text);
      continue;
    }
    const terms = sentenceTerms(text, lang);
    // The headline repeated as the first line of the body.
    if (titleKeys && titleKeys.size > 0 && jaccard(terms.keys, titleKeys) >= 0.7) continue;
    candidates.push({ ...terms, text, start: s.start, end: s.end, rank: candidates.length });
  }
  return { all, candidates, fallback };
}
