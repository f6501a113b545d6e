// How fr/es/de/ar hedge a count: a hedge word after a round noun and its noun ("une cinquantaine de
// personnes au moins"), and a month before a comma ("En mars, 61 habitants…") is no date of the count.
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a hedge after a round noun and its counted noun', () => {
  it.each([
    ['fr', 'Une quarantaine de villageois au moins ont été tués par les assaillants.', ['killed 40 at_least people']],
    ['fr', 'Une dizaine de soldats au moins ont été blessés dans l’embuscade.', ['injured 10 at_least combatants']],
    ['es', 'Una treintena de civiles al menos murieron en el ataque contra el mercado.', ['killed 30 at_least civilians']],
    ['es', 'Un centenar de personas al menos resultaron heridas por la explosión.', ['injured 100 at_least people']],
    // the round noun alone stays "about"; an "about" hedge after it too
    ['fr', 'Une vingtaine de personnes ont été tuées.', ['killed 20 about people']],
    ['fr', 'Une vingtaine de personnes environ ont été blessées.', ['injured 20 about people']],
    ['es', 'Una decena de policías murieron en la emboscada.', ['killed 10 about combatants']],
    // an explicit hedge before keeps its word
    ['es', 'Unas 40 personas al menos resultaron heridas.', ['injured 40 about people']],
    // trap: "des dizaines" has no number
    ['fr', 'Des dizaines de personnes au moins ont été tuées.', []],
    // trap: the "at least" opens the next count
    ['fr', 'Une trentaine de soldats ont été tués, au moins 50 blessés.', ['killed 30 about combatants', 'injured 50 at_least combatants']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a month before a comma dates nothing', () => {
  it.each([
    ['fr', 'En mars, 61 habitants avaient été enlevés dans un autre village.', ['detained 61 exact people']],
    ['es', 'En abril, 14 soldados murieron en la región.', ['killed 14 exact combatants']],
    ['en', 'In March, 61 villagers were abducted.', ['detained 61 exact people']],
    // trap: a date is no count
    ['fr', 'Le 12 mars, des soldats ont été tués.', []],
    ['es', 'El 14 de abril murió un soldado.', []],
    // trap: "March, 2024" the year is no count
    ['en', 'In March, 2024 a soldier was killed.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang, published: '2024-05-10T10:00:00Z' }));
});

describe('more hedges after the counted noun', () => {
  it.each([
    ['es', 'Murieron 12 personas por lo menos.', ['killed 12 at_least people']],
    ['es', 'Una veintena de personas por lo menos murieron.', ['killed 20 at_least people']],
    ['de', '50 Menschen zumindest wurden getötet.', ['killed 50 at_least people']],
    ['fr', 'La frappe a tué 30 civils au bas mot.', ['killed 30 at_least civilians']],
    // trap: the hedge opens the next count
    ['es', 'Murieron 12 personas, por lo menos 30 resultaron heridas.', ['killed 12 exact people', 'injured 30 at_least people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
