import { describe, expect, it } from 'vitest';
import { findFuzzyPlaces, findMentions } from '../../../src/analysis/stories/gazetteer.js';
import { tokenize } from '../../../src/analysis/stories/normalize.js';
import { skeletons } from '../../../src/analysis/stories/skeleton.js';

const meet = (a: string, b: string) => skeletons(a).some((s) => skeletons(b).includes(s));

describe('skeletons', () => {
  it.each([
    ['Mahmoud Bassal', 'Mahmud Basal'],
    ['Mahmoud Bassal', 'محمود بصل'],
    ['Khan Younis', 'Jan Yunis'],
    ['Khan Younis', 'خان يونس'],
    ['Khalil Haqqani', 'Chalil Haqqani'],
    ['Barsalogho', 'بارسالوغو'],
    ['Deir el-Balah', 'دير البلح'],
  ])('%s meets %s', (a, b) => expect(meet(a, b)).toBe(true));

  it('keeps different names apart', () => {
    expect(meet('Mahmoud Bassal', 'Mohammed Salem')).toBe(false);
    expect(meet('Kharkiv', 'Kherson')).toBe(false);
  });
});

describe('findFuzzyPlaces', () => {
  const fuzzy = (text: string) => {
    const tokens = tokenize(text);
    const taken = new Set<number>();
    for (const m of findMentions(text, undefined, tokens)) for (let k = 0; k < m.len; k++) taken.add(m.at + k);
    return findFuzzyPlaces(tokens, taken, () => false).map((m) => m.key);
  };
  it('reads spellings the table does not list', () => {
    expect(fuzzy('Strikes hit Khan Yunes overnight')).toEqual(['khan-younis']);
  });
  it('leaves people and common words alone', () => {
    expect(fuzzy('Abu Nasser said on Monday that Christians and Muslims met')).toEqual([]);
  });
});
