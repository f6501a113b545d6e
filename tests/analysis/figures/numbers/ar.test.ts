import { describe, expect, it } from 'vitest';
import { arabicDualStems, findNumbers } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, values } from './helpers.js';

describe('Arabic number words', () => {
  it.each([
    ['واحد', 1], ['اثنان', 2], ['اثنين', 2], ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['خمسة', 5], ['ثمانية', 8],
    ['عشرة', 10], ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['اثني عشر', 12], ['ثلاثة عشر', 13],
    ['تسعة عشر', 19], ['عشرون', 20], ['عشرين', 20], ['خمسة وعشرين', 25], ['واحد وعشرون', 21],
    ['إحدى وعشرين', 21], ['ثلاثة وأربعون', 43], ['تسعين', 90], ['مئة', 100], ['مائة', 100], ['مئتان', 200],
    ['مئتين', 200], ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['ثلاث مئة', 300], ['خمسمائة', 500], ['مئة وخمسون', 150],
    ['ثلاثمئة وخمسة وعشرون', 325], ['مئة وخمسة عشر', 115], ['ألف', 1000], ['ألفا', 1000], ['ألفين', 2000],
    ['ثلاثة آلاف', 3000], ['عشرة آلاف', 10000], ['أحد عشر ألفا', 11000], ['خمسة وعشرين ألفا', 25000],
    ['مئة ألف', 100000], ['ألف وخمسمئة', 1500], ['25 ألفا و667', 25667], ['25 ألف', 25000], ['3 آلاف', 3000],
    ['مليون', 1000000], ['مليونين', 2000000], ['ثلاثة ملايين', 3000000], ['مليون ونصف', 1500000],
    ['نصف مليون', 500000], ['مليون و200 ألف', 1200000], ['1.5 مليون', 1500000], ['مليار', 1e9],
    ['ألفاً', 1000], ['ثلاثةُ', 3], ['٢٥ ألفا و٦٦٧', 25667],
  ])('%s = %d', (t, v) => {
    expect(parse(t, 'ar')).toBe(v);
  });

  it.each(['عشرات', 'مئات', 'آلاف', 'ملايين', 'عشرات الآلاف', 'مئات الآلاف', 'أحد', 'إحدى', 'بضعة آلاف', 'نصف'])(
    '%s is no number',
    (t) => {
      expect(values(t, 'ar')).toEqual([]);
    },
  );

  it('reads numbers with a clinging و or ب', () => {
    expect(values('قتل خمسة وأصيب وثلاثة', 'ar')).toEqual([5, 3]);
    expect(values('ارتفعت الحصيلة ب25 قتيلا', 'ar')).toEqual([25]);
    expect(values('و667', 'ar')).toEqual([667]);
  });

  it('does not read days of the week or "one of" as numbers', () => {
    expect(values('يوم الاثنين', 'ar')).toEqual([]);
    expect(values('يوم الأحد', 'ar')).toEqual([]);
    expect(values('أحد الجنود', 'ar')).toEqual([]);
  });

  it('ranges and lists stay separate', () => {
    expect(values('بين 30 و40 قتيلا', 'ar')).toEqual([30, 40]);
    expect(values('بين ألف وألفين', 'ar')).toEqual([1000, 2000]);
    expect(values('بين 25 ألفا و30 ألفا', 'ar')).toEqual([25000, 30000]);
    expect(values('خمسة وعشرة', 'ar')).toEqual([5, 10]);
    expect(values('ثلاثة وأربعة', 'ar')).toEqual([3, 4]);
  });

  it('reads counts in a news sentence', () => {
    const s = 'قتل ما لا يقل عن 242 شخصا بينهم عشرون مدنيا، وأصيب ثلاثمئة وخمسة وعشرون آخرون منذ عام 2011';
    expect(findNumbers(s, 'ar').map((m) => m.value)).toEqual([242, 20, 325, 2011]);
  });

  it('reads "واحد" after a word as its adjective, not a count, unless tens follow', () => {
    expect(values('استشهد سبعة من أفراد أسرة واحدة', 'ar')).toEqual([7]);
    expect(values('في ليلة واحدة', 'ar')).toEqual([]);
    expect(values('مقتل جندي واحد وإصابة آخرين', 'ar')).toEqual([]);
    expect(values('قتل واحد وعشرون شخصا', 'ar')).toEqual([21]);
    expect(values('أصيب مئة وواحد أشخاص', 'ar')).toEqual([101]);
    expect(values('نزح ألف وواحد وخمسون شخصا', 'ar')).toEqual([1051]);
    expect(values('واحد من كل خمسة', 'ar')).toEqual([1, 5]);
  });

  it('reads no count for a quarter or a third of a million (rather than a million)', () => {
    expect(values('نزح ربع مليون شخص', 'ar')).toEqual([]);
    expect(values('نحو ثلث مليون نازح', 'ar')).toEqual([]);
    expect(values('ثلاثة أرباع المليون', 'ar')).toEqual([3]);
    expect(values('نزح مليون شخص', 'ar')).toEqual([1000000]);
  });

  it('gives the stems of dual nouns', () => {
    expect(arabicDualStems('فلسطينيان')).toContain('فلسطيني');
    expect(arabicDualStems('وطفلين')).toContain('طفل');
    expect(arabicDualStems('مدنيان')).toEqual(['مدني']);
    expect(arabicDualStems('قتيلان')).toEqual(['قتيل']);
    expect(arabicDualStems('جريحين')).toEqual(['جريح']);
    expect(arabicDualStems('طفلين')).toEqual(['طفل']);
    expect(arabicDualStems('امرأتين')).toEqual(['امرات', 'امراه']);
    expect(arabicDualStems('قتلى')).toEqual([]);
  });
});

describe('digits after a tatweel', () => {
  it('a prefix joined to digits with a tatweel is read as a count', async () => {
    const { extractFigures } = await import('../../../../src/analysis/figures/index.js');
    const f = extractFigures('وقدرت الوزارة عدد الجرحى بـ1293 جريحا في المدينة.', { lang: 'ar' });
    expect(f.map((x) => `${x.kind} ${x.count}`)).toContain('injured 1293');
  });
});
