// Breakdowns of a toll: after a colon ("12 morts : huit civils et quatre militaires"), a sentence
// opening with a part ("Trois des victimes sont des enfants"), a toll's earlier value set off by commas
// ("le bilan, qui était de 20 morts mardi, est passé à 35") or given as "from … to".
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a breakdown after a colon', () => {
  it.each([
    ['fr', 'Quinze personnes sont mortes : onze civils et quatre policiers.', ['killed 15 exact people', 'killed 11 exact civilians', 'killed 4 exact combatants']],
    ['es', 'Murieron 14 personas: 9 civiles y 5 militares.', ['killed 14 exact people', 'killed 9 exact civilians', 'killed 5 exact combatants']],
    ['de', 'Elf Menschen starben: sieben Zivilisten und vier Soldaten.', ['killed 11 exact people', 'killed 7 exact civilians', 'killed 4 exact combatants']],
    ['ar', 'قتل 13 شخصا: 9 مدنيين و4 عسكريين.', ['killed 13 exact people', 'killed 9 exact civilians', 'killed 4 exact combatants']],
    // traps: a colon before counts of no people, a headline colon
    ['fr', 'Dix soldats ont été tués : 3 véhicules ont été détruits.', ['killed 10 exact combatants']],
    ['fr', 'Bilan : 34 morts.', ['killed 34 exact people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a sentence opening with a part of the count before', () => {
  it.each([
    ['fr', 'L’attaque a fait 17 morts. Cinq des victimes sont des enfants.', ['killed 17 exact people', 'killed 5 exact children']],
    ['es', 'El ataque dejó 17 muertos. Cinco de las víctimas eran menores de edad.', ['killed 17 exact people', 'killed 5 exact children']],
    ['de', 'Bei dem Angriff starben 17 Menschen. Fünf der Opfer waren Kinder.', ['killed 17 exact people', 'killed 5 exact children']],
    ['de', 'Unter den 35 Toten sind 20 Zivilisten.', ['killed 35 exact people', 'killed 20 exact civilians']],
    // trap: a part of no count
    ['fr', 'Le village a été attaqué. Trois des maisons ont brûlé.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a toll and its earlier value', () => {
  it.each([
    ['fr', 'Le bilan, qui était de 20 morts mardi, est passé à 35.', ['killed 20 exact people', 'killed 35 exact people']],
    ['es', 'El balance, que el lunes era de 20 muertos, subió a 35.', ['killed 20 exact people', 'killed 35 exact people']],
    ['fr', 'Le bilan est passé de 20 à 35 morts.', ['killed 20 exact people', 'killed 35 exact people']],
    ['es', 'El balance de muertos pasó de 20 a 35.', ['killed 20 exact people', 'killed 35 exact people']],
    ['ar', 'وارتفعت الحصيلة من 20 إلى 35 قتيلا.', ['killed 20 exact people', 'killed 35 exact people']],
    // traps: a real range stays one figure
    ['fr', 'Entre 20 et 35 personnes ont été tuées.', ['killed 20-35 exact people']],
    ['es', 'De 20 a 30 personas murieron.', ['killed 20-30 exact people']],
    ['ar', 'قتل ما بين 20 و35 شخصا.', ['killed 20-35 exact people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
