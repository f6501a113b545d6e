// Sources named without a subject or a verb of saying: official figures ("according to official
// figures", "nach offiziellen Angaben", "selon des chiffres officiels", "وفق أرقام رسمية") are the
// authorities', a side's figures ("nach ukrainischen Angaben", "según cifras rusas") that side's
// authorities. And two ways a source points back: a head noun inside a phrase the cut made too
// long ("By early afternoon the ministry"), a person's bare name ("nach Angaben Gladkows").
import type { Lang } from '../../types.js';
import { countryAdj, placesIn } from '../reporters/offices.js';
import { anaphoraHead } from './reporterAnaphora.js';
import { englishSlavic } from './reporterName.js';

export interface OfficialSource {
  /** sentence-relative offsets of the cue */
  pos: number;
  end: number;
  /** an English phrase the office reader understands: "authorities", "Ukrainian authorities" */
  phrase: string;
}

const OFFICIAL: Partial<Record<Lang, RegExp>> = {
  en: /(?<![\p{L}])(?:according to|citing|per|based on) (?:the )?(?:latest |preliminary |new )?(?:official|government) (?:figures|data|tallies|tally|toll|count|statistics|estimates)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:(?:selon|d['’]après) (?:des|les|un|le) (?:(?:derniers?|nouveaux?|premiers?) )?(?:chiffres|données|bilans?|sources|statistiques) officiel(?:le)?s?|de sources? officielles?)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:nach|laut) (?:(?:den )?(?:jüngsten |neuesten |ersten )?(?:offiziellen|amtlichen|behördlichen|staatlichen|regierungsamtlichen) (?:angaben|zahlen|statistiken)|behördenangaben|regierungsangaben|offiziellen angaben)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:(?:según|de acuerdo con) (?:las |los |el |un )?(?:(?:últimas?|últimos|nuevas?) )?(?:cifras|datos|balances?|fuentes|estadísticas) oficiales?|según fuentes oficiales)(?![\p{L}])/giu,
  ar: /(?:وفق|حسب|بحسب|وفقا ل|وفقاً ل|طبقا ل)\s?(?:ال)?(?:أرقام|إحصاءات|إحصائيات|حصيلة|بيانات|مصادر)\s(?:ال)?رسمية/gu,
};

/** "<adjective> figures": the adjective names the side. */
const SIDE: Partial<Record<Lang, RegExp>> = {
  en: /(?<![\p{L}])(?:according to|citing) (\p{Lu}\p{L}+) (?:official |government )?(?:figures|data|tallies|estimates|sources)(?![\p{L}])/gu,
  fr: /(?<![\p{L}])(?:selon|d['’]après) (?:des|les) (?:chiffres|sources|données|bilans) (\p{Ll}+)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:nach|laut) (\p{Ll}+) (?:angaben|zahlen)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:según|de acuerdo con) (?:las |los )?(?:cifras|fuentes|datos|balances) (\p{Ll}+)(?![\p{L}])/giu,
};

/** Cheap gate: none of the cues' words in the sentence. */
const GATE = /official|government|figures|sources|officiel|chiffres|données|angaben|eigenen|zahlen|oficial|cifras|fuentes|datos|رسمية/iu;

export function officialSources(sentence: string, lang: Lang | undefined): OfficialSource[] {
  if (!lang || !GATE.test(sentence)) return [];
  const out: OfficialSource[] = [];
  const re = OFFICIAL[lang];
  if (re) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      // "an AFP tally based on official figures": the tally's compiler is the source
      if (/^based on/iu.test(m[0]) && /(?:tally|count|toll|compilation|database)\s*,?\s*$/iu.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
      out.push({ pos: m.index, end: m.index + m[0].length, phrase: 'authorities' });
    }
  }
  // "Die Polizei nahm nach eigenen Angaben 40 Verdächtige fest": the subject gave the figure
  if (lang === 'de' && /eigenen angaben/iu.test(sentence)) {
    const own = /(?<![\p{L}])(?:nach eigenen Angaben|eigenen Angaben zufolge)(?![\p{L}])/iu.exec(sentence);
    const subj = own ? /^(?:(?:[Dd]er|[Dd]ie|[Dd]as)\s+)?(?:[\p{Ll}äöü]+(?:e|en|er|es)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:in|im|aus)\s+\p{Lu}[\p{L}-]*)?/u.exec(sentence) : null;
    if (own && subj) out.push({ pos: own.index, end: own.index + own[0].length, phrase: subj[0] });
  }
  const side = SIDE[lang];
  if (side) {
    side.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = side.exec(sentence))) {
      const hit = placesIn(m[1], lang).find((h) => h.level === 'country' && h.adj);
      if (hit && !out.some((o) => o.pos === m!.index)) out.push({ pos: m.index, end: m.index + m[0].length, phrase: `${countryAdj(hit.key)} authorities` });
    }
  }
  return out.sort((a, b) => a.pos - b.pos);
}

const DET_WORD = /^(?:the|its|this|le|la|les|l['’]|der|die|das|dem|den|des|el|los|las|del|al)$/iu;

/** A determiner and head noun inside a longer phrase ("… the ministry", "… الوزارة"), the last one. */
export function embeddedHead(phrase: string): RegExp | null {
  const words = phrase.split(/\s+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i].replace(/[.,;:]+$/u, '');
    if (/^(?:ال|لل|بال|وال)\p{Script=Arabic}+$/u.test(w)) {
      const h = anaphoraHead(w);
      if (h) return h;
      continue;
    }
    if (!DET_WORD.test(words[i - 1])) continue;
    const h = anaphoraHead(`${words[i - 1]} ${w}`);
    if (h) return h;
  }
  return null;
}

/** A recent source whose bracketed person the phrase names ("Gladkows", "Kyrylenko"). */
export function personOfRecent(phrase: string, recent: readonly string[]): string | null {
  const t = phrase.trim();
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.test(t)) return null;
  const last = t.split(/\s+/u).pop()!;
  // German genitive: "Gladkows" -> "Gladkow"
  const bare = last.replace(/['’]?s$/u, '');
  const forms = [last, bare, englishSlavic(bare)].filter((f) => f.length >= 3);
  for (const r of recent) {
    const person = /\(([^()]+)\)\s*$/u.exec(r)?.[1];
    if (!person) continue;
    const words = person.split(/\s+/u);
    if (forms.some((f) => words.includes(f))) return r;
  }
  return null;
}
