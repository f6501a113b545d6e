// Remains and bodies of a count are dead ("restos de al menos 30 personas", "die Leichen von 20
// Männern", "les restes de 12 personnes"); homicides are killed; Spanish "N más" are others; Arabic
// "تعرض N للاختطاف" are detained.
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('remains, bodies, homicides', () => {
  it.each([
    ['es', 'Se localizaron restos de al menos 30 personas en el predio.', ['killed 30 at_least people']],
    ['fr', 'Les enquêteurs ont exhumé les restes de 12 personnes.', ['killed 12 exact people']],
    ['de', 'Die Leichen von 20 Männern wurden am Straßenrand gefunden.', ['killed 20 exact people']],
    ['fr', 'La police a recensé 1 200 homicides au premier semestre.', ['killed 1200 exact people']],
    ['de', 'Die Polizei zählte 340 Morde im vergangenen Jahr.', ['killed 340 exact people']],
    // traps: remains of no people, a count of bodies of water
    ['es', 'Se hallaron restos de 3 vehículos calcinados.', []],
    ['de', 'Die Leichen wurden in 3 Krankenhäuser gebracht.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang, published: '2024-06-20T10:00:00Z' }));
});

describe('Spanish "N más", Arabic "subjected to kidnapping"', () => {
  it.each([
    ['es', 'Tres policías murieron y cuatro más resultaron heridos.', ['killed 3 exact combatants', 'injured 4 exact combatants']],
    ['es', 'El choque dejó cinco muertos y 12 más heridos.', ['killed 5 exact people', 'injured 12 exact people']],
    ['ar', 'وتعرض 8 أشخاص للاختطاف على الطريق.', ['detained 8 exact people']],
    // trap: "más de" is a hedge
    ['es', 'Murieron dos soldados y más de 14 civiles.', ['killed 2 exact combatants', 'killed 14 more_than civilians']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
