import { describe, expect, it } from 'vitest';
import { findNumbers, parseGermanCompound } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, values } from './helpers.js';

describe('German number words', () => {
  it.each([
    ['eins', 1], ['zwei', 2], ['zwölf', 12], ['sechzehn', 16], ['siebzehn', 17], ['zwanzig', 20],
    ['einundzwanzig', 21], ['dreiundvierzig', 43], ['dreißig', 30], ['dreissig', 30], ['neunundneunzig', 99],
    ['hundert', 100], ['einhundert', 100], ['hunderteins', 101], ['zweihundertvierzig', 240],
    ['dreihundertfünfundsechzig', 365], ['tausend', 1000], ['eintausend', 1000], ['dreitausend', 3000],
    ['dreitausendfünfhundert', 3500], ['zweihunderttausend', 200000], ['zehntausend', 10000],
    ['zwei Millionen', 2000000], ['eine Million', 1000000], ['drei Milliarden', 3e9], ['eine halbe Million', 500000],
    ['anderthalb Millionen', 1500000], ['zweieinhalb Millionen', 2500000], ['ein Dutzend', 12], ['zwei Dutzend', 24],
    ['ein halbes Dutzend', 6], ['2,5 Millionen', 2500000], ['1,5 Mio.', 1500000], ['3 Mrd.', 3e9], ['1.200', 1200],
    ['ein einziger', 1], ['eine einzige', 1], ['Zweihundert', 200],
  ])('%s = %d', (t, v) => {
    expect(parse(t, 'de')).toBe(v);
  });

  it('parses compounds on their own', () => {
    expect(parseGermanCompound('siebenhundertachtundachtzig')).toBe(788);
    expect(parseGermanCompound('ein')).toBeNull();
    expect(parseGermanCompound('und')).toBeNull();
    expect(parseGermanCompound('zwanzigein')).toBeNull();
  });

  it.each([
    'Dutzende', 'Hunderte', 'Tausende', 'Zehntausende', 'Hunderttausende', 'Millionen', 'einige hundert',
    'mehrere tausend', 'ein paar hundert', 'ein', 'eine', 'einen', 'einer',
  ])('%s is no number', (t) => {
    expect(values(t, 'de')).toEqual([]);
  });

  it('articles are not counts', () => {
    expect(values('Ein Soldat wurde getötet, eine Frau verletzt', 'de')).toEqual([]);
    expect(values('ein einziger Zivilist wurde getötet', 'de')).toEqual([1]);
    expect(values('Einsatzkräfte, Achtung, Elfmeter, Einheit', 'de')).toEqual([]);
  });

  it('ordinals with a period are not counts', () => {
    expect(values('am 28. November', 'de')).toEqual([]);
    expect(values('das 46. Regiment und die 3. Armee', 'de')).toEqual([]);
    expect(values('seit dem 7. Oktober', 'de')).toEqual([]);
    expect(values('die 93. mechanisierte Brigade', 'de')).toEqual([]);
    expect(values('im 2. Weltkrieg', 'de')).toEqual([]);
  });

  it('a number ending its sentence is a count', () => {
    expect(values('Die Zahl der Toten stieg auf 28. Laut Aktivisten', 'de')).toEqual([28]);
    expect(values('Die Zahl der Toten stieg auf 28.', 'de')).toEqual([28]);
    expect(values('Verletzt wurden 12. Die Armee', 'de')).toEqual([12]);
  });

  it('ranges and lists stay separate', () => {
    expect(values('zwischen dreißig und vierzig Tote', 'de')).toEqual([30, 40]);
    expect(values('zwischen 30 und 40 Tote', 'de')).toEqual([30, 40]);
    expect(values('zwei oder drei', 'de')).toEqual([2, 3]);
  });

  it('keeps years apart from counts', () => {
    expect(values('seit 2011 mehr als 500.000 Tote', 'de')).toEqual([2011, 500000]);
  });

  it('reads counts in a news sentence', () => {
    const s = 'Mindestens zweihundertvierzig Menschen wurden getötet, darunter ein Dutzend Kinder; 1.200 wurden verletzt.';
    expect(findNumbers(s, 'de').map((m) => m.value)).toEqual([240, 12, 1200]);
  });
});
