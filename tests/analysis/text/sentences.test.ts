import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/text/sentences.js';
import type { Lang } from '../../../src/analysis/types.js';

const split = (text: string, lang?: Lang) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('gives offsets into the input', () => {
    const text = '  Rebels advanced.  The army retreated!\n\nNew paragraph here ';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['Rebels advanced.', 'The army retreated!', 'New paragraph here']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0].start).toBe(2);
  });

  it('does not end a sentence at English titles and abbreviations', () => {
    expect(split('Mr. Smith met Dr. Jones and Gen. Lt. Col. Brown in St. Petersburg. They talked.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones and Gen. Lt. Col. Brown in St. Petersburg.',
      'They talked.',
    ]);
    expect(split('Cities, e.g. Aleppo and Idlib, were hit. Others were spared.', 'en')).toEqual([
      'Cities, e.g. Aleppo and Idlib, were hit.',
      'Others were spared.',
    ]);
    expect(split('George W. Bush met U.N. envoy Geir Pedersen. The U.N. Security Council met later.', 'en')).toEqual([
      'George W. Bush met U.N. envoy Geir Pedersen.',
      'The U.N. Security Council met later.',
    ]);
  });

  it('ends a sentence after U.S. when a new sentence clearly starts', () => {
    expect(split('The U.S. State Department imposed sanctions on the U.S. The move angered Iran.', 'en')).toEqual([
      'The U.S. State Department imposed sanctions on the U.S.',
      'The move angered Iran.',
    ]);
    expect(split('Tanks, trucks, etc. The list went on.', 'en')).toEqual(['Tanks, trucks, etc.', 'The list went on.']);
  });

  it('keeps decimals and thousands separators inside a sentence', () => {
    expect(split('The toll rose 2.5 percent to 1.200 dead. Another 1,500.5 tonnes of aid arrived.', 'en')).toEqual([
      'The toll rose 2.5 percent to 1.200 dead.',
      'Another 1,500.5 tonnes of aid arrived.',
    ]);
  });

  it('ends a sentence after a number', () => {
    expect(split('The death toll has risen to 231. The information could not be verified.', 'en')).toEqual([
      'The death toll has risen to 231.',
      'The information could not be verified.',
    ]);
  });

  it('takes closing quotes with the full stop', () => {
    expect(split('He said: "It is over." Then he left.', 'en')).toEqual(['He said: "It is over."', 'Then he left.']);
    expect(split('She said it was “a massacre.” Nobody replied.', 'en')).toEqual(['She said it was “a massacre.”', 'Nobody replied.']);
    expect(split('"Why?" he asked. Nobody answered!', 'en')).toEqual(['"Why?" he asked.', 'Nobody answered!']);
  });

  it('treats ellipses by what follows and "(…)" as an omission', () => {
    expect(split('They waited... Then the shelling began.', 'en')).toEqual(['They waited...', 'Then the shelling began.']);
    expect(split('They waited... and waited.', 'en')).toEqual(['They waited... and waited.']);
    expect(split('“It is strange (…) Were they dependent on Hezbollah?” he asked.', 'en')).toEqual([
      '“It is strange (…) Were they dependent on Hezbollah?” he asked.',
    ]);
  });

  it('always ends a sentence at a paragraph break, and a headline without a full stop at a line break', () => {
    expect(split('No political solution in sight\n\nThe activists said 80 soldiers died', 'en')).toEqual([
      'No political solution in sight',
      'The activists said 80 soldiers died',
    ]);
    expect(split('They did not reach the city limits.\nrussian attacks\nThe HTS group launched the offensive.', 'en')).toEqual([
      'They did not reach the city limits.',
      'russian attacks',
      'The HTS group launched the offensive.',
    ]);
  });

  it('joins a hard-wrapped line that goes on in lowercase', () => {
    expect(split('The fighting left dozens of\npeople dead and\nmany injured. More later.', 'en')).toEqual([
      'The fighting left dozens of\npeople dead and\nmany injured.',
      'More later.',
    ]);
  });

  it('handles German abbreviations and ordinal dates', () => {
    expect(split('Am 29. November griffen Rebellen an. Laut Angaben starben z.B. Kämpfer bzw. Zivilisten. Die Lage ist unklar.', 'de')).toEqual([
      'Am 29. November griffen Rebellen an.',
      'Laut Angaben starben z.B. Kämpfer bzw. Zivilisten.',
      'Die Lage ist unklar.',
    ]);
    expect(split('Die Zahl der Toten stieg auf 231. Das teilten Aktivisten mit.', 'de')).toEqual([
      'Die Zahl der Toten stieg auf 231.',
      'Das teilten Aktivisten mit.',
    ]);
  });

  it('handles French guillemets and Spanish marks and titles', () => {
    expect(split('« Nous ne reculerons pas. » Le ministre est parti.', 'fr')).toEqual(['« Nous ne reculerons pas. »', 'Le ministre est parti.']);
    expect(split('El Sr. García y la Sra. López llegaron. ¿Qué pasó? Nadie lo sabe.', 'es')).toEqual([
      'El Sr. García y la Sra. López llegaron.',
      '¿Qué pasó?',
      'Nadie lo sabe.',
    ]);
  });

  it('ends Arabic sentences at "." and "؟" but not at the Arabic comma', () => {
    expect(split('قال المرصد إن 231 شخصا قتلوا، بينهم 20 مدنيا. هل انتهت الحرب؟ لا أحد يعرف.', 'ar')).toEqual([
      'قال المرصد إن 231 شخصا قتلوا، بينهم 20 مدنيا.',
      'هل انتهت الحرب؟',
      'لا أحد يعرف.',
    ]);
  });

  it('does not split inside tokens such as URLs and dotted names', () => {
    expect(split('See example.com/news for the U.S.A. figures. Done.', 'en')).toEqual(['See example.com/news for the U.S.A. figures.', 'Done.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t ')).toEqual([]);
  });

  // a quadratic or backtracking blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('splits 200 KB', () => {
    const base = 'Mr. Smith said 2.5 percent of the U.S. budget went to aid. “Why?” he asked... Nobody knew.\n\n';
    const text = base.repeat(Math.ceil(200_000 / base.length));
    const spans = splitSentences(text, 'en');
    expect(spans.length).toBe(3 * Math.ceil(200_000 / base.length));
    expect(() => splitSentences('.'.repeat(200_000) + 'a. '.repeat(50_000) + '\n'.repeat(50_000))).not.toThrow();
  }, 30_000);
});
