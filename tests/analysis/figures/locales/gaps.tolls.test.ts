// Tolls named after their count ("portant à 56 le bilan", "estima en 1,5 millones el número de
// desplazados"), exceeding a mark ("überstieg die Marke von 1000"), singular flight verbs ("floh").
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a toll named after its count', () => {
  it.each([
    ['fr', 'Au moins 4 personnes ont été tuées, portant à 56 le bilan de la semaine.', ['killed 4 at_least people', 'killed 56 exact people']],
    ['fr', 'Le ministère a porté à 12 le bilan des blessés.', ['injured 12 exact people']],
    ['es', 'La ONU estima en 1,5 millones el número de desplazados.', ['displaced 1500000 about people']],
    ['es', 'Las autoridades elevaron a 56 la cifra de muertos.', ['killed 56 exact people']],
    ['es', 'El gobierno cifra en 230 el número de heridos.', ['injured 230 exact people']],
    // traps: a toll of damage, a count of other things
    ['fr', 'Le maire a porté à 40 le bilan des dégâts matériels.', []],
    ['es', 'El gobierno elevó a 14 el número de provincias afectadas.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('German: exceeding a mark, singular flight', () => {
  it.each([
    ['de', 'Die Zahl der Toten überstieg die Marke von 1000.', ['killed 1000 more_than people']],
    ['de', 'Die Zahl der Verletzten überschritt inzwischen die Schwelle von 500.', ['injured 500 more_than people']],
    ['de', 'Fast eine halbe Million Menschen floh vor den Kämpfen.', ['displaced 500000 nearly people']],
    // trap: a mark of no people
    ['de', 'Der Ölpreis überstieg die Marke von 100 Dollar.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
