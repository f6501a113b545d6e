// Bodies named in French, Spanish or German that neither the table nor the office reader knows get
// the English name copy would give them, only when every word is known. Names written for the test.
import { describe, expect, it } from 'vitest';
import { translateName } from '../../../src/analysis/figures/reporters/translateName.js';

describe('translateName', () => {
  it.each([
    ["Centre de médecine d'urgence", 'fr', 'Emergency Medicine Centre'],
    ['el Servicio de Emergencias', 'es', 'Emergency Service'],
    ['Croissant-Rouge irakien', 'fr', 'Iraqi Red Crescent'],
    ['la Media Luna Roja', 'es', 'Red Crescent'],
    ['habitants', 'fr', 'residents'],
    ['testigos', 'es', 'witnesses'],
    ['Augenzeugen', 'de', 'witnesses'],
    ['örtlicher Widerstandsgruppen', 'de', 'local resistance groups'],
    // German compounds: the head last, a complement after "für" or in the genitive goes first
    ['Menschenrechtskommission', 'de', 'Human Rights Commission'],
    ['Zentrum für Notfallmedizin', 'de', 'Emergency Medicine Centre'],
    ['Vertreter des regionalen Gesundheitsbüros', 'de', 'regional Health Bureau official'],
    ['chemins de fer ukrainiens', 'fr', 'Ukrainian Railways'],
    // Arabic: head first, complements and adjectives after; English reads them backwards
    ['وزارة الداخلية العراقية', 'ar', 'Iraqi Interior Ministry'],
    ['مديرية الدفاع المدني في حلب', 'ar', 'Aleppo Civil Defence Directorate'],
    ['حكومة ولاية شمال دارفور', 'ar', 'North Darfur State Government'],
    ['لجان المقاومة في الفاشر', 'ar', 'El Fasher Resistance Committees'],
    ['وزارة الداخلية والبلديات', 'ar', 'Ministry of Interior and Municipalities'],
    ['مصدر في شرطة الموصل', 'ar', 'Mosul Police'],
    ['الجيش الإسرائيلي', 'ar', 'Israeli military (IDF)'],
    ['الحرس الثوري', 'ar', 'Islamic Revolutionary Guard Corps (IRGC)'],
  ] as const)('%s (%s) -> %s', (name, lang, want) => {
    expect(translateName(name, lang)).toBe(want);
  });
  it.each([
    ['Gaza Civil Defence', 'fr'],
    ['Syrian Observatory for Human Rights', 'es'],
    ['Service de déminage', 'fr'],
    // a proper name with its acronym is the body's own name, not words to translate
    ['Médecins Sans Frontières (MSF)', 'fr'],
    ['Lebanese Health Ministry', 'de'],
    ['Centre de médecine', 'en'],
    // a word the glossary lacks: half a translation is worse than none
    ['وزارة الصحة والتنمية الريفية', 'ar'],
    ['أبو محمد الجولاني', 'ar'],
    ['Gesundheitsbürokratie', 'de'],
  ] as const)('%s (%s) stays as it is', (name, lang) => {
    expect(translateName(name, lang)).toBeNull();
  });
});

describe('translateName word order', () => {
  it.each([
    ['Sistema Nacional de Seguridad Pública', 'es', 'National Public Security System'],
    ['Comité de Resistencia de Wad Madani', 'es', 'Wad Madani Resistance Committee'],
    ['المفوضية العليا لحقوق الإنسان في العراق', 'ar', 'Iraqi High Commission for Human Rights'],
  ] as const)('%s (%s) -> %s', (name, lang, want) => {
    expect(translateName(name, lang)).toBe(want);
  });
});

describe('Arabic offices with a person and a locator', () => {
  it.each([
    ['والي ولاية هطاي جنوبي تركيا', 'ar', 'Hatay Governor'],
    ['والي هطاي رحمي دوغان', 'ar', 'Hatay Governor'],
    ['دائرة صحة ذي قار', 'ar', 'Dhi Qar Health Department'],
  ] as const)('%s (%s) -> %s', (name, lang, want) => {
    expect(translateName(name, lang)).toBe(want);
  });
});

describe('people who speak for a body, in the article\'s language', () => {
  it.each([
    // the role after the body, as English copy writes it; an acronym stays with the body
    ['un officier', 'fr', 'officer'],
    ['porte-parole de la protection civile', 'fr', 'Civil Protection spokesman'],
    ['responsable du Service de lutte antiterroriste (SLA)', 'fr', null],
    ['directeur de l\'hôpital de Sabratha', 'fr', 'Sabratha Hospital director'],
    ['responsable de la Direction de santé (DRS)', 'fr', 'Health Directorate (DRS) official'],
    ['vocero del Ministerio de Defensa', 'es', 'Defence Ministry spokesman'],
    ['jefe de la Policía (Ana Pérez Gil)', 'es', 'Police chief (Ana Pérez Gil)'],
    ['la Gobernación', 'es', "Governor's Office"],
    ['sus familiares', 'es', 'relatives'],
    ['ses proches', 'fr', 'relatives'],
    // Arabic: an officer or official inside a body cites the body; the agency told is the listener
    ['ضابط في جهاز مكافحة الإرهاب لوكالة رويترز', 'ar', 'Counter Terrorism Service'],
    ['مسؤول في وزارة الصحة لـ«العربية»', 'ar', 'Health Ministry'],
    ['مصدر في الشرطة ل', 'ar', 'Police'],
  ] as const)('%s (%s) -> %s', (name, lang, want) => {
    expect(translateName(name, lang)).toBe(want);
  });
});
