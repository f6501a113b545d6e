// The last touch on a reporter name, once a source is resolved: an acronym the article spells out
// ("Iran Human Rights (IHR)" … "IHR said") becomes the name the article gives it, a descriptor
// before an acronym goes ("the rights group HRANA"), a possessive of a place that stands for the
// qualifier goes ("the city's Emergency Medicine Centre"), and a bracket the cut left open or
// half-closed is mended. Canonical names from the table are left as they are.
import type { Lang } from '../../types.js';
import { translateName } from '../reporters/translateName.js';
import { countryAdj, placesIn } from '../reporters/offices.js';

export type AcronymMap = Map<string, string>;

const LONG = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|for|the|and|on|in|de|des|du|la|le|les|pour|für|der|die|des|del|de la|y|et|und|\p{Lu}[\p{L}'’&-]*)){1,7}`;
const LONG_THEN_ACR = new RegExp(String.raw`(${LONG})\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)`, 'gu');
const ACR_THEN_LONG = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Lu}\p{N}&-]{1,7})\s*\((${LONG})\)`, 'gu');

/** Whether the acronym's letters are, in order, initials of the name's words (loosely: most of them). */
function initialsFit(acr: string, long: string): boolean {
  const initials = long.split(/[\s-]+/u).map((w) => w[0]?.toUpperCase() ?? '').join('');
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i >= Math.min(letters.length, 2) && initials[0] === letters[0];
}

/** The acronyms an article spells out: "Human Rights Activists News Agency (HRANA)". */
export function findAcronyms(text: string): AcronymMap {
  const out: AcronymMap = new Map();
  for (const re of [LONG_THEN_ACR, ACR_THEN_LONG]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const [acr, long] = re === LONG_THEN_ACR ? [m[2], m[1]] : [m[1], m[2]];
      // a sentence-initial "The" is no part of the name
      const name = long.replace(/^(?:The|Le|La|Les|Der|Die|Das|El|Los|Las)\s+/u, '').trim();
      if (!out.has(acr) && initialsFit(acr, name)) out.set(acr, name);
    }
  }
  return out;
}

const PLACE_POSSESSIVE = /^(?:the\s+)?(?:city|country|region|province|state|town|district|enclave|territory|area|island|capital|nation|kingdom|strip|governorate|county)['’]s\s+/iu;
/** Lower-case words before a closing acronym: "rights group HRANA", "agencia de activistas HRANA". */
const DESCRIPTOR_ACRONYM = /^(?:[\p{Ll}'’-]+\s+){1,4}(\p{Lu}[\p{Lu}\p{N}&-]{1,7})$/u;

/** Victims, not sources: a phrase that is only a group of people counted ("Zivilisten"). */
const FUNCTION_ONLY = /^(?:según|selon|laut|nach|according|d['’]après|bisher|wie|como|comme|as|(?:horas|días|minutos|semanas|heures|jours|stunden|tage|hours|days) (?:antes|después|más tarde|plus tôt|plus tard|auparavant|zuvor|später|earlier|later))$/iu;
const VICTIMS_ONLY = /^(?:civilians|civils|civiles|zivilisten|menschen|personnes|personas|people|soldiers|soldats|soldaten|soldados|children|enfants|kinder|niños|menores|combattants|combatientes|kämpfer|مدنيين|أشخاص)$/iu;
/** A reflexive or subject pronoun: the cut ran into a clause ("solo en X se", "… qu'elle"). */
const CLAUSE_WORD = /(?<![\p{L}'’])(?:se|s['’]|qu['’](?:il|elle|ils|elles|on)|sich|lo que|ce qui|ce que)(?![\p{L}])/iu;

/** A finite verb or a participle opening the phrase: the cut took a clause, not a name. */
const CLAUSE_EN = /(?<![\p{L}])(?:has|have|had|was|were|is|are|will|would|could)(?![\p{L}])|^(?:\p{Ll}+ed|been|being|having|many of|some of|most of)\s/u;
const CLAUSE_ROMANCE = /^(?:avoir|être|été|ayant|haber|sido|habiendo|tras|après|lors)\s/iu;
/** A determiner or preposition at the end: the name was cut off ("communiqué par le"). */
const OPEN_END = /\s(?:the|a|an|of|by|for|to|le|la|les|un|une|par|de|du|des|au|aux|der|die|das|den|dem|ein|eine|von|vom|el|los|las|del|por|para|al)$/iu;

const AR_CLAUSE = /(?:^|\s)(?:أن|أنه|أنها|إن|قد|حين|منذ|على|كان|كانت|بعد|قبل|التي|الذي|الذين|عن|إلى|حيث|فيما|بينما)(?:\s|$)/u;
const AR_CLAUSE_STRICT = /(?:^|\s)(?:أن|أنه|أنها|إن|قد|حين|منذ|كان|كانت|بعد|قبل|بينما|فيما|حيث)(?:\s|$)/u;
/** A count in the phrase: the cut took the report, not its source ("Sube a 18 la"). "M23" is a name. */
const HAS_COUNT = /(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/u;

/** A phrase the attribution reader cut out that names nobody: better no source than a wrong one. */
export function namesNobody(s: string, lang: Lang | undefined): boolean {
  s = s.trim();
  if (VICTIMS_ONLY.test(s) || FUNCTION_ONLY.test(s)) return true;
  // an Arabic conjunction or auxiliary: a clause ("بعد أن كان قد"), not a name
  if (AR_CLAUSE_STRICT.test(s)) return true;
  if (OPEN_END.test(s)) return true;
  if (HAS_COUNT.test(s.replace(/\s*\([^()]*\)$/u, ''))) return true;
  if (lang === 'en' && CLAUSE_EN.test(s.replace(/\s*\([^()]*\)$/u, ''))) return true;
  if ((lang === 'fr' || lang === 'es') && CLAUSE_ROMANCE.test(s)) return true;
  if (lang !== 'en' && CLAUSE_WORD.test(s)) return true;
  // German capitalises nouns: a name ends with one; a lower-case past-tense verb after it is the
  // clause the cut ran into ("Augenzeugen brannten")
  if (lang === 'de' && /^\p{Lu}\p{L}*\s+\p{Ll}\p{L}{2,}(?:ten|te)$/u.test(s.trim())) return true;
  return false;
}

export function tidyReporter(name: string, lang: Lang | undefined, acronyms: () => AcronymMap): string {
  // "par les chemins de fer", "coalition itself": the preposition or the emphasis is no part of a name;
  // "difundidas por familiares": the participle neither; "ein Arzt der Deutschen Presse-Agentur": the
  // agency told is the listener
  let s = name.trim().replace(/^\p{L}+(?:ad|id|é|ée|és|ées)[oa]?s? (?:por|par)\s+/iu, '').replace(/\s+(?:der|dem) (?:Deutschen Presse-Agentur|dpa|Nachrichtenagentur \p{L}+|Agentur \p{L}+|Sender \p{L}+|Zeitung \p{L}+)$/u, '').replace(/^(?:par|by|from|von|vom|por|de la|de l['’]|du|des|del)\s+(?:(?:les|le|la|l['’]|the|den|dem|der|el|los|las)\s*)?/iu, '').replace(/\s+(?:itself|themselves|himself|herself|lui-même|elle-même|eux-mêmes|selbst|mismo|misma)$/iu, '').replace(/\s+(?:based|drawn|compiled)$/u, '');
  if (namesNobody(s, lang)) return '';
  // "founder of the Aamin Ambulance service", "director of the nearby X hospital": English copy puts
  // the body first ("X director")
  // "an official of the X (CTS)", "a spokesman for the Islamist movement": the body and its acronym
  // first, the role after, as a person's name in brackets stays last
  const roleOf = /^(director|head|chief|founder|co-founder|president|chairman|member|commander|spokesman|spokeswoman|spokesperson|coordinator|manager|official|officer)s? (?:of|for|at|with) (?:the )?(?:nearby |local |main )?(\p{L}.+?)(\s*\([^()]+\))?$/u.exec(s);
  // a lower-case body after a speaker ("for the Islamist movement") is a body; after a title
  // ("chief of defence staff") it is part of the title
  const speaker = roleOf && (/^\p{Lu}/u.test(roleOf[2]) || /^(?:spokes|official|officer)/u.test(roleOf[1]));
  if (roleOf && speaker && lang === 'en') {
    const body = roleOf[2].replace(/\s+service$/u, '');
    const acronym = roleOf[3] && /^\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)$/u.test(roleOf[3]);
    s = acronym ? `${body}${roleOf[3]} ${roleOf[1]}` : `${body} ${roleOf[1]}${roleOf[3] ?? ''}`;
  }
  // "Iraq's semi-official High Commission": the country's adjective, without the status word
  s = s.replace(/\s*\b(?:semi-official|quasi-official|state-run|state-owned|government-run|official)\s+(?=\p{Lu})/u, ' ').trim();
  const poss = /^(\p{Lu}[\p{L}-]+)['’]s\s+(?=\p{L})/u.exec(s);
  if (poss) {
    const country = placesIn(poss[1], 'en').find((h) => h.level === 'country' && !h.adj);
    if (country) s = `${countryAdj(country.key)} ${s.slice(poss[0].length)}`;
  }
  // "IHR)" / "BLA) claimed responsibility": the close of a bracket opened before the cut
  const close = s.indexOf(')');
  if (close >= 0 && s.lastIndexOf('(', close) < 0) {
    const head = s.slice(0, close).trim();
    // "Minsa)", "Diresa) de Puno": an acronym some outlets write in lower case after the capital
    if (/^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(head) || /^\p{Lu}\p{Ll}{2,6}$/u.test(head)) s = head;
  }
  // "cifras de la Defensoría", "bilan du ministère", "Zahlen des Ministeriums": the body, not its figures
  s = s.replace(/^(?:(?:las |los |les |la |le |el |die |the )?(?:cifras|datos|recuento|conteo|balance|registros?|informe|chiffres|bilan|décompte|données|zahlen|angaben|bilanz|figures|count|tally|data)\s+(?:de la|de los|de las|del|de l['’]|des|du|de|der|des|of the|of|from the|from)\s+)/iu, '');
  s = s.replace(PLACE_POSSESSIVE, '');
  const d = DESCRIPTOR_ACRONYM.exec(s);
  if (d) s = d[1];
  // A person's name in another script, or an East Slavic name in French, German or Spanish
  // spelling, is not the name English copy (and the canonical form) gives: the office alone is.
  const br = /\s*\(([^()]+)\)$/u.exec(s);
  if (br && br.index > 0 && isPersonName(br[1]) && (/\p{Script=Arabic}/u.test(br[1]) || (lang !== undefined && lang !== 'en' && SLAVIC_NAME.test(br[1])))) s = s.slice(0, br.index);
  // a body named in the article's language that nothing else knew: its English name, if whole
  const en = translateName(s, lang);
  if (en) s = en;
  // Arabic words no glossary could read that carry a clause ("بعد أن كان قد") or are one word
  if (/\p{Script=Arabic}/u.test(s) && (AR_CLAUSE.test(s) || !/\s/u.test(s.trim()))) return '';
  // a lone generic head is a cut name ("Organization", "Agency")
  if (/^(?:Organization|Agency|Ministry|Centre|Committee|Office|Authority|Council|Network|Association|Union|Service)$/u.test(s)) return '';
  if (/^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(s) || /^\p{Lu}\p{Ll}{2,6}$/u.test(s)) {
    const long = acronyms().get(s);
    // the long form is given in the article's language; English copy's is the canonical one
    if (long && (lang === 'en' || lang === undefined)) return `${long} (${s})`;
    const en = long ? translateName(long, lang) : null;
    if (en) return en;
  }
  return s;
}

/** German spelling of an East Slavic name -> the English one: "Wjatscheslaw Gladkow" -> "Vyacheslav
 *  Gladkov". Only names with a German-transliteration mark are touched ("w", "tsch", "sch", "-ow"). */
const SLAVIC_DE = /(?:tsch|sch|ow$|ew$|ij$|ej$|j[aeou]|^Wj|^J[aeou]|w)/u;
const SLAVIC_END = /(?:ow|ew|ski|skij|enko|uk|owa|in|ina|ewa|itsch|ytsch)$/u;
/** Names whose German spelling is also the English one. */
const KEEP = new Set(['Klitschko']);
export function englishSlavic(w: string): string {
  if (KEEP.has(w) || !SLAVIC_DE.test(w) || !(SLAVIC_END.test(w) || /tsch|Wj|w$|sch|^J[aeou]|ej$/u.test(w))) return w;
  return w
    .replace(/schtsch/gu, 'shch')
    .replace(/tsch/gu, 'ch')
    .replace(/Tsch/gu, 'Ch')
    .replace(/sch/gu, 'sh')
    .replace(/Sch/gu, 'Sh')
    .replace(/^J(?=[aeou])/u, 'Y')
    .replace(/(?<=[aeiouy\p{Lu}])j|(?<=[bcdfghklmnprstvwz])j(?=[aeou])/giu, (m) => (m === 'J' ? 'Y' : 'y'))
    .replace(/W/gu, 'V')
    .replace(/w/gu, 'v')
    .replace(/ij$/u, 'iy')
    .replace(/ej$/u, 'ei');
}

const SLAVIC_NAME = /(?:(?:ov|ow|ev|ew|enko|tschuk|chuk|uk|ski|sky|skyi|skiy|skij|ova|owa|eva|ewa|itsch|ytsch|ych|ytch)(?:\s|$)|^(?:Oleh|Oleg|Vitali[jy]?|Witali[jy]?|Vitaly|Wjatscheslaw|Vyacheslav|Viatcheslav|Jewgeni[jy]?|Ievgu[ée]ni|Yevgen[iy]|Sergej|Serguei|Sergei|Sergey|Ihor|Igor|Wolodymyr|Volodymyr|Volodimir|Dmytro|Dmitri[jy]?|Mykola|Mykhailo|Andrij|Andriy|Serhij|Serhiy|Juri[jy]?|Yuri[jy]?|Iouri|Oleksandr|Oleksij|Oleksiy|Aleksandr|Alexandre|Wladimir|Vladimir|Vadym|Wadym|Pawlo|Pavlo|Roman|Maxim|Maksym|Iwan|Ivan|Anatolij|Anatoliy|Walerij|Valeriy|Walentyn|Jurij)\s)/u;
/** Two to five capitalised words, or Arabic script: a person, not an acronym or a body's name. */
function isPersonName(s: string): boolean {
  if (/\p{Script=Arabic}/u.test(s)) return s.trim().split(/\s+/u).length <= 5;
  return /^\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu)[- ])?\p{Lu}[\p{L}'’.-]+){1,4}$/u.test(s.trim());
}
