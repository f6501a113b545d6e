import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, values } from './helpers.js';

describe('French number words', () => {
  it.each([
    ['deux', 2], ['neuf', 9], ['dix', 10], ['onze', 11], ['seize', 16], ['dix-sept', 17], ['dix-neuf', 19],
    ['vingt', 20], ['vingt et un', 21], ['vingt-deux', 22], ['trente-et-un', 31], ['quarante-cinq', 45],
    ['soixante', 60], ['soixante-dix', 70], ['soixante et onze', 71], ['soixante-dix-huit', 78],
    ['quatre-vingts', 80], ['quatre-vingt-un', 81], ['quatre-vingt-dix', 90], ['quatre-vingt-dix-neuf', 99],
    ['quatre vingt douze', 92], ['septante-cinq', 75], ['nonante', 90], ['cent', 100], ['cent un', 101],
    ['cent dix-sept', 117], ['deux cents', 200], ['deux cent quarante', 240], ['deux-cent-quarante', 240],
    ['trois cent cinquante-deux', 352], ['mille', 1000], ['mille deux cents', 1200], ['deux mille', 2000],
    ['deux mille trois cent douze', 2312], ['mille et un', 1001], ['cent mille', 100000],
    ['deux cent mille', 200000], ['un million', 1000000], ['deux millions', 2000000],
    ['un million et demi', 1500000], ['un demi-million', 500000], ['un milliard', 1e9], ['trois milliards', 3e9],
    ['une vingtaine', 20], ['une centaine', 100], ['un millier', 1000], ['une dizaine', 10], ['une quinzaine', 15],
    ['une trentaine', 30], ['une cinquantaine', 50], ['une douzaine', 12], ['une dizaine de milliers', 10000],
    ['deux milliers', 2000], ['un seul', 1], ['une seule', 1], ['2,5 millions', 2500000], ['1 200', 1200],
  ])('%s = %d', (t, v) => {
    expect(parse(t, 'fr')).toBe(v);
  });

  it('flags approximate round nouns', () => {
    const [m] = findNumbers('une vingtaine de civils', 'fr');
    expect(m).toMatchObject({ value: 20, text: 'une vingtaine', approximate: true });
    expect(findNumbers('vingt civils', 'fr')[0].approximate).toBeUndefined();
  });

  it.each([
    'des dizaines', 'des centaines', 'des milliers', 'plusieurs centaines', 'quelques dizaines', 'des millions',
    'plusieurs milliers', 'des dizaines de milliers', 'des centaines de milliers', 'millions', 'un', 'une',
  ])('%s is no number', (t) => {
    expect(values(t, 'fr')).toEqual([]);
  });

  it('un/une are articles unless they count', () => {
    expect(values('un soldat a été tué et une femme blessée', 'fr')).toEqual([]);
    expect(values('un seul civil a été tué', 'fr')).toEqual([1]);
    expect(values('vingt et un morts', 'fr')).toEqual([21]);
    expect(values('un millier de déplacés', 'fr')).toEqual([1000]);
  });

  it('pour cent is not a hundred', () => {
    expect(values('cinq pour cent des habitants', 'fr')).toEqual([5]);
    expect(values('30 pour cent', 'fr')).toEqual([30]);
  });

  it('ordinals are not counts', () => {
    expect(values('le 46e régiment, le 1er mai, la 2ème brigade, la 3e armée', 'fr')).toEqual([]);
    expect(values('au XXIe siècle, le 21ème jour', 'fr')).toEqual([]);
  });

  it('ranges and lists stay separate', () => {
    expect(values('entre trente et quarante morts', 'fr')).toEqual([30, 40]);
    expect(values('entre 30 et 40 morts', 'fr')).toEqual([30, 40]);
    expect(values('vingt morts et trente blessés', 'fr')).toEqual([20, 30]);
    expect(values('deux ou trois', 'fr')).toEqual([2, 3]);
  });

  it('keeps dates and years apart from counts', () => {
    expect(values('le 28 novembre 2024, 300 personnes', 'fr')).toEqual([28, 2024, 300]);
    expect(values('depuis 2011, plus de 500 000 morts', 'fr')).toEqual([2011, 500000]);
  });

  it('"la"/"le"/"du" before a round noun count like "une"/"un", and nowhere else', () => {
    expect(findNumbers('dépasser la centaine de morts', 'fr')[0]).toMatchObject({ value: 100, approximate: true, text: 'la centaine' });
    expect(values('le millier de déplacés', 'fr')).toEqual([1000]);
    expect(values('le cap du millier', 'fr')).toEqual([1000]);
    expect(values('la dizaine de soldats', 'fr')).toEqual([10]);
    expect(values('la ville, le camp, du pain, le 12 mai', 'fr')).toEqual([12]);
    expect(values('les centaines de blessés, des milliers de déplacés', 'fr')).toEqual([]);
  });

  it('reads counts in a news sentence', () => {
    const s = "Au moins deux cent quarante personnes ont été tuées, dont une vingtaine d'enfants, et 1 200 blessées.";
    expect(findNumbers(s, 'fr').map((m) => m.text)).toEqual(['deux cent quarante', 'une vingtaine', '1 200']);
  });
});
