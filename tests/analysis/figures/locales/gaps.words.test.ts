// Words of counts in fr/es/de: the drowned are dead, "mis aux arrêts" / "privó de la libertad a" /
// "mantiene retenidas a" detain, "avaient déjà fui" and "ont franchi la frontière pour fuir" flee,
// Spanish toll ellipsis ("y el de heridos a 42"), German "am selben Tag drei …" is no day number.
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('French', () => {
  it.each([
    ['fr', 'Au moins 9 personnes, dont 4 enfants, se sont noyées au large de la côte.', ['killed 9 at_least people', 'killed 4 exact children']],
    ['fr', 'Sept migrants sont morts noyés lors de la traversée.', ['killed 7 exact people']],
    ['fr', 'Les quatre militaires ont été mis aux arrêts.', ['detained 4 exact combatants']],
    ['fr', 'Quelque 12 000 réfugiés avaient déjà fui vers le Tchad.', ['displaced 12000 about people']],
    ['fr', 'Plus de 5 000 personnes ont franchi la frontière pour fuir les combats.', ['displaced 5000 more_than people']],
    ['fr', 'Les ravisseurs ont enlevé 80 lycéennes dans leur internat.', ['detained 80 exact children']],
    ['fr', 'Le groupe a exécuté 40 civils en une seule journée.', ['killed 40 exact civilians']],
    // traps
    ['fr', 'Le navire a coulé en une seule nuit, sans faire de victime.', []],
    ['fr', 'Les secouristes ont sauvé 30 personnes de la noyade.', []],
    ['fr', 'Un soldat a été mis aux arrêts.', []],
    ['fr', 'Le convoi a franchi la frontière avec 40 camions.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Spanish', () => {
  it.each([
    ['es', 'El balance de muertos asciende a 12, y el de heridos a cuarenta y dos.', ['killed 12 exact people', 'injured 42 exact people']],
    ['es', 'La cifra de muertos llegó a 30, mientras que la de heridos a 75.', ['killed 30 exact people', 'injured 75 exact people']],
    ['es', 'La guerrilla mantiene retenidas a unas 15 personas en la zona.', ['detained 15 about people']],
    ['es', 'Un comando privó de la libertad a cuatro jóvenes en el barrio.', ['detained 4 exact people']],
    // traps
    ['es', 'El de Madrid a Toledo es un tramo de 70 kilómetros.', []],
    ['es', 'Los disidentes del frente 33 atacaron la base.', []],
    ['es', 'Un comando privó de la libertad a un comerciante.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('German', () => {
  it.each([
    ['de', 'Die Polizei nahm noch am gleichen Tag fünf Verdächtige fest.', ['detained 5 exact people']],
    ['de', 'Am selben Tag wurden zwei Soldaten getötet.', ['killed 2 exact combatants']],
    ['de', 'In den vergangenen drei Tagen wurden 50 Menschen getötet.', ['killed 50 exact people']],
    // traps: a day or year number
    ['de', 'Am Tag 3 der Offensive wurden Soldaten getötet.', []],
    ['de', 'Im Jahr 2014 wurden Soldaten getötet.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
