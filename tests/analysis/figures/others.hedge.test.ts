// "N others" and "and <cue> N" take the group of the count before; "at least" after the counted noun.
import { describe, it } from 'vitest';
import type { Lang } from '../../../src/analysis/types.js';
import { expectFigures } from './helpers.js';

describe('"others" points back at the group before', () => {
  it.each([
    ['en', 'Four police officers were killed and two others wounded in the ambush.', ['killed 4 exact combatants', 'injured 2 exact combatants']],
    ['en', 'Six soldiers, including a colonel, died and five others were hurt.', ['killed 6 exact combatants', 'injured 5 exact combatants']],
    ['fr', 'Trois soldats ont été tués et deux autres blessés dans l’embuscade.', ['killed 3 exact combatants', 'injured 2 exact combatants']],
    ['ar', 'أسفر الهجوم عن مقتل سبعة جنود وإصابة خمسة آخرين.', ['killed 7 exact combatants', 'injured 5 exact combatants']],
    ['ar', 'أسفر الانفجار عن مقتل أربعة جنود وإصابة اثنين.', ['killed 4 exact combatants', 'injured 2 exact combatants']],
    // trap: with no group before, "others" are people
    ['en', 'The blast killed 9 and wounded 14 others.', ['killed 9 exact people', 'injured 14 exact people']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a hedge after the counted noun', () => {
  it.each([
    ['ar', 'قتل 23 شخصا على الأقل في القصف.', ['killed 23 at_least people']],
    ['ar', 'أسفرت الغارة عن مقتل 11 مدنيا على الأقل.', ['killed 11 at_least civilians']],
    ['fr', 'La frappe a tué 17 civils au moins.', ['killed 17 at_least civilians']],
    // trap: the hedge belongs to the next count
    ['ar', 'قتل 5 أشخاص وأصيب على الأقل 20 آخرون.', ['killed 5 exact people', 'injured 20 at_least people']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic "young men" are people', () => {
  it.each([
    ['ar', 'واعتقلت القوات أكثر من عشرين شابا من القرية.', ['detained 20 more_than people']],
    ['ar', 'قتل خمسة شبان في القصف.', ['killed 5 exact people']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
