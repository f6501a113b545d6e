// A body named in French, Spanish or German that neither the table nor the office reader knows
// ("Centre de médecine d'urgence", "colectivo de víctimas", "Rettungsdienst") -> the English name
// copy would give it ("Emergency Medicine Centre"), word by word from a small glossary of the
// words institutions are named with. Romance names put the head first and its complement after
// "de": the English order is the reverse. A name with a lower-case word the glossary lacks is left
// as written: half a translation is worse than none.
import type { Lang } from '../../types.js';
import { countryAdj, placeName, placesIn } from './offices.js';

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
  'croissant-rouge': 'Red Crescent', 'croix-rouge': 'Red Cross', 'media-luna-roja': 'Red Crescent', 'cruz-roja': 'Red Cross', armée: 'Army', ejército: 'Army',
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
  paix: 'Peace', paz: 'Peace', enfants: "Children's", niños: "Children's", femmes: "Women's", mujeres: "Women's", médias: 'Media', medios: 'Media',
};
const ROMANCE_STOP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'el', 'los', 'las', 'del', 'y', 'et', 'pour', 'para', 'aux', 'au', 'à', 'a', 'en']);

const GERMAN: [RegExp, string][] = [
  [/^zivilschutz(?:es)?$/u, 'Civil Defence'], [/^katastrophenschutz(?:es)?$/u, 'Emergency Service'], [/^rettungsdienst(?:es|s)?$/u, 'Emergency Service'],
  [/^rettungskräfte(?:n)?$/u, 'rescuers'], [/^rettungsdienste(?:n)?$/u, 'emergency services'], [/^sanitäter(?:n)?$/u, 'paramedics'],
  [/^augenzeugen$/u, 'witnesses'], [/^anwohner(?:n)?$/u, 'residents'], [/^bewohner(?:n)?$/u, 'residents'], [/^helfer(?:n)?$/u, 'aid workers'],
  [/^armee$/u, 'army'], [/^militär(?:s)?$/u, 'military'], [/^polizei$/u, 'police'], [/^regierung$/u, 'government'],
  [/^aktivisten$/u, 'activists'], [/^rothalbmond$/u, 'Red Crescent'], [/^rotkreuz$/u, 'Red Cross'], [/^ärzte(?:n)?$/u, 'doctors'], [/^krankenhaus(?:es)?$/u, 'Hospital'], [/^klinik(?:en)?$/u, 'Clinic'],
  [/^militärsprecher(?:s)?$/u, 'military spokesman'], [/^armeesprecher(?:s)?$/u, 'army spokesman'], [/^polizeisprecher(?:s)?$/u, 'police spokesman'],
  [/^widerstandsgruppen$/u, 'resistance groups'], [/^menschenrechtsgruppen?$/u, 'rights group'], [/^menschenrechtler(?:n)?$/u, 'rights activists'],
];
const GERMAN_ADJ: Record<string, string> = { örtlich: 'local', lokal: 'local', regional: 'regional', staatlich: 'state', zuständig: '' };

function titleFor(words: string[]): string {
  return words.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The English name of an institution phrase, or null when it cannot be translated whole. */
export function translateName(name: string, lang: Lang | undefined): string | null {
  if (lang === 'fr' || lang === 'es') return translateRomance(name, lang);
  if (lang === 'de') return translateGerman(name);
  return null;
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
  const tokens = name
    .replace(/media luna roja/giu, 'media-luna-roja')
    .replace(/cruz roja/giu, 'cruz-roja')
    .replace(/[’']/gu, "' ")
    .split(/\s+/u)
    .filter(Boolean);
  // segments split at "de/du/des/del": head segment first, complements after
  const segs: string[][] = [[]];
  let known = 0;
  const places: string[] = [];
  for (const t0 of tokens) {
    const t = t0.replace(/'$/u, '');
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
      places.push(pl.adj ? countryAdj(pl.key) : placeName(pl.key));
      continue;
    }
    // a proper name stays as written; an unknown common word stops the translation
    if (/^\p{Lu}/u.test(t)) segs[segs.length - 1].push(t);
    else return null;
  }
  if (known === 0) return null;
  // Romance order: an adjective follows its noun ("médecine d'urgence" = emergency medicine):
  // inside a segment the head is first; English puts modifiers first
  const en = segs.filter((x) => x.length).map((x) => (x.length > 1 ? [...x.slice(1), x[0]] : x));
  const out = titleFor([...places, ...en.reverse().flat()]);
  return out || null;
}

function translateGerman(name: string): string | null {
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
    return null;
  }
  return known ? titleFor(out) : null;
}
