// Ranges, parts of a count, lists, replaced tolls and duplicates.
import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.js';

const run = (cases: Case[]) => {
  for (const [text, expected] of cases) it(text, () => expectFigures(text, expected));
};

describe('ranges', () => {
  run([
    ['Between 30 and 40 people were killed.', ['killed 30-40 exact people']],
    ['Between 4,887 and 7,528 people have died, the monitor said.', ['killed 4887-7528 exact people']],
    ['The strikes killed 4,887 to 7,528 people.', ['killed 4887-7528 exact people']],
    ['Some 200-300 people were wounded.', ['injured 200-300 about people']],
    ['The death toll rose from 10 to 20.', ['killed 10 exact people', 'killed 20 exact people']],
  ]);
});

describe('parts of a count', () => {
  run([
    ['24 civilians were killed, 19 of them in Russian air strikes.', ['killed 24 exact civilians', 'killed 19 exact civilians']],
    ['The raid killed 53 civilians, including 21 children.', ['killed 53 exact civilians', 'killed 21 exact children']],
    ['Five people, including two children, were killed.', ['killed 5 exact people', 'killed 2 exact children']],
    ['The shelling killed 14 civilians, including three children and two women.', ['killed 14 exact civilians', 'killed 3 exact children', 'killed 2 exact women']],
    ['Some 40 people were wounded; 12 of them died in hospital.', ['injured 40 about people', 'killed 12 exact people']],
    ['A score of the wounded are in critical condition.', ['injured 20 exact people']],
    ['The fighting killed 242 people, most of them combatants but also including civilians, including 24 dead.', ['killed 242 exact people', 'killed 24 exact civilians']],
    ['Two dozen people were killed, including a score of children.', ['killed 24 exact people', 'killed 20 exact children']],
  ]);
});

describe('lists and coordination', () => {
  run([
    ['The clashes killed 121 rebels, 40 government troops and 21 militiamen.', ['killed 121 exact combatants', 'killed 40 exact combatants', 'killed 21 exact combatants']],
    ['121 rebels, most of them from HTS, and 40 government troops had been killed.', ['killed 121 exact combatants', 'killed 40 exact combatants']],
    ['The attack killed 5 people and wounded 12 others.', ['killed 5 exact people', 'injured 12 exact people']],
    ['5 people were killed and 12 wounded.', ['killed 5 exact people', 'injured 12 exact people']],
    ['Two officers were killed and five wounded in the ambush.', ['killed 2 exact combatants', 'injured 5 exact combatants']],
    ['The toll rose to 57, up from 34 earlier.', ['killed 57 exact people', 'killed 34 exact people']],
    ['Initial reports had put the death toll at 10.', ['killed 10 exact people']],
    ['The rebels said they had killed more than 200 members of pro-government forces.', ['killed 200 more_than combatants']],
    ['Five gunmen killed 10 villagers.', ['killed 10 exact people']],
  ]);
});

describe('duplicates', () => {
  run([
    ['14,000 displaced\n\nMore than 14,000 people have been displaced, OCHA said. The 14,000 displaced people need shelter.', ['displaced 14000 more_than people']],
    ['Ten people were killed. Later, soldiers killed ten civilians.', ['killed 10 exact people', 'killed 10 exact civilians']],
  ]);
});

describe('phrases around the count', () => {
  run([
    ['The attack killed 3 people, bringing to 15 the number killed this week.', ['killed 3 exact people', 'killed 15 exact people']],
    ['A total of 7 people were killed in the raids.', ['killed 7 exact people']],
    ['Seven members of one family were killed in the strike on their home.', ['killed 7 exact people']],
    ['Fifteen of the dead were children.', ['killed 15 exact children']],
    ['Of the 45 people killed, 30 were civilians.', ['killed 45 exact people', 'killed 30 exact civilians']],
    ['The bodies of 12 people were found in a mass grave.', ['killed 12 exact people']],
    ['Hamas is still holding 101 hostages.', ['detained 101 exact people']],
    ['Gunmen killed 5 hostages.', ['killed 5 exact people']],
    ['Israel says 1,139 people were killed and about 250 taken hostage.', ['killed 1139 exact people', 'detained 250 about people']],
    ['The blast injured 25 people, five of them seriously.', ['injured 25 exact people', 'injured 5 exact people']],
    ['The toll included 8 children, the ministry said.', ['killed 8 exact children']],
    ['At least 10 people, among them three journalists, were killed.', ['killed 10 at_least people', 'killed 3 exact civilians']],
    ['Nine people, most of them women and children, were killed.', ['killed 9 exact people']],
    ['More than 200 people remain unaccounted for after the attack.', ['missing 200 more_than people']],
    ['Three UN peacekeepers from South Africa and one from Uruguay were killed.', ['killed 3 exact combatants', 'killed 1 exact combatants']],
    ['The mission has verified 11,520 civilian deaths, including 622 children, and 23,640 injured.', ['killed 11520 exact civilians', 'killed 622 exact children', 'injured 23640 exact civilians']],
    ['Two men aged 42 and 65 were killed.', ['killed 2 exact people']],
    ['The strike killed 5 soldiers, bringing the total to 48.', ['killed 5 exact combatants', 'killed 48 exact combatants']],
    ['The attack wounded 12 people, bringing the overall total since Friday to 60.', ['injured 12 exact people', 'injured 60 exact people']],
  ]);
});
