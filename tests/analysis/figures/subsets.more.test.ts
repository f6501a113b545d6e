// Parts of a toll: the part names its own group, "among the dead were", a part with an unknown noun.
import { describe, it } from 'vitest';
import type { Lang } from '../../../src/analysis/types.js';
import { expectFigures } from './helpers.js';

describe('parts of a toll', () => {
  it.each([
    ['en', 'The raid killed 31 people, 12 of them children.', ['killed 31 exact people', 'killed 12 exact children']],
    ['en', 'Shelling wounded 40 people, nine of them women.', ['injured 40 exact people', 'injured 9 exact women']],
    ['en', 'Among the dead were 8 soldiers and three civilians, officials said.', ['killed 8 exact combatants', 'killed 3 exact civilians']],
    ['en', 'Of the dead, 14 were children.', ['killed 14 exact children']],
    ['en', 'Among the wounded were five journalists.', ['injured 5 exact civilians']],
    ['es', 'Entre los muertos figuran doce niños.', ['killed 12 exact children']],
    // a part whose noun is no group takes the whole's group
    ['fr', 'Onze soldats ont été tués, dont six Tchadiens.', ['killed 11 exact combatants', 'killed 6 exact combatants']],
    // trap: "monthly" before a noun is no period
    ['en', 'Among the dead were 6 teachers who had come to collect their monthly salaries.', ['killed 6 exact civilians']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a sentence that opens with a part marker continues the count before it', () => {
  it.each([
    ['de', 'Bei dem Angriff wurden 60 Menschen verletzt. Darunter seien rund 20 Kinder.', ['injured 60 exact people', 'injured 20 about children']],
    ['en', 'The gunmen abducted 140 people. Among them are 35 women.', ['detained 140 exact people', 'detained 35 exact women']],
    ['es', 'El ataque dejó 50 muertos. Entre ellos hay 12 niños.', ['killed 50 exact people', 'killed 12 exact children']],
    // trap: a later sentence with a number but no marker and no cue is nothing
    ['en', 'The gunmen abducted 140 people. The school has 35 classrooms.', ['detained 140 exact people']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
