// Extractive summary of one article: two or three of its sentences, in their original order.
// Favoured: the lead, sentences that state figures (and casualty words), sentences that share
// names and words with the title and with the article's recurring terms. Left out: captions,
// credits, datelines, bylines, prompts, crossheads, very short or long sentences, near repeats.
import type { Lang } from '../types.js';
import { articleSentences, type Candidate } from './candidates.js';
import { jaccard, sentenceTerms, TERM_WEIGHT } from './terms.js';

export interface SummarizeInput {
  title?: string;
  text: string;
  lang: Lang;
}

export interface SummarizeOptions {
  /** Default 3. */
  maxSentences?: number;
  /** Default 600. */
  maxChars?: number;
}

/** Sentences this similar (Jaccard of their terms) to one already chosen are repeats. */
export const REDUNDANT = 0.5;

/** Whole words (accents included: `\b` knows only ASCII letters), case-insensitive. */
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

const CASUALTY: Record<Lang, RegExp> = {
  en: words('kill(?:ed|ing|s)?|dead|deaths?|died|dies|wounded|injur(?:ed|ies|ing)|casualt(?:y|ies)|displaced|missing|toll|massacre|fatalities'),
  fr: words('tué(?:e|s|es)?|morts?|mortes?|décès|décédé(?:e|s|es)?|blessé(?:e|s|es)?|déplacé(?:e|s|es)|disparu(?:e|s|es)?|bilan|victimes?'),
  de: words('tote[nr]?|getötet(?:e[nr]?)?|gestorben|starben|verletzt(?:e[nr]?)?|vertrieben(?:e[nr]?)?|vermisst(?:e[nr]?)?|opfer|todesopfer'),
  es: words('muert(?:os?|as?)|fallecid(?:os?|as?)|asesinad(?:os?|as?)|herid(?:os?|as?)|desplazad(?:os?|as?)|desaparecid(?:os?|as?)|víctimas?|balance'),
  // Arabic words take prefixes (و، ب، ال): match the stems anywhere.
  ar: /(?:قتل|قتلى|قتيل|مقتل|جرحى|جريح|مصاب|إصابة|نازح|مفقود|ضحايا|حصيلة)/,
};

// First words that lean on a previous sentence ("But", "It", "They"…): a mild penalty.
const DANGLING =
  /^(?:But|And|Or|So|It|Its|They|Their|This|These|That|Those|He|She|His|Her|Also|However|Meanwhile|Since then|Mais|Et|Il|Ils|Elle|Elles|Cela|Ce|Depuis|Aber|Und|Er|Sie|Es|Dies|Seitdem|Pero|Y|Él|Ella|Ellos|Esto|Desde entonces)\b/;

export interface ScoredCandidate extends Candidate {
  score: number;
}

/**
 * The summary score of each candidate of one article: lead position, figures, casualty words,
 * overlap with the title (names count more) and with the article's recurring terms.
 */
export function scoreCandidates(candidates: Candidate[], lang: Lang, title?: string): ScoredCandidate[] {
  const titleTerms = title ? sentenceTerms(title, lang).terms : [];
  const titleWeight = new Map<string, number>();
  for (const t of titleTerms) titleWeight.set(t.key, Math.max(titleWeight.get(t.key) ?? 0, TERM_WEIGHT[t.kind]));
  let titleTotal = 0;
  for (const w of titleWeight.values()) titleTotal += w;

  // Recurring terms: content terms in more than one sentence; the top ten stand for the article.
  const df = new Map<string, number>();
  for (const c of candidates) for (const k of c.keys) if (k[0] !== '#') df.set(k, (df.get(k) ?? 0) + 1);
  const central = new Set(
    [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k]) => k),
  );

  return candidates.map((c) => {
    let lead = c.rank === 0 ? 1.5 : 1 / (1 + 0.25 * c.rank); // the lead, then a slow decay
    let onTitle = 0;
    if (titleTotal > 0) {
      let shared = 0;
      for (const k of c.keys) shared += titleWeight.get(k) ?? 0;
      onTitle = Math.min(1, shared / titleTotal);
      if (shared === 0) lead /= 2; // a first sentence about something else is no lead
    }
    let score = lead + 0.8 * onTitle;
    const casualty = CASUALTY[lang].test(c.text);
    if (c.hasFigure) score += 0.3;
    if (casualty) score += 0.2;
    if (c.hasFigure && casualty) score += 0.3; // a toll: what Sitrep is read for
    if (central.size > 0) {
      let shared = 0;
      for (const k of c.keys) if (central.has(k)) shared++;
      score += (0.4 * shared) / central.size;
    }
    const first = c.text[0];
    if (first !== first.toUpperCase() || /^["“„«'‘]/.test(c.text)) score -= 0.15; // mid-quote or odd start
    if (DANGLING.test(c.text)) score -= 0.1;
    if (c.text.length < 60) score -= 0.1;
    if (c.text.length > 300) score -= 0.2;
    return { ...c, score };
  });
}

export function summarize(input: SummarizeInput, opts: SummarizeOptions = {}): string {
  const maxSentences = Math.max(1, opts.maxSentences ?? 3);
  const maxChars = Math.max(20, opts.maxChars ?? 600);
  const text = input.text ?? '';
  if (!text.trim()) return '';

  const { all, candidates, fallback } = articleSentences(text, input.lang, input.title);
  if (all.length === 1) return truncateAtWord(all[0].text, maxChars);
  if (candidates.length === 0) return fallback.length ? truncateAtWord(fallback[0], maxChars) : '';

  const scored = scoreCandidates(candidates, input.lang, input.title).sort((a, b) => b.score - a.score || a.rank - b.rank);
  const chosen: ScoredCandidate[] = [];
  let length = 0;
  for (const c of scored) {
    if (chosen.length >= maxSentences) break;
    const add = c.text.length + (chosen.length ? 1 : 0);
    if (length + add > maxChars) continue;
    if (chosen.some((d) => jaccard(d.keys, c.keys) > REDUNDANT)) continue;
    chosen.push(c);
    length += add;
  }
  if (chosen.length === 0) return truncateAtWord(scored[0].text, maxChars);
  return chosen
    .sort((a, b) => a.rank - b.rank)
    .map((c) => c.text)
    .join(' ');
}

/** `text` if it fits, else cut at the last space before `max` with an ellipsis; never mid-word. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  const head = cut > 0 ? text.slice(0, cut) : text.slice(0, max - 1);
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}
