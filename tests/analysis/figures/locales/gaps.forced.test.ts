// Forced flight with the count between the verb and its complement ("a poussé 10 000 personnes à
// fuir", "obligó a 10.000 personas a huir"); holding hostages ("retiennent en otage 30 …", "mantienen
// como rehenes a 30 …").
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('forced flight and hostages held', () => {
  it.each([
    ['fr', 'Les violences ont poussé plus de 10 000 personnes à fuir.', ['displaced 10000 more_than people']],
    ['fr', 'Les combats ont contraint 800 familles à quitter leurs maisons.', ['displaced 800 exact people families']],
    ['es', 'La violencia obligó a más de 10.000 personas a huir.', ['displaced 10000 more_than people']],
    ['es', 'Los combates han obligado a unas 500 familias a abandonar sus hogares.', ['displaced 500 about people families']],
    ['fr', 'Les rebelles retiennent en otage 30 travailleurs humanitaires.', ['detained 30 exact civilians']],
    ['es', 'Los rebeldes mantienen como rehenes a 30 cooperantes.', ['detained 30 exact civilians']],
    // traps: helping people flee, holding documents
    ['fr', 'Le gouvernement a aidé 10 000 personnes à fuir.', []],
    ['es', 'El gobierno ayudó a 300 personas a huir.', []],
    ['fr', 'La police détient les documents de 30 personnes.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
