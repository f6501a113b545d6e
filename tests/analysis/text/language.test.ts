import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/analysis/text/language.js';
import type { Lang } from '../../../src/analysis/types.js';

const SENTENCES: Record<Lang, string[]> = {
  en: [
    'In the heaviest fighting in years between Islamist rebels and government forces in northwest Syria, the death toll has risen to 231, according to activists.',
    'The UN Office for the Coordination of Humanitarian Affairs said more than 14,000 people had been displaced by the violence.',
    'Le Pen and Die Linke leaders were not invited, the spokesman for the Los Angeles mayor told reporters on Friday.',
  ],
  fr: [
    "Les jihadistes et leurs alliés mènent une vaste offensive dans le nord-ouest de la Syrie contre le régime de Bachar al-Assad, qui a fait plus de 240 morts depuis mercredi, selon l'OSDH.",
    "L'Observatoire syrien des droits de l'homme a fait état d'une cinquantaine de localités conquises par les rebelles.",
    "Joe Biden et Donald Trump se sont entretenus jeudi à la Maison Blanche, a indiqué un porte-parole.",
  ],
  de: [
    'Bei den heftigsten Kämpfen seit Jahren zwischen islamistischen Rebellen und Regierungstruppen im Nordwesten Syriens ist die Zahl der Toten nach Angaben von Aktivisten auf 231 gestiegen.',
    'Unter den Getöteten seien auch 20 Zivilisten, teilte die in Großbritannien ansässige Beobachtungsstelle für Menschenrechte mit.',
    'Der Präsident traf sich am Donnerstag mit Emmanuel Macron und Pedro Sánchez in Berlin, um über die Lage zu beraten.',
  ],
  es: [
    'Los yihadistas y sus aliados lanzaron una ofensiva en el noroeste de Siria que ha dejado más de 240 muertos desde el miércoles, según el Observatorio Sirio de Derechos Humanos.',
    'Según la ONU, más de 14.000 personas, casi la mitad de ellas niños, han sido desplazadas por la violencia.',
    'El presidente Joe Biden se reunió con Olaf Scholz y Emmanuel Macron en la Casa Blanca para hablar de la guerra.',
  ],
  ar: [
    'ارتفعت حصيلة القتلى في أعنف معارك منذ سنوات بين فصائل المعارضة والقوات الحكومية في شمال غرب سوريا إلى 231 قتيلا، بحسب ناشطين.',
    'قال المرصد السوري لحقوق الإنسان إن 20 مدنيا بين القتلى.',
    'أعلنت هيئة تحرير الشام (HTS) سيطرتها على بلدات في ريف حلب، وفق وكالة Reuters.',
  ],
};

const HEADLINES: Record<Lang, string[]> = {
  en: ['Rebels seize Aleppo as death toll rises to 242', 'At least 19 civilians killed in Russian air strikes on Idlib', 'Los Angeles fires: 24 dead, thousands displaced', 'UN envoy warns of escalation in Syria'],
  fr: ["Syrie : l'offensive des rebelles fait plus de 240 morts", 'Au moins 19 civils tués dans des frappes russes', "Les jihadistes approchent d'Alep", 'Ukraine : 12 morts après une frappe sur Kharkiv'],
  de: ['Rebellen erobern Aleppo – mindestens 242 Tote', 'Syrien: Heftige Kämpfe um Aleppo', 'Israel greift Ziele im Gazastreifen an', 'Erdbeben in der Türkei: Zahl der Toten steigt'],
  es: ['Los rebeldes toman Alepo: al menos 242 muertos', 'Siria: combates en Alepo dejan 240 muertos', 'Al menos 19 civiles muertos en ataques rusos', 'Terremoto en Turquía: la cifra de víctimas sube a 5.000'],
  ar: ['مقتل 242 شخصا في معارك حلب', 'الأمم المتحدة: نزوح 14 ألف شخص'],
};

describe('detectLanguage', () => {
  for (const [lang, sentences] of Object.entries(SENTENCES)) {
    it(`recognises ${lang} news sentences`, () => {
      for (const s of sentences) expect(detectLanguage(s), s).toBe(lang);
    });
  }

  for (const [lang, headlines] of Object.entries(HEADLINES)) {
    it(`recognises short ${lang} headlines`, () => {
      for (const h of headlines) expect(detectLanguage(h), h).toBe(lang);
    });
  }

  it('recognises a title and body together', () => {
    expect(detectLanguage('Alep: les rebelles avancent\nLes combats ont fait au moins 242 morts, selon une ONG.')).toBe('fr');
  });

  it('defaults to English when there is nothing to go by', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('242 · 19 · 2024')).toBe('en');
    expect(detectLanguage('Aleppo Idlib HTS')).toBe('en');
  });

  it('looks at the first 2,000 characters only', () => {
    const german = 'Die Rebellen haben nach Angaben der Aktivisten die Stadt erobert und sind auf dem Vormarsch. ';
    const english = 'The rebels have captured the city and are advancing, according to the activists. ';
    expect(detectLanguage(german.repeat(25) + english.repeat(200))).toBe('de');
  });

  // a blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('reads a long text the same way many times over', () => {
    const text = SENTENCES.fr.join(' ').repeat(10);
    for (let i = 0; i < 1000; i++) expect(detectLanguage(text)).toBe('fr');
  }, 30_000);
});
