// A whole war's or campaign's toll is background however recent its start (spec: "the cumulative toll
// of a whole war or campaign, even one a few weeks old"); fighting that broke out on a weekday of the
// events is the event. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const scopes = (text: string) => extractFigures(text, { lang: 'en', published: '2024-03-10T12:00:00Z' }).map((f) => `${f.count} ${f.scope}`);

describe('campaigns and wars named as the start of a count', () => {
  it('"since <X>\'s invasion / the offensive / the war began" is background', () => {
    expect(scopes("The UN has confirmed the deaths of 2,310 civilians since Russia's invasion began.")).toEqual(['2310 background']);
    expect(scopes('Commanders say they have killed more than 900 fighters since the western offensive began.')).toEqual(['900 background']);
    expect(scopes('Some 1,800 soldiers have died in two decades of war.')).toEqual(['1800 background']);
  });
  it('fighting that erupted on a day of the events is the event', () => {
    expect(scopes('At least 61 civilians have been killed since fighting erupted on Saturday, doctors said.')).toEqual(['61 event']);
  });
});

describe('"over that period"', () => {
  it('a count over a period named before is background', () => {
    expect(scopes('More than 450 people have been killed in the country over that period, officials said.')).toEqual(['450 background']);
  });
});

describe('an earlier event named by its year', () => {
  const lead = 'Gunmen killed 14 villagers in the north on Saturday, officials said. ';
  it('"the <year> bombing/kidnapping" after the lead is an earlier, separate incident', () => {
    expect(scopes(`${lead}The 2017 truck bombing in the capital killed 587 people.`)).toEqual(['14 event', '587 background']);
    expect(scopes(`${lead}The 2019 abduction of 110 pupils from a school drew global attention.`)).toEqual(['14 event', '110 background']);
  });
  it('the year of the events themselves, in the lead, is the event', () => {
    expect(scopes('The 2024 floods killed 30 people in the valley on Saturday, officials said.')).toEqual(['30 event']);
  });
});

describe('web-page teasers of other stories', () => {
  it('a "Read more:" or "Related:" headline is another incident', () => {
    expect(scopes('Gunmen killed 5 people in the north on Saturday. Read more: Israeli strike kills 30 in central Gaza')).toEqual(['5 event', '30 background']);
    expect(scopes('Gunmen killed 5 people in the north on Saturday.\nRelated: 12 dead as storms lash southern Brazil')).toEqual(['5 event', '12 background']);
  });
  it('"related" inside a sentence is no teaser', () => {
    expect(scopes('Officials said the attack was related: 12 people died in the blast on Saturday.')).toEqual(['12 event']);
  });
});

describe('the day a statement was made', () => {
  it('"said Friday" dates the statement, not the count: a period named in the clause still counts', () => {
    expect(scopes('The UN human rights office said Friday that at least 10,000 civilians had been killed in Ukraine since the invasion.')).toEqual(['10000 background']);
  });
  it('a weekday of the events themselves still dates the count', () => {
    expect(scopes('At least 12 people were killed on Friday since the invasion of the town by rebels, officials said.')).toEqual(['12 event']);
  });
});

describe('a lead dated by its calendar day', () => {
  const text = (day: string) => [
    'Odesa attack: death toll rises to 6',
    '',
    'A Russian missile attack on Odesa on May 29 killed six people and injured 37, the governor said.',
    '',
    'The toll rose in the evening after a wounded woman died in hospital.',
    '',
    'Fragments hit cars, a playground and a bus stop.',
    '',
    `An Iskander strike on Kharkiv on ${day} killed 10 people.`,
  ].join('\n');
  const scopesOn = (t: string) => extractFigures(t, { lang: 'en', published: '2024-05-29T19:30:00Z' }).map((f) => `${f.count} ${f.scope}`);
  it('a later sentence dated two days before the lead\'s day cites an earlier incident', () => {
    expect(scopesOn(text('May 27'))).toEqual(['6 event', '37 event', '10 background']);
  });
  it('the lead\'s own day (the 29th, not clamped to the 28th) and the day before stay the event', () => {
    expect(scopesOn(text('May 29'))).toEqual(['6 event', '37 event', '10 event']);
    expect(scopesOn(text('May 28'))).toEqual(['6 event', '37 event', '10 event']);
  });
});
