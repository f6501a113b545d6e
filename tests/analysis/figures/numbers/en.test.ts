import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, texts, values } from './helpers.js';

describe('English number words', () => {
  it.each([
    ['one', 1], ['seven', 7], ['Ten', 10], ['twelve', 12], ['nineteen', 19], ['twenty', 20], ['fifty', 50],
    ['ninety-nine', 99], ['twenty-five', 25], ['forty two', 42], ['a hundred', 100], ['one hundred', 100],
    ['two hundred and forty', 240], ['two hundred forty', 240], ['three hundred and five', 305],
    ['a thousand', 1000], ['two thousand', 2000], ['two thousand five hundred', 2500],
    ['a thousand and one', 1001], ['fifteen hundred', 1500], ['twenty-five hundred', 2500],
    ['a hundred thousand', 100000], ['two hundred thousand', 200000], ['a million', 1000000],
    ['half a million', 500000], ['a half million', 500000], ['one and a half million', 1500000],
    ['a million and a half', 1500000], ['2 and a half million', 2500000], ['three million', 3000000],
    ['a dozen', 12], ['two dozen', 24], ['half a dozen', 6], ['a score', 20], ['a single', 1],
    ['1m', 1000000], ['2.5bn', 2500000000], ['10k', 10000], ['2.5 million', 2500000], ['1.2 billion', 1200000000],
  ])('%s = %d', (t, v) => {
    expect(parse(t, 'en')).toBe(v);
  });

  it.each([
    'dozens', 'hundreds', 'thousands', 'scores', 'millions', 'a', 'an', 'hundred', 'thousand', 'several hundred',
    'a few hundred', 'hundreds of thousands', 'tens of thousands', 'a few dozen', 'several dozen', 'score',
  ])('%s is no number', (t) => {
    expect(values(t, 'en')).toEqual([]);
  });

  it('articles are not counts', () => {
    expect(values('a general was killed and an aid worker was hurt', 'en')).toEqual([]);
    expect(values('another civilian was killed', 'en')).toEqual([]);
    expect(values('one civilian was killed', 'en')).toEqual([1]);
    expect(values('a single civilian was killed', 'en')).toEqual([1]);
  });

  it('"no one" is not one', () => {
    expect(values('no one was hurt', 'en')).toEqual([]);
    expect(values('they blamed one another', 'en')).toEqual([]);
  });

  it('vague plurals leave nothing', () => {
    expect(values('dozens of people were killed and hundreds wounded', 'en')).toEqual([]);
    expect(values('hundreds of thousands have fled', 'en')).toEqual([]);
    expect(values('scores of civilians', 'en')).toEqual([]);
  });

  it('splits ranges and lists written in words', () => {
    expect(values('between thirty and forty people', 'en')).toEqual([30, 40]);
    expect(values('between two thousand and three thousand', 'en')).toEqual([2000, 3000]);
    expect(values('five or six', 'en')).toEqual([5, 6]);
    expect(values('twenty killed, thirty wounded', 'en')).toEqual([20, 30]);
    expect(values('ten, twelve and fifteen', 'en')).toEqual([10, 12, 15]);
  });

  it('ordinals are not counts', () => {
    expect(values('the 46th Regiment', 'en')).toEqual([]);
    expect(values('on the 1st and 2nd of May, the 3rd brigade', 'en')).toEqual([]);
    expect(values('the 21st century', 'en')).toEqual([]);
  });

  it('keeps years, ages, percentages and distances (the caller decides)', () => {
    expect(values('since 2011, a 12-year-old, 20% of them, 5 km away', 'en')).toEqual([2011, 12, 20, 5]);
  });

  it('finds counts in a sentence, in order, with offsets', () => {
    const s = 'At least 242 people were killed, including twenty children, and two dozen were wounded.';
    const found = findNumbers(s, 'en');
    expect(found.map((m) => [m.text, m.value])).toEqual([['242', 242], ['twenty', 20], ['two dozen', 24]]);
    for (const m of found) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a score of the wounded as 20', () => {
    expect(values('a score of the wounded are in critical condition', 'en')).toEqual([20]);
  });

  it('reads numbers at the start and end of a text', () => {
    expect(texts('Fifty were killed', 'en')).toEqual(['Fifty']);
    expect(texts('The toll rose to ninety-one', 'en')).toEqual(['ninety-one']);
  });

  it('does not join a number to a following unrelated number word', () => {
    expect(values('one two', 'en')).toEqual([1, 2]);
    expect(values('seven hundred', 'en')).toEqual([700]);
    expect(values('twenty twenty', 'en')).toEqual([20, 20]);
  });
});
