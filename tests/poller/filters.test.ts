import { describe, expect, it } from 'vitest';
import { compileFilterPattern, FilterPatternError, matchesFilters } from '../../src/poller/filters.js';
import type { Figure } from '../../src/analysis/types.js';

const killed = (count: number): Figure => ({ kind: 'killed', count, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '' });
const article = (title: string, text = '', figures: Figure[] = [], lang: 'en' | 'fr' = 'en') => ({ title, text, figures, lang });

describe('subscription filters', () => {
  it('passes everything without filters', () => {
    expect(matchesFilters({ keywords: [] }, article('Anything')).pass).toBe(true);
  });

  it('matches keywords case-insensitively in title or text and says which rule blocked', () => {
    expect(matchesFilters({ keywords: ['Aleppo'] }, article('Fighting in ALEPPO')).pass).toBe(true);
    expect(matchesFilters({ keywords: ['aleppo'] }, article('Markets', 'Traders in aleppo said')).pass).toBe(true);
    const v = matchesFilters({ keywords: ['Gaza', 'Rafah'] }, article('Kyiv under attack'));
    expect(v.pass).toBe(false);
    expect(v.reason).toMatch(/Gaza, Rafah/);
  });

  it('excludes words, patterns and languages', () => {
    expect(matchesFilters({ keywords: [], filters: { exclude: ['football'] } }, article('Football results')).reason).toMatch(/football/);
    expect(matchesFilters({ keywords: [], filters: { pattern: 'air ?strikes?' } }, article('Airstrike on port')).pass).toBe(true);
    expect(matchesFilters({ keywords: [], filters: { pattern: 'air ?strikes?' } }, article('Ceasefire holds')).reason).toMatch(/pattern/);
    expect(matchesFilters({ keywords: [], filters: { languages: ['fr'] } }, article('Hello')).reason).toMatch(/en/);
  });

  it('keeps only articles reporting at least N killed, using the top of a range', () => {
    expect(matchesFilters({ keywords: [], filters: { minKilled: 50 } }, article('x', '', [killed(12)])).pass).toBe(false);
    expect(matchesFilters({ keywords: [], filters: { minKilled: 50 } }, article('x', '', [killed(60)])).pass).toBe(true);
    expect(matchesFilters({ keywords: [], filters: { minKilled: 50 } }, article('x', '', [{ ...killed(40), upper: 55 }])).pass).toBe(true);
    expect(matchesFilters({ keywords: [], filters: { minKilled: 50 } }, article('x', '', [{ ...killed(90), scope: 'background' }])).pass).toBe(false);
  });

  it.each([
    ['(a+)+$', /repeats/],
    ['(\\w*)*x', /repeats/],
    ['.*.*=.*', /wildcards/],
    ['(foo)\\1', /back-references/],
    ['[unclosed', /not a valid regular expression/],
    ['x'.repeat(201), /longer than/],
  ])('refuses the pattern %s with the reason', (pattern, reason) => {
    expect(() => compileFilterPattern(pattern)).toThrow(FilterPatternError);
    expect(() => compileFilterPattern(pattern)).toThrow(reason);
  });

  it.each(['air ?strikes?', '^breaking', 'kill(ed|ing)', '\\d+ (dead|killed)', 'gaza|rafah'])('accepts the ordinary pattern %s', (p) => {
    expect(compileFilterPattern(p)).toBeInstanceOf(RegExp);
  });
});
