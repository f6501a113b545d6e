// Numbers that count no people, and people that are no casualties.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { type Case, expectFigures } from './helpers.js';

const run = (cases: Case[]) => {
  for (const [text, expected] of cases) it(text, () => expectFigures(text, expected));
};

describe('numbers that count no people', () => {
  run([
    ['Rebels captured 50 villages and killed 3 soldiers.', ['killed 3 exact combatants']],
    ['Warplanes carried out 63 air strikes on the province.', []],
    ['Russian jets flew 14 strikes and killed 9 civilians.', ['killed 9 exact civilians']],
    ['The fighters were 2 kilometres from the city, where 5 people were killed.', ['killed 5 exact people']],
    ['They overran the 46th Regiment and killed 12 troops.', ['killed 12 exact combatants']],
    ['The war that began in 2011 flared again; 8 people were killed.', ['killed 8 exact people']],
    ['A 12-year-old boy and 3 adults were killed.', ['killed 3 exact people']],
    ['The attack on November 28 killed 6 people.', ['killed 6 exact people']],
    // a part of a count given in words only takes the kind of the predicate before it
    ['Dozens were killed, including at least 14 children.', ['killed 14 at_least children']],
    ['Hundreds of people were wounded, among them 40 women.', ['injured 40 exact women']],
    ['All of those kidnapped have been freed, among them 76 girls.', []],
    // lives claimed or cost are deaths; lives saved and a verb "lives" are not
    ['The fighting has claimed more than 150 lives.', ['killed 150 more_than people']],
    ['The war has cost 150,000 lives.', ['killed 150000 exact people']],
    ['Doctors saved 40 lives that night.', []],
    ['"Many were not moving," said Halima Abdi, a mother of four who lives near the junction.', []],
    // the evacuated are no figure, but wounded counted as evacuated are
    ['Troops evacuated 500 residents.', []],
    ['Medics evacuated 21 injured people to Egypt.', ['injured 21 exact people']],
    // a photo's place in a gallery
    ['Photo 1 of 12: Rescuers search the rubble where 9 people died.', ['killed 9 exact people']],
    // a year naming an event is no count of the people it killed
    ['The 2016 floods killed 31 people.', ['killed 31 exact people']],
    ['The 1994 genocide killed 800,000 people.', ['killed 800000 exact people']],
    ['Not since the 2010 quake had so many died; 45 were killed.', ['killed 45 exact people']],
    ['Some 1900 Yazidis killed, officials said.', ['killed 1900 about people']],
    // a set named with a kind of its own is a count too; its part takes the kind
    ['She was one of 27 people killed when the shell hit the market.', ['killed 27 exact people']],
    ['Two of the 14 wounded were children.', ['injured 2 exact children', 'injured 14 exact people']],
    ['Five of the 40 injured are in critical condition.', ['injured 5 exact people', 'injured 40 exact people']],
    ['Two of the 14 injured later died in hospital.', ['killed 2 exact people', 'injured 14 exact people']],
    // a share of a count ("half of", "40 per cent of") is no count and no rate; the count is the whole's
    ['About 40 per cent of the 2,000 dead were children.', ['killed 2000 exact people']],
    ['Half of the 2,000 dead were children.', ['killed 2000 exact people']],
    // a set named by a group alone is only the set, and the part is of its group
    ['Three of the four soldiers were killed.', ['killed 3 exact combatants']],
    ['Women and children made up 70 percent of those killed.', []],
    ['Some 70% of the dead were civilians.', []],
    ['Dozens of people were killed in the attack.', []],
    ['Hundreds were wounded.', []],
    ['Scores of civilians were killed.', []],
    ['Thousands of people fled.', []],
    ['A general was killed in the strike.', []],
    ['Another civilian was killed by a rocket.', []],
    ['A medic was killed in the strike.', []],
    ['The province is home to 4 million residents.', []],
    ['Idlib is home to more than 4 million people, many of whom have been displaced.', []],
    ['Resolution 2254 calls for a ceasefire; 10 people died on Friday.', ['killed 10 exact people']],
    ['Drones destroyed 7 tanks and killed 15 soldiers.', ['killed 15 exact combatants']],
    ['The M5 highway was cut 15km south of the city.', []],
    ['The 1,200-strong battalion lost 30 soldiers.', []],
    ['The blast at 10:30 killed 4 people.', ['killed 4 exact people']],
    ['The strikes caused $5 million in damage and killed 2 people.', ['killed 2 exact people']],
    ['In 2019, Turkey and Russia agreed a truce.', []],
    ['It controls two thirds of the country.', []],
    ['The man, 45, was killed when the shell hit his car.', []],
    ['Ahmed Ali, 12, died of his wounds.', []],
    ['Updated 3 hours ago | 5 min read | 1.2K shares', []],
    ['Around 1,500 troops and 30 tanks took part in the exercise.', []],
    ['He served 20 years in the army before he was killed.', []],
    ['Casualties: 17 dead, 42 injured.', ['killed 17 exact people', 'injured 42 exact people']],
  ]);
});

describe('people who are no casualties', () => {
  run([
    ['Some 2,000 people were trapped in the hospital.', []],
    ['About 500 people were sheltering in the school.', []],
    ['Rescuers evacuated 300 people from the building.', []],
    ['More than 10,000 people attended the rally.', []],
    ['The protest drew 10,000 people.', []],
    ['Hamas released 33 hostages during the truce.', []],
    ['Israel freed 90 Palestinian prisoners.', []],
    ['Hamas released 13 Israelis and 11 Thai workers who were seized in the attack.', []],
    ['Qatar and Egypt negotiated the release of 12 Thai hostages.', []],
    ['The epidemic kills 91 Americans a day.', ['killed 91 about people']],
    ['Anthrax letters had killed five people and sickened more than a dozen.', ['killed 5 exact people', 'injured 12 more_than people']],
    ['One person who was not aboard the train was killed, and there were several injuries.', ['killed 1 exact people']],
    ['Some 1.5 million people live in the city.', []],
    ['Two million people need humanitarian aid.', []],
    ['The camp hosts 80,000 refugees.', []],
    ['Around 200 gunmen stormed the village and killed 40 people.', ['killed 40 exact people']],
  ]);
});

describe('more English traps (written for the test)', () => {
  const counts = (t: string) => extractFigures(t, { lang: 'en' }).map((f) => `${f.kind} ${f.count}`);
  it('people present, flown out, ages, hyphenated durations and year ranges are no figures', () => {
    expect(counts('Around 3,000 people had been at the station when the missile hit, and the wounded were taken to hospitals.')).toEqual([]);
    expect(counts('More than 90,000 people have been flown out of the city since the day before the rebels seized it.')).toEqual([]);
    expect(counts('Most of the children were under 12, and the driver was also killed, witnesses said.')).toEqual([]);
    expect(counts('In the two-week offensive of 2012-13, about 900 people were killed.')).toEqual(['killed 900']);
  });
});
