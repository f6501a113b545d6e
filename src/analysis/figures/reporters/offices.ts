// Offices and bodies named generically in any of the five languages ("le gouverneur régional",
// "des Gesundheitsministeriums", "las autoridades sanitarias locales", "وزارة الصحة"), mapped to the
// English head that English copy uses, qualified by the place or country the phrase (or, failing
// that, its sentence or the article) gives: "<Place> Health Ministry", "<Place> regional governor",
// "<Country-adjective> Defence Ministry", "<City> mayor". A person named with the office is kept in
// brackets: "Odesa regional governor (Oleh Kiper)".
import places from '../../../../config/places.json' with { type: 'json' };
import { findMentions, PLACES } from '../../stories/gazetteer.js';
import type { Lang } from '../../types.js';
import { articleMemo } from '../engine/memo.js';

/** Where an office's qualifier comes from: a country (adjective: "Russian"), or a place below it. */
export type Level = 'country' | 'local' | 'any' | 'localpref';

interface Office {
  /** English head as English copy writes it after the qualifier. */
  head: string;
  re: RegExp;
  level: Level;
  /** A ministry-like body: title-cased head. */
}

const L = String.raw`[\p{L}\p{M}'’-]`;
const office = (head: string, level: Level, src: string): Office => ({ head, level, re: new RegExp(`(?<![\\p{L}\\p{M}])(?:${src})(?![\\p{L}\\p{M}])`, 'iu') });

/** Ordered: the more specific first. */
export const OFFICES: Office[] = [
  office('Health Ministry', 'any', String.raw`health ministry|ministry of (?:public )?health|health minist(?:er|ry)|minist[eè]re(?: ${L}+)? de la sant[ée](?: publique)?|ministre de la sant[ée]|gesundheitsminister${L}*|ministerio(?: ${L}+)? de (?:sanidad|salud)(?: p[úu]blica)?|ministr[oa] de (?:sanidad|salud)|وزارة الصحة|وزير الصحة|لوزارة الصحة|بوزارة الصحة`),
  office('Defence Ministry', 'country', String.raw`defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e minist(?:er|ry)|minist[eè]re(?: ${L}+)? de la d[ée]fense|minist[eè]re des arm[ée]es|ministre de la d[ée]fense|verteidigungsminister${L}*|ministerio(?: ${L}+)? de defensa|ministr[oa] de defensa|وزارة الدفاع|وزير الدفاع|لوزارة الدفاع`),
  office('Emergencies Ministry', 'country', String.raw`emergenc(?:y|ies) (?:situations )?ministry|ministry (?:of|for) emergenc(?:y|ies)(?: situations)?|minist[eè]re(?: ${L}+)? des (?:situations d['’])?urgences?|zivilschutzministerium${L}*|katastrophenschutzministerium${L}*|ministerio(?: ${L}+)? de (?:situaciones de )?emergencias?|وزارة (?:حالات )?الطوارئ`),
  office('judiciary', 'country', String.raw`judiciary|pouvoir judiciaire|autorit[ée] judiciaire|justizbeh[öo]rden?|poder judicial|autoridad judicial|السلطة القضائية`),
  office('Interior Ministry', 'country', String.raw`interior ministry|ministry of (?:the )?interior|interior minister|home ministry|minist[eè]re(?: ${L}+)? de l['’]int[ée]rieur|ministre de l['’]int[ée]rieur|innenminister${L}*|ministerio(?: ${L}+)? del interior|ministr[oa] del interior|وزارة الداخلية|وزير الداخلية|لوزارة الداخلية`),
  office('Foreign Ministry', 'country', String.raw`foreign ministry|ministry of foreign affairs|foreign minister|minist[eè]re(?: ${L}+)? des affaires [ée]trang[eè]res|ministre des affaires [ée]trang[eè]res|au[ßs]enminister${L}*|ministerio(?: ${L}+)? de (?:asuntos|relaciones) exteriores|canciller[íi]a|وزارة الخارجية|وزير الخارجية`),
  office('Information Ministry', 'country', String.raw`information ministry|ministry of information|information minister|minist[eè]re(?: ${L}+)? de l['’]information|ministre de l['’]information|informationsminister${L}*|ministerio(?: ${L}+)? de informaci[óo]n|ministr[oa] de informaci[óo]n|وزارة الإعلام|وزير الإعلام|وزارة الاعلام|وزير الاعلام`),
  office('local health authorities', 'local', String.raw`local health (?:authorities|officials)|autorit[ée]s sanitaires locales|(?:örtlichen?|lokalen?) gesundheitsbeh[öo]rden?|autoridades sanitarias locales|autoridades (?:locales )?de salud locales|السلطات الصحية المحلية`),
  office('health officials', 'any', String.raw`health officials|responsables (?:de la )?sant[ée]|gesundheitsbeamte[n]?|funcionarios (?:de salud|sanitarios)|مسؤولو الصحة|مسؤولين صحيين`),
  office('health authorities', 'any', String.raw`health (?:authorities|authority|department)|autorit[ée]s sanitaires|gesundheitsbeh[öo]rden?|autoridades sanitarias|autoridades de salud|السلطات الصحية`),
  office('regional prosecutor\'s office', 'local', String.raw`regional prosecutor['’]?s? office|parquet r[ée]gional|regionale[nr]? staatsanwaltschaft|gebietsstaatsanwaltschaft|fiscal[íi]a regional|النيابة الإقليمية`),
  office('State Prosecutor\'s Office', 'local', String.raw`state prosecutor['’]?s? office|state attorney general['’]?s office|fiscal[íi]a (?:general )?del estado|fiscal[íi]a estatal|procuradur[íi]a (?:general )?del estado`),
  office('Prosecutor General\'s Office', 'country', String.raw`prosecutor[- ]general['’]?s office|general prosecutor['’]?s office|attorney[- ]general['’]?s office|office of the (?:prosecutor|attorney) general|parquet g[ée]n[ée]ral|procureur g[ée]n[ée]ral|generalstaatsanwaltschaft|generalstaatsanwalt|fiscal[íi]a general(?: de la naci[óo]n| de la rep[úu]blica)?|procuradur[íi]a general|النيابة العامة|النائب العام|مكتب المدعي العام`),
  office('prosecutor\'s office', 'any', String.raw`prosecutor['’]?s? office|parquet|staatsanwaltschaft|fiscal[íi]a|النيابة`),
  office('regional military administration', 'local', String.raw`(?:regional|oblast) military administration|administration militaire r[ée]gionale|(?:regionale[nr]? |gebiets)?militärverwaltung|administraci[óo]n militar regional|الإدارة العسكرية الإقليمية`),
  office('regional administration', 'local', String.raw`regional administration|oblast administration|administration r[ée]gionale|regionalverwaltung|gebietsverwaltung|administraci[óo]n regional|الإدارة الإقليمية`),
  office('regional authorities', 'local', String.raw`regional authorities|autorit[ée]s r[ée]gionales|regionalbeh[öo]rden|regionale[nr]? beh[öo]rden|autoridades regionales|السلطات الإقليمية`),
  office('regional governor', 'local', String.raw`(?:regional |oblast |provincial |state )?gov(?:ernor|\.)|gouverneure?|(?:gebiets|regional|militär|provinz)?gouverneurs?|gobernador(?:a)?(?: regional| provincial)?|محافظ(?!ة)`),
  office('General Staff', 'country', String.raw`general staff|[ée]tat-major(?: g[ée]n[ée]ral)?|estado mayor(?: conjunto)?|generalstab|هيئة الأركان(?: العامة)?`),
  office('mayor', 'local', String.raw`mayor|maire|(?:ober)?bürgermeister(?:in|s)?|alcalde(?:sa)?|رئيس (?:ال)?بلدية`),
  office('local officials', 'local', String.raw`local officials|responsables locaux|[ée]lus locaux|(?:örtliche|lokale)n? (?:beamte|vertreter)n?|funcionarios locales|مسؤولون محليون|مسؤولين محليين`),
  office('local authorities', 'local', String.raw`local authorities|autorit[ée]s locales|(?:örtliche|lokale)n? beh[öo]rden|autoridades locales|السلطات المحلية`),
  office('security forces', 'country', String.raw`security forces|forces de s[ée]curit[ée]|sicherheitskr[äa]fte[n]?|fuerzas de seguridad|قوات الأمن`),
  office('authorities', 'country', String.raw`authorities|autorit[ée]s|beh[öo]rden|autoridades|السلطات`),
  office('officials', 'country', String.raw`officials|(?:des |les )?responsables|beamte[n]?|funcionarios|مسؤولون|مسؤولين`),
  office('forces', 'country', String.raw`forces|streitkr[äa]fte[n]?|fuerzas|القوات`),
  office('police', 'localpref', String.raw`(?:national )?police|polizei|polic[íi]a(?: nacional)?|الشرطة`),
  office('Chief Minister', 'local', String.raw`chief minister|ministre en chef|ministro principal|رئيس وزراء الإقليم|رئيس حكومة الإقليم|رئيس وزراء ولاية|رئيس حكومة ولاية`),
  office('Prime Minister', 'country', String.raw`prime minister|premier ministre|premierminister${L}*|primer ministro|primera ministra|رئيس الوزراء|رئيس الحكومة`),
  office('Presidency', 'country', String.raw`presidency|présidence|präsidialamt|präsidentenamt|presidencia|الرئاسة`),
  // a head of state named with the office ("President Hassan Sheikh Mohamud", "le président somalien")
  office('President', 'country', String.raw`president|pr[ée]sident|pr[äa]sident(?:in|en)?|presidente|presidenta|الرئيس`),
  office('government', 'country', String.raw`government|gouvernement|regierung|gobierno|régimen|régime|regime|الحكومة|النظام`),
];

/** Unnamed sources: "security sources", "une source sanitaire", "Krankenhausquellen", "مصدر أمني". */
export const SOURCES: [string, RegExp][] = [
  ['security sources', /(?<![\p{L}])(?:security sources|sources? (?:sécuritaires?|de sécurité)|sicherheitskreisen?|sicherheitsquellen|fuentes (?:de seguridad|securitarias)|مصادر أمنية)(?![\p{L}])/iu],
  ['security source', /(?<![\p{L}])(?:(?:a )?security source|(?:une )?source sécuritaire|(?:una )?fuente de seguridad|مصدر أمني)(?![\p{L}])/iu],
  ['hospital sources', /(?<![\p{L}])(?:hospital sources|sources hospitalières|krankenhausquellen|klinikquellen|fuentes hospitalarias|مصادر (?:في )?(?:ال)?مستشفى)(?![\p{L}])/iu],
  ['health sources', /(?<![\p{L}])(?:health sources|sources sanitaires|gesundheitskreisen|fuentes sanitarias|fuentes de salud|مصادر صحية)(?![\p{L}])/iu],
  ['medical sources', /(?<![\p{L}])(?:medical sources|sources médicales|medizinische[n]? quellen|medizinischen kreisen|fuentes médicas|مصادر طبية)(?![\p{L}])/iu],
  ['medical source', /(?<![\p{L}])(?:(?:a )?medical source|(?:une )?source médicale|(?:una )?fuente médica|مصدر طبي)(?![\p{L}])/iu],
  ['health source', /(?<![\p{L}])(?:(?:a )?health source|(?:une )?source sanitaire|(?:una )?fuente sanitaria|مصدر صحي)(?![\p{L}])/iu],
  ['local sources', /(?<![\p{L}])(?:local sources|sources locales|lokale[n]? quellen|örtliche[n]? quellen|fuentes locales|مصادر محلية)(?![\p{L}])/iu],
  ['military sources', /(?<![\p{L}])(?:military sources|sources militaires|militärkreisen|militärische[n]? quellen|fuentes militares|مصادر عسكرية)(?![\p{L}])/iu],
  ['military source', /(?<![\p{L}])(?:(?:a )?military source|(?:une )?source militaire|(?:una )?fuente militar|مصدر عسكري)(?![\p{L}])/iu],
];
const AGENCY = /(?<![\p{L}])(AFP|Reuters|AP|EFE|dpa|DPA|Anadolu|Xinhua|ANSA|Europa Press|Al Jazeera|الجزيرة|فرانس برس|رويترز)(?![\p{L}])/u;

/** An unnamed source: its English head, with the agency that cites it or the place it is in. */
export function sourceReporter(phrase: string, lang?: Lang): string | null {
  const hit = sourceMemo.get(phrase, lang ?? '*');
  return hit !== undefined ? hit : sourceMemo.set(phrase, sourceReporterUncached(phrase, lang), lang ?? '*');
}

function sourceReporterUncached(phrase: string, lang?: Lang): string | null {
  for (const [head, re] of SOURCES) {
    const m = re.exec(phrase);
    if (!m) continue;
    const ag = AGENCY.exec(phrase.slice(m.index + m[0].length));
    if (ag) return `${head} (${ag[1]})`;
    // the place such a source speaks from is written three ways ("medical source in Marib", "Marib
    // medical sources", "medical source (Marib)"); the story already says where: the head alone
    return head;
  }
  return null;
}

/** Capitals that stand for their governments ("Yerevan said", "nach Angaben aus Baku"). */
const CAPITALS: Record<string, string> = {
  kyiv: 'ukraine', kiev: 'ukraine', kiew: 'ukraine', moscow: 'russia', moscou: 'russia', moskau: 'russia', moscú: 'russia', 'موسكو': 'russia',
  yerevan: 'armenia', erevan: 'armenia', eriwan: 'armenia', ereván: 'armenia', 'يريفان': 'armenia', baku: 'azerbaijan', bakou: 'azerbaijan', bakú: 'azerbaijan', 'باكو': 'azerbaijan',
  damascus: 'syria', damas: 'syria', damaskus: 'syria', damasco: 'syria', 'دمشق': 'syria', beirut: 'lebanon', beyrouth: 'lebanon', 'بيروت': 'lebanon',
  tehran: 'iran', téhéran: 'iran', teheran: 'iran', teherán: 'iran', 'طهران': 'iran', khartoum: 'sudan', khartum: 'sudan', jartum: 'sudan', 'الخرطوم': 'sudan',
  kabul: 'afghanistan', kaboul: 'afghanistan', 'كابل': 'afghanistan', baghdad: 'iraq', bagdad: 'iraq', 'بغداد': 'iraq', kinshasa: 'drc', 'كينشاسا': 'drc',
  kigali: 'rwanda', mogadishu: 'somalia', mogadiscio: 'somalia', mogadiscio_: 'somalia', 'مقديشو': 'somalia', ankara: 'turkey', 'أنقرة': 'turkey', islamabad: 'pakistan', 'إسلام آباد': 'pakistan',
  'new delhi': 'india', 'nueva delhi': 'india', 'neu-delhi': 'india', beijing: 'china', pékin: 'china', peking: 'china', pekín: 'china', 'بكين': 'china',
  yaoundé: 'cameroon', yaounde: 'cameroon', jaunde: 'cameroon', nairobi: 'kenya', "n'djamena": 'chad', ndjamena: 'chad', juba: 'south-sudan', maputo: 'mozambique', bogotá: 'colombia', bogota: 'colombia',
  'port-au-prince': 'haiti', amman: 'jordan', riyadh: 'saudi-arabia', riyad: 'saudi-arabia', cairo: 'egypt', 'le caire': 'egypt', kairo: 'egypt', 'el cairo': 'egypt', 'القاهرة': 'egypt', tbilisi: 'georgia', minsk: 'belarus',
  naypyitaw: 'myanmar', naypyidaw: 'myanmar', dhaka: 'bangladesh', asmara: 'eritrea', kampala: 'uganda', bujumbura: 'burundi', bangui: 'car', 'الرياض': 'saudi-arabia', 'عمّان': 'jordan',
  caracas: 'venezuela', bamako: 'mali', ouagadougou: 'burkina-faso', niamey: 'niger', abuja: 'nigeria', 'addis ababa': 'ethiopia', 'addis-abeba': 'ethiopia', 'addis abeba': 'ethiopia',
};

/** "Yerevan" / "aus Baku" / "Moscou" -> "Armenian government"; else null. */
export function capitalReporter(phrase: string): string | null {
  const s = phrase.trim().toLowerCase().replace(/^(?:from|aus|de|depuis|desde|in|à|en|من)\s+/u, '').replace(/[.,;:]+$/u, '');
  const key = CAPITALS[s] ?? countryNamed(s);
  return key ? `${countryAdj(key)} government` : null;
}

let countryNames: Map<string, string> | null = null;
/** The country a bare name is ("Rusia", "Ukraine"), as a source: its government. */
function countryNamed(lower: string): string | undefined {
  if (!countryNames) {
    countryNames = new Map();
    for (const r of ROWS.values()) if (r.level === 'country') for (const n of r.names) countryNames.set(n.toLowerCase(), r.key);
  }
  return countryNames.get(lower);
}

/** A hospital named with its proper name: "El hospital Nasser de Jan Yunis" -> "Nasser Hospital". */
export function hospitalReporter(phrase: string): string | null {
  const hit = hospitalMemo.get(phrase);
  return hit !== undefined ? hit : hospitalMemo.set(phrase, hospitalReporterUncached(phrase));
}
const hospitalMemo = articleMemo<string | null>();

function hospitalReporterUncached(phrase: string): string | null {
  const m = /(?<![\p{L}])(?:[Hh]ospital|[Hh]ôpital|Krankenhaus|Klinik)\s+((?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*){0,2})/u.exec(phrase)
    ?? /((?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*){0,2})[\s-](?:[Hh]ospital|Krankenhaus|Klinik)(?![\p{L}])/u.exec(phrase);
  if (!m) return null;
  // not a place: "hospital in Kunduz" has no name
  const name = m[1].replace(/-$/u, '');
  if (placesIn(name).length > 0 || /^(?:The|In|Of|At|De|Du|Des|Von|Der|El|La)$/u.test(name.split(/\s+/u)[0])) return null;
  return `${name} Hospital`;
}

/** A spokesperson or other role of a body: "<body> (<Name>)". */
const ROLE = /(?<![\p{L}])(?:spokes(?:man|woman|person|people)|press (?:officer|secretary)|(?:le |la )?porte-parole|sprecher(?:in)?|portavoz|vocer[oa]|المتحدث(?:ة)? باسم|المتحدث(?:ة)?|الناطق(?:ة)? باسم|الناطق(?:ة)?)(?![\p{L}])/iu;

interface PlaceRow { key: string; level: string; in?: string; names: string[]; adj?: string[] }
const ROWS = new Map<string, PlaceRow>((places as unknown as { places: PlaceRow[] }).places.map((p) => [p.key, p]));

/** English adjectives of countries the place table gives no adjective for. */
const EXTRA_ADJ: Record<string, string> = { myanmar: 'Myanmar', armenia: 'Armenian', azerbaijan: 'Azerbaijani', georgia: 'Georgian', belarus: 'Belarusian' };

/** The English name of a place ("Charkiw" -> "Kharkiv"). */
export const placeName = (key: string): string => ROWS.get(key)?.names[0] ?? key;
/** The English adjective of a country ("russe" -> "Russian"), else its name. */
export const countryAdj = (key: string): string => {
  const r = ROWS.get(key);
  const adj = r?.adj?.[0];
  return EXTRA_ADJ[key] ?? (adj && /^\p{Lu}/u.test(adj) ? adj : r?.names[0] ?? key);
};

export interface PlaceHit {
  key: string;
  level: 'country' | 'region' | 'city';
  /** offset in the text searched */
  start: number;
  adj: boolean;
}

/** The places and country adjectives of a phrase (in order). */
const EXTRA_ADJ_RE: [RegExp, string][] = [
  [/(?<![\p{L}])(?:arm[ée]ni(?:an|en|enne|ens|ennes|o|a|os|as)|armenische[nrs]?|الأرمني(?:ة)?|الأرميني(?:ة)?)(?![\p{L}])/iu, 'armenia'],
  [/(?<![\p{L}])(?:azerbaijani|azerbaïdjanais(?:e|es)?|aserbaidschanische[nrs]?|azerbaiyan[oa]s?|الأذربيجاني(?:ة)?)(?![\p{L}])/iu, 'azerbaijan'],
];

// the reporter refiner asks about the same sentence and phrases again for every source it resolves
const placesMemo = articleMemo<PlaceHit[]>();
const officeMemo = articleMemo<OfficeParse | null>();
const sourceMemo = articleMemo<string | null>();

export function placesIn(text: string, lang?: Lang): PlaceHit[] {
  return placesMemo.get(text, lang ?? '*') ?? placesMemo.set(text, placesInUncached(text, lang), lang ?? '*');
}

function placesInUncached(text: string, lang?: Lang): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const [re, key] of EXTRA_ADJ_RE) {
    const m = re.exec(text);
    if (m) out.push({ key, level: 'country', start: m.index, adj: true });
  }
  for (const m of findMentions(text, lang)) {
    if (m.kind === 'actor') continue;
    const info = PLACES.get(m.key);
    if (!info) continue;
    out.push({ key: m.key, level: info.level, start: m.start, adj: m.kind === 'adj' });
  }
  return out;
}

/** The qualifier an office takes from a place: a country's adjective, else the place's name. */
/** Regions with ministries of their own (a de facto or federal government): a city's ministry there
 *  is the region's. Elsewhere it is the country's. */
const SELF_GOVERNED = new Set(['gaza', 'west-bank', 'darfur', 'north-darfur', 'tigray', 'amhara', 'oromia', 'afar', 'puntland', 'somaliland', 'jubaland', 'crimea', 'donetsk', 'luhansk', 'nagorno-karabakh', 'abkhazia', 'south-ossetia', 'idlib', 'khyber-pakhtunkhwa', 'balochistan', 'chechnya', 'kashmir']);

export function qualifierOf(hit: { key: string; level: string }, lv: Level): string | null {
  if (hit.level === 'country') return lv === 'local' ? null : countryAdj(hit.key);
  if (lv === 'localpref') return placeName(hit.key);
  if (lv === 'country') {
    const c = PLACES.get(hit.key)?.country;
    return c ? countryAdj(c) : null;
  }
  if (lv === 'any' && hit.level === 'city') {
    // a ministry is a country's or a region's, not a city's: "Khan Younis" -> Gaza, "Kharkiv" ->
    // Ukrainian; a region's only where the region governs itself ("Juliaca" -> Peruvian, not Puno)
    let cur = PLACES.get(hit.key)?.parent ?? null;
    for (let i = 0; cur && i < 6; i++) {
      const info = PLACES.get(cur);
      if (!info) break;
      if (info.level === 'region' && SELF_GOVERNED.has(cur)) return placeName(cur);
      if (info.level === 'country') return countryAdj(cur);
      cur = info.parent;
    }
    return null;
  }
  return placeName(hit.key);
}

export interface OfficeParse {
  head: string;
  level: Level;
  start: number;
  end: number;
}

export function findOffice(phrase: string): OfficeParse | null {
  const hit = officeMemo.get(phrase);
  return hit !== undefined ? hit : officeMemo.set(phrase, findOfficeUncached(phrase));
}

/** All offices as one alternation, one capturing group around each (in order): its leftmost match
 *  is the office the loop over OFFICES would pick (the earliest match, the first office on a tie),
 *  in one pass instead of one per office. */
let officeUnion: { re: RegExp; group: number[] } | null = null;
function unionOfOffices(): { re: RegExp; group: number[] } {
  if (officeUnion) return officeUnion;
  const group: number[] = [];
  let n = 1;
  for (const o of OFFICES) {
    group.push(n);
    // capturing groups of the office's own pattern come after its wrapper group
    n += 1 + (new RegExp(`${o.re.source}|`, 'u').exec('')!.length - 1);
  }
  const flags = new Set(OFFICES.map((o) => o.re.flags));
  if (flags.size !== 1) throw new Error('offices: one flag set expected');
  return (officeUnion = { re: new RegExp(OFFICES.map((o) => `(${o.re.source})`).join('|'), [...flags][0]), group });
}

function findOfficeUncached(phrase: string): OfficeParse | null {
  const { re, group } = unionOfOffices();
  const m = re.exec(phrase);
  if (!m) return null;
  const k = group.findIndex((g) => m[g] !== undefined);
  const o = OFFICES[k];
  return { head: o.head, level: o.level, start: m.index, end: m.index + m[0].length };
}

export const hasRole = (phrase: string) => ROLE.test(phrase);

/** A person's name: two to five capitalised words (Latin), or a span of Arabic words. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|al-\p{Lu}[\p{L}'’.-]*|el-\p{Lu}[\p{L}'’.-]*|(?:al|el|abu|bin|ibn|de|van|von|da|du|la|le|del|dos)$)/u;
const TITLES = /^(?:dr|mr|mrs|ms|gen|col|maj|capt|lt|sgt|brig|prof|sheikh|gov|mayor|spokesman|spokeswoman|spokesperson|general|colonel|major|captain|le|la|el|der|die|doktor|docteur|doctor|الدكتور|العميد|اللواء|العقيد|المقدم|السيد|الشيخ)\.?$/iu;

const AR_STOP = new Set('في من إلى على عن أن إن ما مع قد خلال الذي التي وقال وأضاف أمس اليوم'.split(' '));

/** The person named in `s` after `from` (a run of capitalised words), or null. */
export function personAfter(s: string, from: number): string | null {
  const rest = s.slice(from).replace(/^[\s,:()]+/u, '');
  const words = rest.split(/\s+/u);
  const out: string[] = [];
  for (const w0 of words) {
    const w = w0.replace(/[,;.)(]+$/u, '');
    if (out.length === 0 && TITLES.test(w)) continue;
    if (/\p{Script=Arabic}/u.test(w)) {
      // an Arabic name: not a word with the article first, no function word
      if (AR_STOP.has(w) || (out.length === 0 && /^(?:ال|وال|لل|و)/u.test(w))) break;
      out.push(w);
      if (out.length >= 4) break;
      continue;
    }
    if (!NAME_WORD.test(w) || w === '' || (out.length === 0 && !/^\p{Lu}/u.test(w))) break;
    out.push(w);
    if (w !== w0) break;
    if (out.length >= 5) break;
  }
  while (out.length && /^(?:al|el|abu|bin|ibn|de|van|von|da|du|la|le|del|dos)$/.test(out[out.length - 1])) out.pop();
  if (out.length === 0) return null;
  const latin = out.every((w) => !/\p{Script=Arabic}/u.test(w));
  if (latin && out.length < 2) return null;
  if (!latin && out.length < 2) return null;
  return out.join(' ');
}
