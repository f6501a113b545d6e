import { describe, expect, it } from 'vitest';
import { findFuzzyPlaces, findMentions } from '../../../src/analysis/stories/gazetteer.js';
import { tokenize } from '../../../src/analysis/stories/normalize.js';
import { skeletons } from '../../../src/analysis/stories/skeleton.js';
import { profileArticle } from '../../../src/analysis/stories/profile.js';

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

describe('places outside the table', () => {
  it('a town the text calls a town gets a key its other spellings share', () => {
    const en = profileArticle({ text: 'Gunmen attacked the town of Zamboula overnight.', lang: 'en' });
    const ar = profileArticle({ text: 'هجوم مسلح على مدينة زامبولا ليلا', lang: 'ar' });
    const de = profileArticle({ text: 'Bewaffnete griffen die Stadt Zambula an.', lang: 'de' });
    const keys = (p: { places: Map<string, number> }) => [...p.places.keys()].filter((k) => k.startsWith('x:'));
    expect(keys(en)).toEqual(['x:zmbl']);
    expect(keys(de)).toEqual(['x:zmbl']);
    expect(keys(ar)).toEqual(['x:zmbl']);
  });
});
