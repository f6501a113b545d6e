import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, texts, values } from './helpers.js';

describe('parseDigits', () => {
  it.each([
    ['242', 242],
    ['1,200', 1200],
    ['1.200', 1200],
    ['1 200', 1200],
    ['1\u00A0200', 1200],
    ['1\u202F200', 1200],
    ["1'200", 1200],
    ['1’200', 1200],
    ['1,200,000', 1200000],
    ['1.200.000', 1200000],
    ['12,345', 12345],
    ['2.5', 2.5],
    ['2,5', 2.5],
    ['2.25', 2.25],
    ['0,500', 0.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['٢٥٠', 250],
    ['١٬٢٠٠', 1200],
    ['٢٫٥', 2.5],
    ['۱۲۳', 123],
    ['۱٬۲۰۰', 1200],
  ])('%s = %d', (raw, v) => {
    expect(parseDigits(raw).value).toBe(v);
  });

  it('marks bare four-digit years', () => {
    expect(parseDigits('2011').year).toBe(true);
    expect(parseDigits('1,200').year).toBe(false);
    expect(parseDigits('5000').year).toBe(false);
  });
});

describe('digits in text', () => {
  it('reads grouping marks as each text uses them', () => {
    expect(values('killing 1,200 people', 'en')).toEqual([1200]);
    expect(values('1.200 Menschen wurden getötet', 'de')).toEqual([1200]);
    expect(values('1 200 morts', 'fr')).toEqual([1200]);
    expect(values('1\u202F200 morts et 3\u00A0450 blessés', 'fr')).toEqual([1200, 3450]);
    expect(values('1,399 muertos', 'es')).toEqual([1399]);
    expect(values("1'200 Tote", 'de')).toEqual([1200]);
    expect(values('4,887 to 7,528', 'en')).toEqual([4887, 7528]);
  });

  it('does not group with a plain space in English', () => {
    expect(values('On March 3 500 people marched', 'en')).toEqual([3, 500]);
    expect(values('En 2023 1 200 personnes', 'fr')).toEqual([2023, 1200]);
  });

  it('keeps separate numbers separate', () => {
    expect(values('On November 27, 2024, 300 people', 'en')).toEqual([27, 2024, 300]);
    expect(values('between 30 and 40', 'en')).toEqual([30, 40]);
    expect(values('30-40 dead', 'en')).toEqual([30, 40]);
    expect(values('1, 2 and 3', 'en')).toEqual([1, 2, 3]);
  });

  it('skips dates, clock times and names with digits', () => {
    expect(values('on 2024-11-28 at 10:30', 'en')).toEqual([]);
    expect(values('le 28/11 à 10h30', 'fr')).toEqual([]);
    expect(values('am 28.11.2024 und am 29.11.', 'de')).toEqual([]);
    expect(values('F-16 jets, Su-25, MH17, COVID-19, M23 rebels', 'en')).toEqual([]);
    expect(values('two F-16s and 3 Su-25s', 'en')).toEqual([2, 3]);
  });

  it('keeps offsets and text of the input', () => {
    const s = 'Au moins 1 200 civils';
    const [m] = findNumbers(s, 'fr');
    expect(s.slice(m.start, m.end)).toBe('1 200');
    expect(m.text).toBe('1 200');
  });

  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(values('مقتل ٢٤٢ شخصا', 'ar')).toEqual([242]);
    expect(values('إصابة ١٬٢٠٠ شخص', 'ar')).toEqual([1200]);
    expect(values('نزوح ۱۲۳ عائلة', 'ar')).toEqual([123]);
    expect(values('٢٫٥ مليون نازح', 'ar')).toEqual([2500000]);
  });

  it('decimals before scale words', () => {
    expect(values('2.5 million people', 'en')).toEqual([2500000]);
    expect(values('1.2 billion', 'en')).toEqual([1200000000]);
    expect(values('2,5 millions de déplacés', 'fr')).toEqual([2500000]);
    expect(values('2,5 Millionen Vertriebene', 'de')).toEqual([2500000]);
    expect(values('2,5 millones de desplazados', 'es')).toEqual([2500000]);
    expect(values('1.5 مليون نازح', 'ar')).toEqual([1500000]);
  });

  it('parseNumber takes only a whole string', () => {
    expect(parse('1,200', 'en')).toBe(1200);
    expect(parse(' 242 ', 'en')).toBe(242);
    expect(parse('242 people', 'en')).toBeNull();
    expect(parse('', 'en')).toBeNull();
    expect(texts('x 12 y', 'en')).toEqual(['12']);
  });
});
