// Kinds, hedges and groups in English: the verb, noun or toll that says what happened, the hedge
// before the count, and the group after it.
import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.js';

const run = (cases: Case[]) => {
  for (const [text, expected] of cases) it(text, () => expectFigures(text, expected));
};

describe('killed', () => {
  run([
    ['Air strikes killed 17 people in the town on Monday.', ['killed 17 exact people']],
    ['Seventeen people were killed in the raid.', ['killed 17 exact people']],
    ['The blast left 12 dead.', ['killed 12 exact people']],
    ['The bombing left 12 people dead and 30 injured.', ['killed 12 exact people', 'injured 30 exact people']],
    ['At least nine villagers died when the bridge was shelled.', ['killed 9 at_least people']],
    ['Three fishermen lost their lives in the attack.', ['killed 3 exact people']],
    ['Gunmen shot dead four farmers near the village.', ['killed 4 exact people']],
    ['Eight killed as missiles hit residential area', ['killed 8 exact people']],
    ['Shelling kills 6 in border town', ['killed 6 exact people']],
    ['The death toll from the market bombing climbed to 73 on Sunday.', ['killed 73 exact people']],
    ['Officials put the death toll at 112.', ['killed 112 exact people']],
    ['The number of people killed has risen to 48.', ['killed 48 exact people']],
    ['The toll stands at 260 dead.', ['killed 260 exact people']],
    ['Rescuers recovered 21 bodies from the rubble.', ['killed 21 exact people']],
    ['The massacre claimed the lives of 32 villagers.', ['killed 32 exact people']],
    ['One civilian was killed and two others were hurt.', ['killed 1 exact civilians', 'injured 2 exact civilians']],
    ['A drone strike killed one medic.', ['killed 1 exact civilians']],
  ]);
});

describe('injured, displaced, missing, detained', () => {
  run([
    ['The explosion wounded 45 people, some of them seriously.', ['injured 45 exact people']],
    ['At least 14 people were injured when the shell struck a bus.', ['injured 14 at_least people']],
    ['Some 80 people were hurt in the stampede that followed the blast.', ['injured 80 about people']],
    ['Police beat up 12 protesters.', ['injured 12 exact people']],
    ['Serbia beat Great Britain in the Davis Cup last eight on Saturday.', []],
    ['More than 5,000 people fled the town over the weekend.', ['displaced 5000 more_than people']],
    ['The fighting has forced 20,000 people from their homes.', ['displaced 20000 exact people']],
    ['Around 3,500 families have been displaced, the agency said.', ['displaced 3500 about people families']],
    ['Almost 900 households were uprooted by the floods of war.', ['displaced 900 nearly people households']],
    ['An estimated 1.2 million people have fled to neighbouring countries.', ['displaced 1200000 about people']],
    ['About 2,000 new refugees crossed into Chad last week.', ['displaced 2000 about people']],
    ['Nine people remain missing after the strike.', ['missing 9 exact people']],
    ['Rescuers said 30 people were still under the rubble.', ['missing 30 exact people']],
    ['Police arrested 57 demonstrators.', ['detained 57 exact people']],
    ['Gunmen kidnapped 24 schoolgirls from their dormitory.', ['detained 24 exact children']],
    ['At least 150 people were detained in overnight raids.', ['detained 150 at_least people']],
    ['Militants took 11 soldiers prisoner.', ['detained 11 exact combatants']],
    ['The attackers took 240 hostages back to Gaza.', ['detained 240 exact people']],
  ]);
});

describe('hedges', () => {
  run([
    ['At least 40 people were killed.', ['killed 40 at_least people']],
    ['No fewer than 40 people were killed.', ['killed 40 at_least people']],
    ['More than 40 people were killed.', ['killed 40 more_than people']],
    ['Over 40 people were killed.', ['killed 40 more_than people']],
    ['Upwards of 40 people were killed.', ['killed 40 more_than people']],
    ['Around 40 people were killed.', ['killed 40 about people']],
    ['Roughly 40 people were killed.', ['killed 40 about people']],
    ['Some 40 people were killed.', ['killed 40 about people']],
    ['An estimated 40 people were killed.', ['killed 40 about people']],
    ['Almost 40 people were killed.', ['killed 40 nearly people']],
    ['Nearly 40 people were killed.', ['killed 40 nearly people']],
    ['Close to 40 people were killed.', ['killed 40 nearly people']],
    ['Up to 40 people were killed.', ['killed 40 up_to people']],
    ['As many as 40 people were killed.', ['killed 40 up_to people']],
    ['40 people were killed.', ['killed 40 exact people']],
    ['At 50 civilians were killed in the shelling.', ['killed 50 at_least civilians']],
    ['The toll stood at 50.', ['killed 50 exact people']],
  ]);
});

describe('groups', () => {
  run([
    ['The strike killed 10 civilians.', ['killed 10 exact civilians']],
    ['The strike killed 10 children.', ['killed 10 exact children']],
    ['The strike killed 10 women.', ['killed 10 exact women']],
    ['The strike killed 10 soldiers.', ['killed 10 exact combatants']],
    ['The strike killed 10 Hamas fighters.', ['killed 10 exact combatants']],
    ['The strike killed 10 militiamen.', ['killed 10 exact combatants']],
    ['The strike killed 10 jihadists.', ['killed 10 exact combatants']],
    ['The junta said 12 "terrorists" had been killed.', ['killed 12 exact combatants']],
    ['The ambush killed 10 police officers.', ['killed 10 exact combatants']],
    ['The strike killed 10 Palestinians.', ['killed 10 exact people']],
    ['The strike killed 10 members of the same family.', ['killed 10 exact people']],
    ['The strike killed 10 aid workers.', ['killed 10 exact civilians']],
    ['The strike killed 10 journalists.', ['killed 10 exact civilians']],
    ['Two dozen people were killed.', ['killed 24 exact people']],
    ['A dozen soldiers were wounded.', ['injured 12 exact combatants']],
    ['Half a million people have been displaced.', ['displaced 500000 exact people']],
    ['2.5 million people have fled.', ['displaced 2500000 exact people']],
    ['Fifty people died.', ['killed 50 exact people']],
    ['The strikes killed 31 people, including 19 women and children.', ['killed 31 exact people', 'killed 19 exact people']],
    ['The strikes killed 4 women and 3 children.', ['killed 4 exact women', 'killed 3 exact children']],
  ]);
});
