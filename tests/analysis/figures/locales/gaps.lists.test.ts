// Lists whose first item has complements ("140 miembros de las fuerzas del gobierno y 96
// combatientes"): the second count keeps the kind (and part) of the first; a kind noun closing a
// list ("64 soldados del ejército y 37 rebeldes muertos") gives the kind to both.
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a list whose first item has complements', () => {
  it.each([
    ['es', 'El balance asciende a 600 muertos. Entre ellos hay 140 miembros de las fuerzas de seguridad del gobierno y 96 combatientes leales al antiguo régimen.',
      ['killed 600 exact people', 'killed 140 exact combatants', 'killed 96 exact combatants']],
    ['fr', 'Le bilan s’élève à 420 morts. Parmi eux figurent 33 membres des forces de sécurité du gouvernement et 27 combattants fidèles à l’ancien régime.',
      ['killed 420 exact people', 'killed 33 exact combatants', 'killed 27 exact combatants']],
    ['de', 'Insgesamt wurden 380 Menschen getötet. Darunter sind 41 Angehörige der Sicherheitskräfte der Regierung und 19 Kämpfer der früheren Regierung.',
      ['killed 380 exact people', 'killed 41 exact combatants', 'killed 19 exact combatants']],
    ['es', 'La emboscada mató a 8 agentes de la policía estatal y 3 civiles.', ['killed 8 exact combatants', 'killed 3 exact civilians']],
    ['fr', 'L’assaut a tué 11 soldats de l’armée malienne et 4 civils.', ['killed 11 exact combatants', 'killed 4 exact civilians']],
    // traps: the second item counts no people; a verb between is another clause
    ['es', 'El ataque mató a 6 vecinos del barrio y 3 caballos.', ['killed 6 exact people']],
    ['fr', 'L’attaque a tué 6 habitants du village et détruit 30 maisons.', ['killed 6 exact people']],
    ['es', 'Murieron 5 soldados de la brigada 12 y 3 kilómetros de carretera quedaron cortados.', ['killed 5 exact combatants']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a kind noun closing a list', () => {
  it.each([
    ['es', 'Los combates dejaron 64 soldados del ejército regular y 37 rebeldes muertos.', ['killed 64 exact combatants', 'killed 37 exact combatants']],
    ['es', 'La explosión dejó 9 civiles y 4 policías heridos.', ['injured 9 exact civilians', 'injured 4 exact combatants']],
    // traps: each item has its own kind; the first counts no people
    ['es', 'Los combates dejaron 3 soldados muertos y 5 civiles heridos.', ['killed 3 exact combatants', 'injured 5 exact civilians']],
    ['es', 'El temporal dejó 12 casas y 4 personas heridas.', ['injured 4 exact people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('members of a force, by its name', () => {
  it.each([
    ['es', 'Según el Ejército, 9 presuntos integrantes del ELN fueron capturados en la zona.', ['detained 9 exact combatants']],
    ['es', 'Murieron al menos 14 talibanes que custodiaban el puesto.', ['killed 14 at_least combatants']],
    ['fr', 'Au moins 12 talibans ont été tués dans la frappe.', ['killed 12 at_least combatants']],
    // trap: an ordinal front number
    ['es', 'Los integrantes del frente 33 no reportaron bajas.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
