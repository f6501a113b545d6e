// Parts of a toll are figures of their own: "Parmi les blessés, 9 sont des enfants", "Unter den
// Verletzten sind 8 Kinder", "entre los heridos hay…"; a marker that names a kind is a part of a count
// of that kind; "and N of them" after a smaller part is a part of the whole.
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a sentence opening with a part marker of a kind', () => {
  it.each([
    ['fr', 'L’explosion a fait 35 blessés. Parmi les blessés, 6 sont des enfants.', ['injured 35 exact people', 'injured 6 exact children']],
    ['fr', 'Le raid a fait 12 morts et 50 blessés. Parmi les morts figurent 4 femmes.', ['killed 12 exact people', 'injured 50 exact people', 'killed 4 exact women']],
    ['de', 'Bei dem Beschuss wurden 27 Menschen verletzt. Unter den Verletzten sind fünf Kinder.', ['injured 27 exact people', 'injured 5 exact children']],
    ['de', 'Es gab 9 Tote und 31 Verletzte. Unter den Toten sind drei Frauen.', ['killed 9 exact people', 'injured 31 exact people', 'killed 3 exact women']],
    ['es', 'El atentado dejó 18 muertos y 44 heridos. Entre los heridos hay 7 menores.', ['killed 18 exact people', 'injured 44 exact people', 'injured 7 exact children']],
    ['es', 'El bombardeo dejó 18 muertos y 44 heridos. Entre los muertos hay 5 mujeres.', ['killed 18 exact people', 'injured 44 exact people', 'killed 5 exact women']],
    // trap: a part marker before an age is no count of its own
    ['fr', 'L’explosion a fait 35 blessés. Parmi les blessés, un enfant de 8 ans.', ['injured 35 exact people']],
    // trap: "des dizaines" among the wounded has no number
    ['es', 'El ataque dejó 60 heridos. Entre los heridos hay decenas de niños.', ['injured 60 exact people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('"and N of them" after a smaller part is of the whole', () => {
  it.each([
    ['fr', 'Vingt personnes ont été blessées, dont 3 enfants, et 7 d’entre elles restent hospitalisées.', ['injured 20 exact people', 'injured 3 exact children', 'injured 7 exact people']],
    ['es', 'Veinte personas resultaron heridas, entre ellas 3 niños, y 7 de ellas siguen hospitalizadas.', ['injured 20 exact people', 'injured 3 exact children', 'injured 7 exact people']],
    ['ar', 'أصيب 40 شخصا في الهجوم، بينهم 9 أطفال، و11 منهم في حالة حرجة.', ['injured 40 exact people', 'injured 9 exact children', 'injured 11 exact people']],
    // a smaller count of them is still a part of the part before: keep it
    ['fr', 'Trente civils ont été tués, dont 12 enfants, 5 d’entre eux âgés de moins de deux ans.', ['killed 30 exact civilians', 'killed 12 exact children', 'killed 5 exact children']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
