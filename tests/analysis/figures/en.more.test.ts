// English counts that need more than a number and a noun: dotted nationalities, units after
// "displaced", modal past estimates, euphemisms, members of armed groups; and their traps.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { type Case, expectFigures } from './helpers.js';

const run = (cases: Case[]) => {
  for (const [text, expected] of cases) it(text, () => expectFigures(text, expected));
};

describe('more English counts and traps', () => {
  const figs = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => `${f.kind} ${f.count} ${f.who} ${f.unit}`);
  it.each([
    ['A bomb near the base killed 4 soldiers and 9 U.S. troops.', 'killed 9 combatants people'],
    ['Eleven U.N. peacekeepers were wounded in the ambush.', 'injured 11 combatants people'],
    ['Officials had registered 2,300 displaced households by Friday.', 'displaced 2300 people households'],
    ['The state has recorded more than 900 homicides this year.', 'killed 900 people people'],
    ['Some 450 people have been reported missing since the floods.', 'missing 450 people people'],
    ['Aid groups said as many as 700 people may have been killed in the assault.', 'killed 700 people people'],
    ['The raid killed 6 children and wounded 15 other people.', 'injured 15 people people'],
    ['Soldiers neutralised 14 bandits in the forest, the army said.', 'killed 14 combatants people'],
    ['The group said it had killed 20 members of the 10th Front.', 'killed 20 combatants people'],
    ['At least 17 of the movement\'s fighters were among the dead.', 'killed 17 combatants people'],
    ['A total of 130 pupils and staff are missing after the raid.', 'missing 130 people people'],
    ['At least 35 women and children were killed in the strike.', 'killed 35 people people'],
    ['One member of a local vigilante group was killed in the clash.', 'killed 1 combatants people'],
    ['Gangs killed an average of about 15 people a day in the capital.', 'killed 15 people people'],
  ])('%s', (text, want) => {
    expect(figs(text)).toContain(want);
  });
  it.each([
    'Boys as young as 12 were recruited by the militia.',
    'Up to 5,000 people could be killed if the dam breaks.',
    'Officials warned that 300 families might be displaced by the fighting.',
  ])('no figure: %s', (text) => {
    expect(figs(text)).toEqual([]);
  });
});

describe('a toll named after its count (wire copy)', () => {
  run([
    ['The strike killed 12, bringing to 1,450 the number of people killed in the province this year.', ['killed 12 exact people', 'killed 1450 exact people']],
    ['The shelling raised to 210 the number of wounded in the city.', ['injured 210 exact people']],
    ['The deaths bring to more than 40 the number of journalists killed in the war.', ['killed 40 more_than civilians']],
    ['The raid took to 75 the number of civilians killed this month.', ['killed 75 exact civilians']],
    // the toll named before its count stays the lexicon's
    ['Later the ministry raised the number of dead to 50.', ['killed 50 exact people']],
    // a number that no toll follows is not one
    ['The convoy brought to 30 the trucks that crossed.', []],
  ]);
});
