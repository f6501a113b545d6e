// Sources that point back: a bare head noun ("the ministry", "la oficina", "laut dem Ministerium",
// "الوزارة") is the most recent named source of that kind; fragments that name nobody ("en", "de",
// "that") are no source; a count repeated in the article (a headline's) takes the source the
// article gives it elsewhere.
import { memoized } from '../engine/memo.js';
import type { ParsedCandidate } from '../engine/parse.js';

const DET = String.raw`(?:the|its|this|that|le|la|les|l['’]|ce|cette|der|die|das|dem|den|des|diese[mnrs]?|el|los|las|lo|del|al|este|esta|dicho|dicha|same|même|mismo|misma|selben?|gleichen?)`;
const PREP = String.raw`(?:by|from|of|according to|selon|de|du|laut|von|vom|seitens|según|por|para)`;

/** Head nouns in five languages -> what the canonical English name of such a source contains. */
const HEADS: [RegExp, RegExp][] = [
  [/^(?:ministry|ministère|ministere|ministerium|ministeriums|ministerio|cartera|الوزارة|للوزارة|بالوزارة)$/iu, /ministry/i],
  [/^(?:minister|ministre|ministers|ministro|ministra|الوزير)$/iu, /minist/i],
  [/^(?:agency|agence|agentur|agencia|hilfswerk|hilfswerks|hilfsorganisation|الوكالة|للوكالة)$/iu, /agency|\bUN\b|OCHA|UNRWA|UNDP|MSF|Frontières|Borders|Red Cross|Red Crescent|UNHCR|UNICEF|WHO|IOM|WFP|news|state media|SANA|WAFA|NNA|SUNA|IRNA|TASS|Saba/],
  [/^(?:office|bureau|büro|büros|oficina|المكتب|للمكتب)$/iu, /office|OHCHR|OCHA/i],
  // a state's army, not a group named "… Liberation Army" or "Arakan Army"
  [/^(?:army|military|armée|armee|militär|militärs|ejército|الجيش|للجيش)$/iu, /(?<!liberation |arakan |independence |resistance |revolutionary |people's |kachin |ta'ang |karen |salvation |mahdi )(?:army|military|armed forces)|IDF|junta/i],
  [/^(?:police|polizei|policía|الشرطة|للشرطة)$/iu, /police/i],
  [/^(?:governor|gouverneur|gouverneurs|gobernador|gobernadora|المحافظ|الوالي)$/iu, /governor|والي|محافظ(?!ة)/iu],
  [/^(?:mayor|maire|bürgermeister|bürgermeisters|alcalde|alcaldesa)$/iu, /mayor/i],
  [/^(?:mission|misión|البعثة)$/iu, /mission|UNAMA|HRMMU|MONUSCO/i],
  [/^(?:organi[sz]ation|organisation|organización|المنظمة|للمنظمة)$/iu, /organi[sz]ation|WHO|IOM|\bUN\b|UNICEF|Committee|Network|Watch|Amnesty|MSF|Frontières|Borders|Red Cross|Red Crescent|ICRC|Observatory/],
  [/^(?:authorities|authority|autorités|behörde|behörden|autoridades|السلطات)$/iu, /authorit|administration|government|governor|ministry/i],
  [/^(?:administration|verwaltung|administración|الإدارة)$/iu, /administration/i],
  [/^(?:hospital|hôpital|krankenhaus|krankenhauses|klinik|المستشفى)$/iu, /hospital/i],
  [/^(?:government|gouvernement|regierung|gobierno|الحكومة)$/iu, /government|ministry/i],
  [/^(?:service|dienst|servicio|الخدمة)$/iu, /service/i],
  // "el organismo", "l'organisme": the body just named, whatever it is
  [/^(?:body|organismo|organisme|gremium|entidad|entité)$/iu, /./u],
  [/^(?:centre|center|zentrum|zentrums|centro|المركز|للمركز)$/iu, /cent(?:re|er)|zentrum|centro|مركز/i],
  [/^(?:group|groupe|gruppe|grupo|الجماعة|المجموعة)$/iu, /group|network|collective|Watch|Amnesty|Hamas|Houthis|Shabaab|State|Haram|JNIM|M23|Forces/],
];

const STRIP = new RegExp(String.raw`^(?:${PREP}\s+)?(?:${DET}\s*)?(?:${DET}\s+)?`, 'iu');

/** What the canonical name of the source a bare head noun points back to contains, or null. */
export function anaphoraHead(phrase: string): RegExp | null {
  const s = phrase.trim().replace(/[.,;:]+$/u, '').replace(STRIP, '').trim();
  if (!s || /\s/u.test(s)) return null;
  for (const [re, want] of HEADS) if (re.test(s)) return want;
  return null;
}

/** A source named earlier: the most recent one of that kind. */
export function sameSourceHit(want: RegExp, recent: readonly string[]): string | null {
  return recent.find((r) => want.test(r)) ?? null;
}

const STOP = new Set(
  `a an the of in on at to by for from with and or but that this it its as en de del des du la le les l un une y o et ou und oder der die das dem den dass zu im am von vom mit auf el los las lo al por para con que qui se sa son su sus ein eine einer einem einen über sobre sur dans avec à a au aux ha han hat ont was were is are est sont war ist في من إلى على عن أن إن ما مع قد
  initially earlier later meanwhile separately zunächst zuvor inzwischen später bisher demnach außerdem zudem dabei damals bereits nun jetzt initialement auparavant ensuite inicialmente luego después
  toll tolls initial earlier previous first preliminary bilan précédent premier provisoire bilanz erste vorherige balance anterior primer provisional cifra حصيلة أولية سابقة كانت وكانت وكان كان`.split(/\s+/u),
);

/** A phrase that names nobody: function words only, or no word of three letters. */
export const isJunkSource: (phrase: string) => boolean = memoized(isJunkSourceUncached);

function isJunkSourceUncached(phrase: string): boolean {
  // "be named for fear of reprisal": the tail of a relative clause, no name
  if (/^(?:be|been|being|to be|to)\s/iu.test(phrase.trim())) return true;
  // an acronym names somebody, dotted too ("U.N.", "U.S.")
  if (/(?<![\p{L}])(?:\p{Lu}{2,}(?![\p{L}])|(?:\p{Lu}\.){2,})/u.test(phrase)) return false;
  const words = phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0) return true;
  if (words.every((w) => STOP.has(w.replace(/^(?:l|d|qu)['’]/u, '')) || w.length < 2)) return true;
  return !words.some((w) => w.length >= 3 || /\p{Lu}{2}/u.test(w));
}

/** A count the article repeats with the same kind takes the source it is given elsewhere (a
 *  headline's count, told again in the body with its source). */
export function propagateToRepeats(cands: ParsedCandidate[]): void {
  const key = (c: ParsedCandidate) => `${c.kind}|${c.count}|${c.upper}|${c.who}|${c.unit}`;
  const by = new Map<string, string>();
  for (const c of cands) if (c.reporter && !by.has(key(c))) by.set(key(c), c.reporter);
  for (const c of cands) if (!c.reporter) c.reporter = by.get(key(c)) ?? null;
}
