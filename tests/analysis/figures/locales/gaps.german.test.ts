// German word order and words: a participle opening the sentence ("Getötet wurden 12 Menschen,
// verletzt wurden 40"), "Ums Leben kamen acht", succumbing to wounds, a side's "eliminiert", members
// of a named armed group in a hyphen compound ("30 Hisbollah-Mitglieder").
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('German', () => {
  it.each([
    ['de', 'Getötet wurden 12 Menschen, verletzt wurden 40.', ['killed 12 exact people', 'injured 40 exact people']],
    ['de', 'Ums Leben kamen mindestens acht Menschen.', ['killed 8 at_least people']],
    ['de', 'Verletzt wurden 23 Menschen, darunter sieben Kinder.', ['injured 23 exact people', 'injured 7 exact children']],
    ['de', 'Vier Menschen erlagen im Krankenhaus ihren Verletzungen.', ['killed 4 exact people']],
    ['de', 'Die Armee meldete, sie habe 45 Terroristen eliminiert.', ['killed 45 exact combatants']],
    ['de', 'Israelische Soldaten töteten nach Armeeangaben 30 Hisbollah-Mitglieder.', ['killed 30 exact combatants']],
    // traps: family members are no fighters; a participle of no count
    ['de', 'Bei dem Angriff wurden 6 Familien-Mitglieder getötet.', ['killed 6 exact people']],
    ['de', 'Getötet wurde niemand, 3 Häuser brannten ab.', []],
    ['de', 'Die Mannschaft schied mit 3 Toren Rückstand aus.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
