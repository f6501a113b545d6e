// A force's losses are its dead: "l'armée a perdu 12 hommes", "la perte de 9 soldats", "perdió 12
// soldados", "verlor zwölf Soldaten", "خسر الجيش 12 جنديا", "سقط 14 جنديا".
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a force’s losses', () => {
  it.each([
    ['fr', 'Les FDS déplorent la perte de 9 soldats.', ['killed 9 exact combatants']],
    ['fr', 'L’armée a perdu 11 soldats dans l’embuscade.', ['killed 11 exact combatants']],
    ['es', 'El ejército perdió 12 soldados en la emboscada.', ['killed 12 exact combatants']],
    ['de', 'Die Armee verlor zwölf Soldaten bei dem Hinterhalt.', ['killed 12 exact combatants']],
    ['ar', 'وخسر الجيش 12 جنديا في الكمين.', ['killed 12 exact combatants']],
    ['ar', 'وسقط 14 جنديا في المعارك.', ['killed 14 exact combatants']],
    // traps: losses of no people
    ['fr', 'L’armée a perdu 12 véhicules et 3 villages.', []],
    ['es', 'El equipo perdió 3 partidos seguidos.', []],
    ['de', 'Die Firma verlor 300 Millionen Euro.', []],
    ['ar', 'وسقط 3 صواريخ في منطقة مفتوحة.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
