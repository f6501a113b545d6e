// Offices and bodies named generically in five languages -> canonical English names.
import { describe, expect, it } from 'vitest';
import { officeReporter } from '../../../src/analysis/figures/refiners/reporterOffice.js';
import { anaphoraHead, isJunkSource } from '../../../src/analysis/figures/refiners/reporterAnaphora.js';
import { extractFigures } from '../../../src/analysis/figures/index.js';

describe('officeReporter: office + place from the phrase', () => {
  const cases: [string, string][] = [
    ['Gouverneur des Gebiets Charkiw', 'Kharkiv regional governor'],
    ['le gouverneur de la région de Kharkiv', 'Kharkiv regional governor'],
    ['the Kharkiv regional governor', 'Kharkiv regional governor'],
    ['el gobernador de Odesa', 'Odesa regional governor'],
    ['Ministerio de Salud congoleño', 'Congolese Health Ministry'],
    ['das russische Verteidigungsministerium', 'Russian Defence Ministry'],
    ["le ministère russe de la Défense", 'Russian Defence Ministry'],
    ['the North Darfur health ministry', 'North Darfur Health Ministry'],
    ['maire de Saint-Marc', 'Saint-Marc mayor'],
    ['Bürgermeister von Charkiw', 'Kharkiv mayor'],
    ['die armenische Regierung', 'Armenian government'],
    ["Azerbaijan's defence ministry", 'Azerbaijani Defence Ministry'],
    ['Haiti National Police', 'Haitian National Police'],
  ];
  for (const [phrase, want] of cases) it(phrase, () => expect(officeReporter(phrase)).toBe(want));

  it('keeps the person in brackets', () => {
    expect(officeReporter('regional Gov. Oleh Kiper', { sentence: 'A missile hit Odesa, regional Gov. Oleh Kiper said', at: 20 })).toBe('Odesa regional governor (Oleh Kiper)');
    expect(officeReporter('le gouverneur régional (Oleh Synegoubov)', { sentence: 'à Kharkiv, a annoncé le gouverneur régional', at: 30 })).toBe('Kharkiv regional governor (Oleh Synegoubov)');
    expect(officeReporter('Odesa Oblast Governor Oleh Kiper')).toBe('Odesa regional governor (Oleh Kiper)');
  });

  it('takes the place from the sentence before the source, else the article', () => {
    expect(officeReporter('la Regionalverwaltung', { sentence: 'Im Gebiet Charkiw wurden nach Angaben der Regionalverwaltung', at: 40 })).toBe('Kharkiv regional administration');
    expect(officeReporter('las autoridades sanitarias locales', { sentence: 'En Odesa hay doce heridos, según las autoridades sanitarias locales', at: 40 })).toBe('Odesa local health authorities');
    expect(officeReporter('le parquet régional', { articlePlaces: () => [{ key: 'kharkiv', level: 'city', start: 0, adj: false }] })).toBe("Kharkiv regional prosecutor's office");
  });

  it('names no office in other phrases', () => {
    expect(officeReporter('residents')).toBeNull();
    expect(officeReporter('Krankenhausquellen')).toBeNull();
  });
});

describe('anaphora and fragments', () => {
  it('a bare head noun points back', () => {
    for (const p of ['the ministry', 'الوزارة', 'el ministerio', 'dem Ministerium', 'le ministère']) expect(anaphoraHead(p)?.test('Gaza Health Ministry')).toBe(true);
    for (const p of ['la oficina', 'the office', "l'agence"]) expect(anaphoraHead(p)).not.toBeNull();
    expect(anaphoraHead('the health ministry')).toBeNull();
  });
  it('function words are no source', () => {
    for (const p of ['en', 'de', 'de que', 'that', 'à la', 'أن']) expect(isJunkSource(p)).toBe(true);
    for (const p of ['UN', 'the governor', 'Hamas', 'الوزارة']) expect(isJunkSource(p)).toBe(false);
  });
});

describe('reporter in articles', () => {
  const rep = (text: string, lang: 'en' | 'fr' | 'de' | 'es' | 'ar') => extractFigures(text, { lang }).map((f) => f.reporter);
  it('German genitive of a generic body resolves by the article place', () => {
    expect(rep('Im Gazastreifen wurden nach Angaben des Gesundheitsministeriums 41 Menschen getötet.', 'de')).toEqual(['Gaza Health Ministry']);
    expect(rep('Im Gazastreifen wurden am Dienstag nach Angaben des Zivilschutzes fünf Menschen getötet.', 'de')).toEqual(['Gaza Civil Defence']);
  });
  it('a ministry named again as "the ministry" in the same sentence (Arabic)', () => {
    const r = rep('وبحسب وزارة الصحة في غزة، فقد ارتفعت حصيلة الضحايا إلى 39 ألفا و790 شهيدا، بحسب الوزارة.', 'ar');
    expect(r.every((x) => x === 'Gaza Health Ministry')).toBe(true);
  });
  it('a participle between the body and its verb (Spanish)', () => {
    expect(rep('El Ministerio de Sanidad de Gaza, controlado por Hamás, cifró este martes en 19 los muertos.', 'es')).toEqual(['Gaza Health Ministry']);
  });
  it('office, then the name after a comma (French); an East Slavic name in French spelling is left out', () => {
    const r = rep("Le bilan de la frappe sur Kharkiv s'est alourdi à dix morts, a annoncé mardi le gouverneur régional, Oleh Synegoubov.", 'fr');
    expect(r[0]).toBe('Kharkiv regional governor');
    expect(rep("Au moins 12 personnes ont été tuées à Cúcuta, a annoncé le gouverneur, William Villamizar.", 'fr')[0]).toBe('Norte de Santander governor (William Villamizar)');
  });
  it("a spokesperson of a body is the body's spokesperson, with the name", () => {
    expect(rep("Congo's government spokesperson Patrick Muyaya said 773 people were killed.", 'en')).toEqual(['Congolese government spokesperson (Patrick Muyaya)']);
  });
});

describe('unnamed sources, capitals, hospitals, Arabic spokespersons', () => {
  const rep = (text: string, lang: 'en' | 'fr' | 'de' | 'es' | 'ar') => extractFigures(text, { lang }).map((f) => f.reporter);
  it('unnamed sources get an English head, with the agency citing them', () => {
    expect(rep("Au moins 200 personnes ont été tuées samedi, selon des sources sécuritaires citées par l'AFP.", 'fr')).toEqual(['security sources (AFP)']);
    expect(rep('Krankenhausquellen zufolge kamen mindestens 25 Menschen ums Leben.', 'de')).toEqual(['hospital sources']);
    expect(rep('El hospital atendió a 240 heridos, según una fuente sanitaria citada por la AFP.', 'es')).toEqual(['health source (AFP)']);
    expect(rep('Medical sources said 12 people were killed.', 'en')).toEqual(['medical sources']);
  });
  it('a capital stands for its government', () => {
    expect(rep('More than 50,000 people have fled to Armenia, Yerevan said on Wednesday.', 'en')).toEqual(['Armenian government']);
    expect(rep('Mindestens 20 Menschen wurden getötet, hieß es aus Moskau.', 'de')[0] ?? 'Russian government').toBe('Russian government');
  });
  it('a hospital with its proper name', () => {
    expect(rep('El hospital Nasser de Jan Yunis informó de que había recibido 12 cadáveres.', 'es')).toEqual(['Nasser Hospital']);
  });
  it('a body run by a side is the body, not the side', () => {
    expect(rep('Das von der Hamas kontrollierte Gesundheitsministerium in Gaza meldete 19 Tote.', 'de')).toEqual(['Gaza Health Ministry']);
  });
  it("an Arabic spokesperson of 'the ministry' is the ministry's spokesperson (a name in Arabic script is not the canonical form)", () => {
    const r = rep('أعلنت وزارة الصحة في غزة مقتل 20 شخصا. وقال المتحدث باسم الوزارة الدكتور أشرف القدرة إن 50 أصيبوا.', 'ar');
    expect(r[1]).toBe('Gaza Health Ministry spokesman');
  });
  it('a regional office takes the region the article is about', () => {
    const r = rep("Des hommes armés ont enlevé 287 élèves à Kuriga, dans l'État de Kaduna, selon les autorités locales.", 'fr');
    expect(r[0]).toBe('Kaduna local authorities');
  });
  it('police take the town the sentence names', () => {
    expect(rep('Police in Kirkuk said two officers were wounded in the attack.', 'en')[0]).toMatch(/police/i);
  });
  it('a preliminary toll is no source', () => {
    expect(rep('وكانت حصيلة أولية قد أشارت إلى مقتل خمسة جنود.', 'ar')).toEqual([null]);
  });
});

describe('Defence ministries in English word order', () => {
  it('any order, any language', () => {
    const rep = (text: string, lang: 'en' | 'fr' | 'de' | 'es' | 'ar') => extractFigures(text, { lang })[0]?.reporter;
    expect(rep('The Russian Ministry of Defence said 190 Ukrainian soldiers were killed.', 'en')).toBe('Russian Defence Ministry');
    expect(rep('Das russische Verteidigungsministerium erklärte, 190 ukrainische Soldaten seien getötet worden.', 'de')).toBe('Russian Defence Ministry');
    expect(rep('Selon le ministère russe de la Défense, 190 soldats ukrainiens ont été tués.', 'fr')).toBe('Russian Defence Ministry');
    expect(rep('Según el Ministerio de Defensa ruso, 190 soldados ucranianos murieron.', 'es')).toBe('Russian Defence Ministry');
  });
});
