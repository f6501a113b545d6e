import { describe, expect, it } from 'vitest';
import { jaccard, sentenceTerms } from '../../../src/analysis/summary/terms.js';

const keys = (text: string, lang: Parameters<typeof sentenceTerms>[1] = 'en') => [...sentenceTerms(text, lang).keys];

describe('sentenceTerms', () => {
  it('normalises numbers across notations and languages', () => {
    expect(keys('1,200 people')).toContain('#1200');
    expect(keys('1.200 Menschen', 'de')).toContain('#1200');
    expect(keys('14 000 déplacés', 'fr')).toContain('#14000');
    expect(keys('14\u202F000 displaced')).toContain('#14000');
    expect(keys('2,5 Prozent', 'de')).toContain('#2.5');
    expect(keys('قتل ٢٤٢ شخصا', 'ar')).toContain('#242');
    expect(keys('around fifty localities')).toContain('#50');
    expect(keys('une cinquantaine de localités', 'fr')).toContain('#50');
  });

  it('tells figures from dates and measures', () => {
    expect(sentenceTerms('On November 29, 2024, 24 people died.', 'en').hasFigure).toBe(true);
    expect(sentenceTerms('Fighting resumed on 29 November 2024 near Aleppo.', 'en').hasFigure).toBe(false);
    expect(sentenceTerms('Rebels came within 10 km (6 miles) of the city.', 'en').hasFigure).toBe(false);
    expect(sentenceTerms('Dozens of people were wounded.', 'en').hasFigure).toBe(true);
    expect(sentenceTerms('Hubo miles de desplazados.', 'es').hasFigure).toBe(true);
  });

  it('marks names, drops function words and folds accents and plurals', () => {
    const { terms } = sentenceTerms('The rebels reached Aleppo and the HTS took Idlib.', 'en');
    expect(terms.filter((t) => t.kind === 'name').map((t) => t.key)).toEqual(['aleppo', 'hts', 'idlib']);
    expect(keys('The rebels reached Aleppo.')).not.toContain('the');
    expect(keys('Les rebelles sont entrés à Alep.', 'fr')).toEqual(['rebelle', 'entre', 'alep']);
    expect(keys('constructor toString valueOf')).toEqual(['constructor', 'tostring', 'valueof']);
  });

  it('measures overlap with jaccard', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set(['a']))).toBe(0);
  });
});
