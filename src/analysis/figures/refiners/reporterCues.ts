// Reporting cues the locale lexicons lack, found in news copy: verbs split by adverbs or an
// auxiliary ("sprach zuletzt von", "hatte zunächst … gemeldet", "fait également état de"), verbs
// that raise a toll ("eleva a", "porte à"), balance phrases ("según el último balance del") and
// German compounds ("nach UN-Angaben"). Matched on the lower-cased sentence.
import type { Lang } from '../../types.js';

export interface ExtraCues {
  /** the source follows: "según el último balance del ministerio" */
  before?: RegExp;
  /** the source precedes: "Der Zivilschutz hatte zunächst 40 Tote gemeldet" */
  said?: RegExp;
}

const W = String.raw`[\p{L}\p{N}.,'’-]+`;

export const EXTRA_CUES: Partial<Record<Lang, ExtraCues>> = {
  ar: {
    said: /(?<![\p{L}])(?:و|ف)?(?:تقول|يقول|يقولون|زعم|زعمت|ادعى|ادعت|تشير|يشير|تفيد|يفيد|تحدث|تحدثت)(?![\p{L}])/gu,
  },
  en: {
    before: /(?<![\p{L}])(?:(?:verified|confirmed|documented|recorded) (?:\p{L}+ ){0,2}by|according to (?:a |the |an )?(?:new |latest |updated |preliminary |provisional |official |initial )?(?:tally|toll|count|figures|report|death toll|casualty count) (?:by|from|of|compiled by|released by|issued by|given by)|citing)(?![\p{L}])/gu,
    said: /(?<![\p{L}])(?:put the (?:death |overall )?toll at|raised (?:the|its) (?:death )?toll to|revised (?:the|its) (?:death )?toll|(?:gave|given) a (?:death )?toll of|counts|counted|records|recorded|documented|tallied)(?![\p{L}])/gu,
  },
  de: {
    before: /(?<![\p{L}])(?:unter berufung auf|laut (?:einer |der )?(?:neuen |jüngsten |vorläufigen )?bilanz (?:des|der|von)|nach (?:einer )?(?:neuen |jüngsten )?zählung (?:des|der|von))(?![\p{L}])/gu,
    said: new RegExp(String.raw`(?<![\p{L}])(?:zählte[n]?|zählt|registrierte[n]?|verzeichnete[n]?|dokumentierte[n]?|sprach(?:en)? (?:${W} ){0,3}von|spricht (?:${W} ){0,3}von|hatten? (?:${W} ){0,8}(?:gemeldet|mitgeteilt|gesprochen|berichtet|angegeben|erklärt|beziffert)|behauptete[n]?|bezifferte[n]? (?:${W} ){0,4}auf|erhöht(?:e|en)? (?:${W} ){0,4}auf)(?![\p{L}])`, 'gu'),
  },
  fr: {
    before: /(?<![\p{L}])(?:citant|(?:vérifié|confirmé|recensé|documenté|enregistré)e?s? (?:\p{L}+ ){0,2}par|(?:bilan|chiffre|décompte) (?:\p{L}+ )?(?:communiqué|publié|fourni|établi|donné) (?:[\p{L}\p{N}]+ ){0,2}par|(?:d'après|selon) (?:un |le )?(?:nouveau |dernier |premier )?bilan (?:\p{L}+ )?(?:de la|du|des|de l'))(?![\p{L}])/gu,
    said: /(?<![\p{L}])(?:(?:avai(?:t|ent)|aurai(?:t|ent)) (?:\p{L}+ment )?(?:affirmé|indiqué|annoncé|déclaré|précisé|rapporté|signalé|dit|estimé|recensé|dénombré|confirmé|fait savoir|évoqué|reconnu)|(?:a|ont) (?:évoqué|reconnu|admis)|évoque(?:nt)?|reconnaît|reconnaissent|dénombrai(?:t|ent)|recensai(?:t|ent)|comptabilisai(?:t|ent)|faisai(?:t|ent) état|(?:fai(?:t|sait|saient|ait)|a fait|ont fait|avait fait) (?:\p{L}+ )?état (?:de|des|du|d['’])|avance(?:nt)? (?:un bilan|le chiffre)|porte(?:nt)? (?:le bilan )?à|relève(?:nt)? (?:le bilan )?à|a recensé|ont recensé|recense)(?![\p{L}])/gu,
  },
  es: {
    before: /(?<![\p{L}])(?:citando(?: a)?|(?:verificad|confirmad|documentad|registrad)[oa]s? (?:\p{L}+ ){0,2}por|según (?:el|la|un|una) (?:último |última |nuevo |nueva |más reciente |primer )?(?:balance|cifra|recuento|informe|conteo) (?:oficial |provisional |preliminar )?(?:del|de la|de los|de las|de)|de acuerdo con (?:el|la) (?:último |última )?(?:balance|recuento) (?:del|de la|de))(?![\p{L}])/gu,
    said: /(?<![\p{L}])(?:sostiene(?:n)?|sostuvo|sostuvieron|aseguran|asegura|aseguró|aseguraron|había(?:n)? (?:informado|dicho|señalado|afirmado|asegurado|indicado|cifrado)|eleva(?:n|ba)? a|elevó a|elevaron a|cifr(?:ó|a|aron|an) (?:[\p{L}\p{N}]+ ){0,3}en|hablan? de|habló de|hablaron de|había(?:n)? hablado de|hablaba(?:n)? de|contabiliz(?:ó|a|aron)|registr(?:ó|aron))(?![\p{L}])/gu,
  },
};

/** "nach UN-Angaben", "nach Regierungsangaben": the source is the first part of the compound. */
export const DE_COMPOUND = /(?<![\p{L}])(?:nach|laut) ([\p{L}]+)-?angaben(?![\p{L}])/giu;

export function cueMatches(re: RegExp, s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Words that date or set apart what a sentence tells: another day, an earlier toll, the war's start. */
const ELSEWHEN = /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|initial(?:ly)?|earlier|previous(?:ly)?|first reports|began|since|précédent|initialement|auparavant|depuis|zunächst|zuvor|vorher|seit|inicial(?:mente)?|anterior(?:mente)?|antes|desde|أولية|سابق|منذ|(?:19|20)\d\d)(?![\p{L}])/iu;

/** A sentence that names no source continues the report of the sentence before, unless it dates
 *  itself apart (another day, an earlier toll, the war's start). */
const CONTINUES = /^(?:among|of (?:the|those|them)|including|another|a further|further|in addition|besides|also|around|about|some|nearly|at least|more than|the (?:dead|wounded|injured|victims)|parmi|dont|en outre|par ailleurs|environ|au moins|plus de|près de|unter den|darunter|außerdem|zudem|weitere|mindestens|rund|etwa|mehr als|entre (?:los|las)|además|otros|otras|al menos|más de|unos|unas|cerca de|ومن بين|من بين|بينهم|كما|وأضاف|وأضافت|و?أصيب|و?قتل)(?![\p{L}])/iu;

/** German reported speech (Konjunktiv I/II): "108 Menschen seien verletzt worden". */
const REPORTED_DE = /(?<![\p{L}])(?:seien|sei|habe|hätten|wären)(?![\p{L}])/u;

export function continuesReport(text: string, lang?: Lang): boolean {
  const t = text.trim();
  if (ELSEWHEN.test(t)) return false;
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) words++;
  // a line of a few words with no such opening is a headline or crosshead, not a continuation
  if (CONTINUES.test(t)) return words >= 4;
  return lang === 'de' && words >= 4 && REPORTED_DE.test(t);
}
