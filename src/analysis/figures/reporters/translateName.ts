// A body named in French, Spanish or German that neither the table nor the office reader knows
// ("Centre de médecine d'urgence", "colectivo de víctimas", "Rettungsdienst") -> the English name
// copy would give it ("Emergency Medicine Centre"), word by word from a small glossary of the
// words institutions are named with. Romance names put the head first and its complement after
// "de": the English order is the reverse. A name with a lower-case word the glossary lacks is left
// as written: half a translation is worse than none.
import { articleMemo } from '../engine/memo.js';
import type { Lang } from '../../types.js';
import { countryAdj, placeName, placesIn } from './offices.js';
import { ACTORS, findMentions, PLACES } from '../../stories/gazetteer.js';
import { findReporterMentions } from '../reporters.js';
import { tokenize } from '../../stories/normalize.js';

const ROMANCE: Record<string, string> = {
  // heads
  centre: 'Centre', centro: 'Centre', service: 'Service', services: 'Services', servicio: 'Service', servicios: 'Services',
  ministère: 'Ministry', ministerio: 'Ministry', bureau: 'Office', oficina: 'Office', agence: 'Agency', agencia: 'Agency',
  observatoire: 'Observatory', observatorio: 'Observatory', comité: 'Committee', commission: 'Commission', comisión: 'Commission',
  conseil: 'Council', consejo: 'Council', réseau: 'Network', red: 'Network', collectif: 'Collective', colectivo: 'Collective',
  association: 'Association', asociación: 'Association', ligue: 'League', liga: 'League', syndicat: 'Union', sindicato: 'Union',
  coordination: 'Coordination', coordinadora: 'Coordinator', plateforme: 'Platform', plataforma: 'Platform', fondation: 'Foundation',
  fundación: 'Foundation', institut: 'Institute', instituto: 'Institute', direction: 'Directorate', dirección: 'Directorate',
  département: 'Department', departamento: 'Department', unité: 'Unit', unidad: 'Unit', cellule: 'Cell', célula: 'Cell',
  hôpital: 'Hospital', hospital: 'Hospital', clinique: 'Clinic', clínica: 'Clinic', morgue: 'Morgue', tribunal: 'Court',
  'chemins-de-fer': 'Railways', ferrocarriles: 'Railways', 'croissant-rouge': 'Red Crescent', 'croix-rouge': 'Red Cross', 'media-luna-roja': 'Red Crescent', 'cruz-roja': 'Red Cross', armée: 'Army', ejército: 'Army',
  police: 'Police', policía: 'Police', gendarmerie: 'Gendarmerie', gouvernement: 'Government', gobierno: 'Government',
  autorités: 'Authorities', autoridades: 'Authorities', mairie: 'City Hall', alcaldía: 'City Hall', préfecture: 'Prefecture',
  prefectura: 'Prefecture', parquet: "Prosecutor's Office", fiscalía: "Prosecutor's Office", défenseur: 'Ombudsman', defensoría: "Ombudsman's Office",
  habitants: 'residents', vecinos: 'residents', résidents: 'residents', residentes: 'residents', témoins: 'witnesses', testigos: 'witnesses',
  sources: 'sources', fuentes: 'sources', responsables: 'officials', responsable: 'official', funcionarios: 'officials', funcionario: 'official',
  secouristes: 'rescuers', sauveteurs: 'rescuers', rescatistas: 'rescuers', socorristas: 'rescuers', médecins: 'doctors', médicos: 'doctors',
  militants: 'activists', activistas: 'activists', militantes: 'activists', proches: 'relatives', familiares: 'relatives',
  // complements and modifiers
  médecine: 'Medicine', medicina: 'Medicine', urgence: 'Emergency', urgences: 'Emergency', urgencia: 'Emergency', urgencias: 'Emergency',
  emergencia: 'Emergency', emergencias: 'Emergency', santé: 'Health', salud: 'Health', sanidad: 'Health', secours: 'Rescue', rescate: 'Rescue',
  protection: 'Protection', protección: 'Protection', civile: 'Civil', civil: 'Civil', défense: 'Defence', defensa: 'Defence',
  intérieur: 'Interior', interior: 'Interior', justice: 'Justice', justicia: 'Justice', victimes: 'Victims', víctimas: 'Victims',
  droits: 'Rights', derechos: 'Rights', homme: 'Human', humanos: 'Human', humains: 'Human', réfugiés: 'Refugees', refugiados: 'Refugees',
  migrations: 'Migration', migración: 'Migration', migrants: 'Migrants', migrantes: 'Migrants', déplacés: 'Displaced', desplazados: 'Displaced',
  légale: 'Legal', legal: 'Legal', médico: 'Medical', médical: 'Medical', médicale: 'Medical', sanitaire: 'Health', sanitaria: 'Health',
  sanitario: 'Health', humanitaire: 'Humanitarian', humanitaria: 'Humanitarian', humanitario: 'Humanitarian', nationale: 'National',
  national: 'National', nacional: 'National', régional: 'Regional', régionale: 'Regional', regional: 'Regional', local: 'local',
  locale: 'local', locaux: 'local', locales: 'local', provinciale: 'Provincial', provincial: 'Provincial', populaire: "People's", popular: "People's",
  presse: 'Press', prensa: 'Press', information: 'Information', información: 'Information', résistance: 'Resistance', resistencia: 'Resistance',
  paix: 'Peace', paz: 'Peace', sistema: 'System', système: 'System', seguridad: 'Security', sécurité: 'Security',
  pública: 'Public', público: 'Public', publique: 'Public', public: 'Public', secretaría: 'Department', secretaria: 'Department',
  colegio: 'Association', ordre: 'Association', pueblo: '', commissariat: 'Commission', haut: 'High', alto: 'High', alta: 'High',
  journalistes: 'Journalists', periodistas: 'Journalists', universidad: 'University', université: 'University', enfants: "Children's", niños: "Children's", femmes: "Women's", mujeres: "Women's", médias: 'Media', medios: 'Media',
  // people who speak for a body: the body's name first in English ("X spokesman", "X official")
  officier: 'officer', 'porte-parole': 'spokesman', portavoz: 'spokesman', vocero: 'spokesman', vocera: 'spokeswoman',
  ministre: 'Minister', ministro: 'Minister', ministra: 'Minister', directeur: 'director', directrice: 'director', director: 'director', directora: 'director',
  gouverneur: 'Governor', gobernador: 'Governor', gobernadora: 'Governor', gobernación: "Governor's Office", maire: 'Mayor', alcalde: 'Mayor', alcaldesa: 'Mayor',
  commandant: 'commander', comandante: 'commander', chef: 'chief', jefe: 'chief', jefa: 'chief', envoyé: 'envoy', émissaire: 'envoy', enviado: 'envoy',
  mouvement: 'Movement', movimiento: 'Movement', islamiste: 'Islamist', islamista: 'Islamist', gabinete: 'Cabinet',
  'contre-terrorisme': 'Counter Terrorism', antiterroriste: 'Counter Terrorism', antiterrorismo: 'Counter Terrorism', antiterrorista: 'Counter Terrorism',
};
// possessives too: "sus familiares", "ses proches" are the relatives of the victims the text is about
const ROMANCE_STOP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'el', 'los', 'las', 'del', 'y', 'et', 'pour', 'para', 'aux', 'au', 'à', 'a', 'en', 'sus', 'su', 'ses', 'leurs', 'leur', 'un', 'une', 'uno', 'una']);

const GERMAN: [RegExp, string][] = [
  [/^zivilschutz(?:es)?$/u, 'Civil Defence'], [/^katastrophenschutz(?:es)?$/u, 'Emergency Service'], [/^rettungsdienst(?:es|s)?$/u, 'Emergency Service'],
  [/^rettungskräfte(?:n)?$/u, 'rescuers'], [/^rettungsdienste(?:n)?$/u, 'emergency services'], [/^sanitäter(?:n)?$/u, 'paramedics'],
  [/^augenzeugen$/u, 'witnesses'], [/^augenzeug(?:e|in)$/u, 'eyewitness'], [/^arzt$|^ärztin$/u, 'doctor'], [/^anwohner(?:n)?$/u, 'residents'], [/^bewohner(?:n)?$/u, 'residents'], [/^helfer(?:n)?$/u, 'aid workers'],
  [/^armee$/u, 'army'], [/^militär(?:s)?$/u, 'military'], [/^polizei$/u, 'police'], [/^regierung$/u, 'government'],
  [/^aktivisten$/u, 'activists'], [/^rothalbmond$/u, 'Red Crescent'], [/^rotkreuz$/u, 'Red Cross'], [/^ärzte(?:n)?$/u, 'doctors'], [/^krankenhaus(?:es)?$/u, 'Hospital'], [/^klinik(?:en)?$/u, 'Clinic'],
  [/^vertreter(?:in)?$/u, 'official'], [/^leiter(?:in)?$/u, 'head'], [/^militärsprecher(?:s)?$/u, 'military spokesman'], [/^armeesprecher(?:s)?$/u, 'army spokesman'], [/^polizeisprecher(?:s)?$/u, 'police spokesman'],
  [/^widerstandsgruppen$/u, 'resistance groups'], [/^menschenrechtsgruppen?$/u, 'rights group'], [/^menschenrechtler(?:n)?$/u, 'rights activists'],
];
const GERMAN_ADJ: Record<string, string> = { örtlich: 'local', lokal: 'local', regional: 'regional', staatlich: 'state', zuständig: '' };

function titleFor(words: string[]): string {
  return words.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The English name of an institution phrase, or null when it cannot be translated whole. */
export function translateName(name: string, lang: Lang | undefined): string | null {
  // (perf) the same source names recur within an article and across articles
  const hit = translated.get(name, lang ?? '*');
  return hit !== undefined ? hit : translated.set(name, translateNameUncached(name, lang), lang ?? '*');
}
const translated = articleMemo<string | null>();

function translateNameUncached(name: string, lang: Lang | undefined): string | null {
  if (lang === 'fr' || lang === 'es') return translateRomance(name, lang);
  if (lang === 'de') return translateGerman(name);
  if (lang === 'ar' || /\p{Script=Arabic}/u.test(name)) return translateArabic(name);
  return null;
}

// Arabic names an institution head first, then its complements (idafa) and adjectives, each
// following what it qualifies: "وزارة الصحة الفلسطينية" = ministry / health / Palestinian. English
// reads the same words backwards: "Palestinian Health Ministry". Keys are folded (no "al-", one alef,
// final ta marbuta as ha) so the spellings outlets use all meet. '' drops a word English copy leaves
// out ("تنسيقية لجان المقاومة" is "the Resistance Committees").
const ARABIC: Record<string, string> = {
  وزاره: 'Ministry', وزير: 'Minister', وزيره: 'Minister', حكومه: 'Government', حكومي: 'Government', حكوميه: 'Government',
  شرطه: 'Police', جيش: 'Army', قوات: 'Forces', قوه: 'Force', مديريه: 'Directorate', دائره: 'Department', مكتب: 'Office',
  هيئه: 'Authority', مركز: 'Centre', مستشفي: 'Hospital', مستشفيات: 'Hospitals', منظمه: 'Organization', لجنه: 'Committee',
  لجان: 'Committees', مجلس: 'Council', جهاز: 'Service', دفاع: 'Defence', مدني: 'Civil', هلال: 'Crescent', احمر: 'Red',
  صليب: 'Cross', مرصد: 'Observatory', شبكه: 'Network', وكاله: 'Agency', انباء: 'News', تلفزيون: 'Television', قناه: 'Channel',
  اعلام: 'Media', خليه: 'Cell', قياده: 'Command', عمليات: 'Operations', مشتركه: 'Joint', امن: 'Security', امنيه: 'Security',
  امني: 'Security', داخليه: 'Interior', صحه: 'Health', صحيه: 'Health', صحي: 'Health', خارجيه: 'Foreign', عدل: 'Justice',
  هجره: 'Migration', مهجرين: 'Displacement', مهجرون: 'Displacement', لاجئين: 'Refugees', اغاثه: 'Relief', طوارئ: 'Emergency',
  طب: 'Medicine', اسعاف: 'Ambulance', حقوق: 'Rights', انسان: 'Human', سلطات: 'authorities', سلطه: 'Authority',
  محافظه: 'Governorate', محافظ: 'Governor', ولايه: 'State', اقليم: 'Region', بلديه: 'Municipality', بلديات: 'Municipalities', رئاسه: 'Presidency',
  مقاومه: 'Resistance', تنسيقيه: '', متحدث: 'spokesman', ناطق: 'spokesman', مصدر: 'source', مصادر: 'sources', طبيه: 'Medical',
  طبي: 'Medical', طبيه_: 'Medical', محليه: 'local', محلي: 'local', محليون: 'local', وطنيه: 'National', وطني: 'National',
  عامه: 'General', عام: 'General', مفوضيه: 'Commission', سامي: 'High', ساميه: 'High', دوليه: 'International', دولي: 'International',
  عسكري: 'military', عسكريه: 'military', نيابه: 'Prosecution', قضاء: 'Judiciary', قضائيه: 'Judicial', حركه: 'Movement',
  اداره: 'Administration', ذاتيه: 'Autonomous', ناشطين: 'activists', ناشطون: 'activists', شهود: 'witnesses', عيان: '',
  سكان: 'residents', اهالي: 'residents', مسعفين: 'paramedics', مسعفون: 'paramedics', اطباء: 'doctors', رابطه: 'Association',
  جمعيه: 'Society', نقابه: 'Union', اتحاد: 'Union', مجموعه: 'Group', فريق: 'Team', غرفه: 'Room', استجابه: 'Response',
  مسؤول: 'official', مسؤولون: 'officials', مسؤولين: 'officials', مسؤوله: 'official', مسئول: 'official', مسئولين: 'officials',
  ادله: 'Evidence', جنائيه: 'Forensic', اعمار: 'Reconstruction', تحالف: 'Coalition', ائتلاف: 'Coalition', جبهه: 'Front',
  فصائل: 'factions', معارضه: 'opposition', حرس: 'Guard', ثوري: 'Revolutionary', رئيس: 'head', مدير: 'director', ناطقه: 'spokeswoman',
  متحدثه: 'spokeswoman', دعم: 'Support', سريع: 'Rapid', انقاذ: 'Rescue', ادعاء: 'Prosecution', حمايه: 'Protection', مدنيه: 'Civil',
  طفوله: 'Childhood', اطفال: 'Children', امم: 'Nations', متحده: 'United', برنامج: 'Programme', اغذيه: 'Food', عالمي: 'World',
  عليا: 'High', علي: 'High', والي: 'Governor', جمعيه_: 'Society', بعثه: 'Mission', ميداني: 'Field', ميدانيه: 'Field', شعبي: 'Popular', شعبيه: 'Popular', حشد: 'Mobilization',
  كتائب: 'Brigades', سرايا: 'Brigades', اسري: 'Prisoners', معتقلين: 'Detainees', شؤون: 'Affairs', بيت: 'House', ابيض: 'White',
  خوذ: 'Helmets', بيضاء: 'White', دفاعات: 'Defences', بحريه: 'Navy', جويه: 'Air', قوي: 'Forces', مسلحه: 'Armed', نظاميه: 'Regular',
  // one English word for a two-word Arabic complement, joined before the words are read
  مكافحة_الارهاب: 'Counter Terrorism', ردع: 'Deterrence', مركزيه: 'Central', رصد: 'Monitoring', فرق: 'teams',
};
/** Up to three words to the end: a person's name. */
const ARABIC_NAME_TAIL = /^\S+(?:\s+\S+){0,2}$/u;
/** Words that join the parts of a name and stay out of the English one ("المتحدث باسم الجيش"). */
const ARABIC_SKIP = new Set(['باسم', 'التابعه', 'التابع', 'لدي', 'عن', 'من', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'وسط']);
const foldArabic = (w: string) =>
  w
    .replace(/[\u064B-\u0652\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ة$/u, 'ه')
    .replace(/ى$/u, 'ي');

function arabicWord(w: string): string | undefined {
  const f = foldArabic(w);
  for (const cand of [f, f.replace(/^ال/u, ''), f.replace(/^لل/u, ''), f.replace(/^(?:و|ب|ل)ال/u, ''), f.replace(/^(?:و|ب|ل)/u, '')]) {
    if (cand.length >= 2 && ARABIC[cand] !== undefined) return ARABIC[cand];
  }
  return undefined;
}

function translateArabic(name: string): string | null {
  // "مصدر في شرطة كركوك", "ضابط في جهاز …": a source, officer or official inside a body cites that
  // body; "… لوكالة فرانس برس", "… لـ«…»": the agency told is the listener, not the source
  const bare = name
    .replace(/^(?:[وف]?(?:مصدر|مصادر|ضابط|مسؤول|مسئول|عنصر|قائد|طبيب|مراسل)(?:\s+\S+)?\s+(?:في|من|ب|داخل)\s+)/u, '')
    .replace(/\s+(?:لوكال[ةه]|لـ|ل(?=[«"“\s]|$)).*$/u, '')
    .replace(/مكافحة\s+الإرهاب|مكافحة\s+الارهاب/gu, 'مكافحة_الارهاب');
  // places and known actors first (they may span words: "شمال دارفور", "الدفاع المدني السوري")
  const tokens = tokenize(bare);
  const named: string[] = [];
  let namedPlace = false;
  let rest = '';
  let at = 0;
  for (const m of findMentions(bare, 'ar', tokens)) {
    const last = tokens[m.at + m.len - 1];
    rest += bare.slice(at, m.start) + ' ';
    at = last.start + last.raw.length;
    // "والي ولاية هطاي جنوبي تركيا": the place named most narrowly qualifies the office; the country
    // after a locator ("southern Turkey") only says where that place is
    if (m.kind !== 'actor' && PLACES.get(m.key)?.level === 'country' && namedPlace) continue;
    if (m.kind === 'place' && PLACES.get(m.key)?.level !== 'country') namedPlace = true;
    const nm = m.kind === 'adj' || PLACES.get(m.key)?.level === 'country' ? countryAdj(m.key) : m.kind === 'actor' ? (ACTORS.get(m.key)?.name ?? m.key) : placeName(m.key);
    if (!named.includes(nm)) named.push(nm);
  }
  rest += bare.slice(at);
  const units: string[] = [];
  let forAt = -1;
  let known = named.length;
  for (const raw of rest.split(/\s+/u).filter(Boolean)) {
    const w = raw.replace(/^[«"“(]+|[»"”).,،:]+$/gu, '');
    if (!w) continue;
    const f = foldArabic(w);
    if (f === 'في' || f === 'و' || ARABIC_SKIP.has(f)) continue;
    const g = arabicWord(w);
    // a person's name after a known office ("والي هطاي رحمي دوغان"): left out, as Arabic-script names are
    if (g === undefined) {
      // (a name's first word has no article and no "and": "والتنمية الريفية" is half a name)
      if (known > 0 && units.length > 0 && !/^(?:ال|و)/u.test(f) && ARABIC_NAME_TAIL.test(rest.slice(rest.indexOf(raw)).trim())) break;
      return null;
    }
    known++;
    if (g === '') continue;
    // "والي ولاية": the governor of a province is the province's governor
    if (g === 'State' && units[units.length - 1] === 'Governor') continue;
    // "والمهجرين": a second complement joined by "and" reads "Migration and Displacement"
    if (/^و/u.test(f) && !ARABIC[f.replace(/^ال/u, '')] && units.length) units[units.length - 1] += ` and ${g}`;
    else {
      // "المفوضية العليا لحقوق الإنسان": a complement opened by "li-" is English "for …"
      if (forAt < 0 && units.length && /^لل|^ل(?!ل)/u.test(f) && !ARABIC[f]) forAt = units.length;
      units.push(g);
    }
  }
  if (known === 0 || (units.length === 0 && named.length === 0)) return null;
  // a complement joined by "and": "Ministry of Migration and Displacement"; in a longer name
  // English copy keeps the first ("Emergency Medicine Centre" for "…الطوارئ والدعم")
  const joined = units.findIndex((u) => u.includes(' and '));
  let en: string;
  if (forAt > 0) en = titleFor([...named, ...units.slice(0, forAt).reverse(), 'for', ...units.slice(forAt).reverse()]);
  else if (joined === 1 && units.length === 2) en = titleFor([...named, `${units[0]} of ${units[1]}`]);
  else {
    if (joined > 0) units[joined] = units[joined].replace(/ and .*$/u, '');
    en = titleFor([...named, ...units.reverse()]);
  }
  // the English words may name a body the table knows ("IDF" -> its canonical name)
  const m = findReporterMentions(en, undefined, 'en')[0];
  return m && m.start === 0 && m.end >= en.length - 1 ? m.name : en || null;
}

/** A Romance function word or a letter English lacks: the name is written in the article's language. */
const ROMANCE_MARK = /(?:^|\s)(?:(?:de|du|des|del|la|le|les|el|los|las)(?=\s)|d['’]|l['’])|[àâçéèêëîïôûùüÿñáíóú]/iu;
/** A glossary word that is not also the English word ("habitants", "croissant-rouge"; not "service"). */
const foreignWord = (t: string) => {
  const l = t.toLowerCase();
  const g = ROMANCE[l];
  return g !== undefined && g.toLowerCase() !== l;
};

function translateRomance(name: string, lang: Lang): string | null {
  if (!ROMANCE_MARK.test(name) && !name.split(/\s+/u).some(foreignWord)) return null;
  // "jefe del Gabinete (Alberto Otárola)": the person in brackets stays as written, after the office
  const bracket = /^(.+?)\s*(\([^()]+\))$/u.exec(name);
  if (bracket) {
    // "Médecins Sans Frontières (MSF)": a proper name with its acronym is that body's own name
    if (/^(?:\p{Lu}[\p{L}'’-]*\s*)+$/u.test(bracket[1])) return null;
    const office = translateRomance(bracket[1], lang);
    if (!office) return null;
    // an acronym names the body, which comes before a speaker's role: "X Service (CTS) official"
    const role = / (official|officer|spokesman|spokeswoman|director|chief|commander|envoy)$/u.exec(office);
    return role && /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,7}\)$/u.test(bracket[2]) ? `${office.slice(0, role.index)} ${bracket[2]} ${role[1]}` : `${office} ${bracket[2]}`;
  }
  const tokens = name
    .replace(/media luna roja/giu, 'media-luna-roja')
    .replace(/cruz roja/giu, 'cruz-roja')
    .replace(/chemins? de fer/giu, 'chemins-de-fer')
    .replace(/[’']/gu, "' ")
    .split(/\s+/u)
    .filter(Boolean);
  // segments split at "de/du/des/del": head segment first, complements after
  const segs: string[][] = [[]];
  let known = 0;
  const places: string[] = [];
  let lastWasName = false;
  for (const t0 of tokens) {
    const t = t0.replace(/'$/u, '');
    const wasName = lastWasName;
    lastWasName = false;
    const l = t.toLowerCase();
    if (ROMANCE_STOP.has(l)) {
      if (/^(?:de|du|des|d|del)$/u.test(l) && segs[segs.length - 1].length) segs.push([]);
      continue;
    }
    const g = ROMANCE[l];
    if (g !== undefined) {
      known++;
      segs[segs.length - 1].push(g);
      continue;
    }
    const pl = placesIn(t, lang)[0];
    if (pl) {
      places.push(pl.adj || pl.level === 'country' ? countryAdj(pl.key) : placeName(pl.key));
      continue;
    }
    // a proper name stays as written, its words together ("Wad Madani"); an unknown common word
    // stops the translation
    if (/^\p{Lu}/u.test(t)) {
      const seg = segs[segs.length - 1];
      if (seg.length && wasName) seg[seg.length - 1] += ` ${t}`;
      else seg.push(t);
      lastWasName = true;
      continue;
    } else return null;
  }
  if (known === 0) return null;
  // Romance order: an adjective follows its noun ("médecine d'urgence" = emergency medicine):
  // inside a segment the head is first; English puts modifiers first
  // the head's own adjectives lead in English, then its complements, then the head: "Sistema
  // Nacional de Seguridad Pública" -> National + Public Security + System
  const [head, ...comps] = segs.filter((x) => x.length);
  if (!head) return null;
  const en = comps.map((x) => (x.length > 1 ? [...x.slice(1), x[0]] : x)).reverse().flat();
  const out = titleFor([...places, ...head.slice(1), ...en, head[0]]);
  return out || null;
}

// German builds a body's name as one compound, the head last ("Menschenrechtskommission" = human
// rights + commission), and names a complement after "für" ("Zentrum für Notfallmedizin"): English
// puts the complement first ("Emergency Medicine Centre"). A compound is read as known parts only.
const DE_HEADS: [string, string][] = [
  ['kommission', 'Commission'], ['büro', 'Bureau'], ['zentrum', 'Centre'], ['behörde', 'Authority'], ['behörden', 'Authorities'],
  ['amt', 'Office'], ['medizin', 'Medicine'], ['verwaltung', 'Administration'], ['dienst', 'Service'], ['dienste', 'Services'],
  ['gewerkschaft', 'Union'], ['verband', 'Association'], ['hilfswerk', 'Agency'], ['ministerium', 'Ministry'], ['rat', 'Council'],
  ['komitee', 'Committee'], ['ausschuss', 'Committee'], ['netzwerk', 'Network'], ['organisation', 'Organization'], ['agentur', 'Agency'],
  ['bahn', 'Railways'], ['bahnen', 'Railways'], ['krankenhaus', 'Hospital'], ['klinik', 'Clinic'], ['polizei', 'Police'], ['armee', 'Army'],
  ['streitkräfte', 'Armed Forces'], ['schutz', 'Protection'], ['beobachtungsstelle', 'Observatory'], ['stelle', 'Office'],
];
const DE_PARTS: [string, string][] = [
  ['menschenrechts', 'Human Rights'], ['gesundheits', 'Health'], ['notfall', 'Emergency'], ['katastrophen', 'Disaster'], ['flüchtlings', 'Refugee'],
  ['kinder', "Children's"], ['kinderhilfs', "Children's"], ['journalisten', 'Journalists'], ['präsidial', 'Presidential'], ['regional', 'Regional'],
  ['zivil', 'Civil'], ['medien', 'Media'], ['eisen', ''], ['not', 'Emergency'], ['rettungs', 'Rescue'], ['innen', 'Interior'], ['verteidigungs', 'Defence'],
  ['sicherheits', 'Security'], ['staats', 'State'], ['landes', 'State'], ['gebiets', 'Regional'], ['militär', 'Military'], ['migrations', 'Migration'],
  ['welt', 'World'], ['ernährungs', 'Food'], ['entwicklungs', 'Development'], ['hilfs', 'Aid'], ['opfer', 'Victims'], ['kriegs', 'War'],
];
const DE_ENDINGS = /(?:es|s|en|n|e)$/u;

/** A German word as known compound parts ("Menschenrechtskommission" -> "Human Rights Commission"). */
function germanCompound(w: string): string | null {
  const l = w.toLowerCase();
  for (const bare of [l, l.replace(DE_ENDINGS, '')]) {
    for (const [head, en] of DE_HEADS) {
      if (!bare.endsWith(head)) continue;
      const pre = bare.slice(0, bare.length - head.length);
      if (!pre) return en;
      const part = DE_PARTS.find(([p]) => p === pre) ?? DE_PARTS.find(([p]) => pre.startsWith(p) && DE_PARTS.some(([q]) => q === pre.slice(p.length)));
      if (!part) continue;
      if (part[0] === pre) return titleFor([part[1], en]);
      const second = DE_PARTS.find(([q]) => q === pre.slice(part[0].length))!;
      return titleFor([part[1], second[1], en]);
    }
  }
  return null;
}

function translateGerman(name: string): string | null {
  // "Zentrum für Notfallmedizin", "Beobachtungsstelle für Menschenrechte": complement first in English
  const fuer = /^(.+?)\s+für\s+(.+)$/u.exec(name) ?? /^(\S+)\s+(?:des|der)\s+(.+)$/u.exec(name);
  if (fuer) {
    const head = translateGerman(fuer[1]);
    const comp = translateGerman(fuer[2]) ?? germanCompound(fuer[2].trim());
    return head && comp ? titleFor([comp, head]) : null;
  }
  const tokens = name
    .replace(/(?<![\p{L}])rote[nrs]?\s+halbmond(?:e?s)?(?![\p{L}])/giu, 'Rothalbmond')
    .replace(/(?<![\p{L}])rote[nrs]?\s+kreuz(?:es)?(?![\p{L}])/giu, 'Rotkreuz')
    .split(/\s+/u)
    .filter(Boolean);
  const out: string[] = [];
  let known = 0;
  for (const t of tokens) {
    const l = t.toLowerCase();
    if (/^(?:der|die|das|den|dem|des|ein|eine|einer|eines)$/u.test(l)) continue;
    const g = GERMAN.find(([re]) => re.test(l));
    if (g) {
      known++;
      out.push(g[1]);
      continue;
    }
    const adj = Object.entries(GERMAN_ADJ).find(([stem]) => l.startsWith(stem) && /^(?:e|en|er|es|em)?$/u.test(l.slice(stem.length)));
    if (adj) {
      out.push(adj[1]);
      continue;
    }
    const pl = placesIn(t, 'de')[0];
    if (pl) {
      out.unshift(pl.adj ? countryAdj(pl.key) : placeName(pl.key));
      continue;
    }
    const compound = germanCompound(t);
    if (compound) {
      known++;
      out.push(compound);
      continue;
    }
    return null;
  }
  return known ? titleFor(out) : null;
}
