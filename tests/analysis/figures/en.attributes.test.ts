// Scope, reporter and party in English.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const one = (text: string, count: number, published = '2024-11-29') => {
  const f = figuresOf(text, { lang: 'en', published }).find((x) => x.count === count);
  expect(f, `${count} in: ${text}`).toBeDefined();
  return f!;
};

describe('scope', () => {
  const cases: [string, number, 'event' | 'background'][] = [
    ['The civil war has killed more than 500,000 people since 2011.', 500000, 'background'],
    ['More than half a million people have been killed in the civil war.', 500000, 'background'],
    ['The conflict, which began in 2011, has left more than 300,000 civilians dead.', 300000, 'background'],
    ['Since then, it has killed more than 500,000 people.', 500000, 'background'],
    ['The war in Gaza has killed more than 44,000 Palestinians, the health ministry says.', 44000, 'background'],
    ['The ministry says 43,391 people have been killed since October 7.', 43391, 'background'],
    ['The UN has documented 1,953 civilian deaths since 2014.', 1953, 'background'],
    ['On average, 165 people were killed a day.', 165, 'background'],
    ['Last month, a similar strike killed 30 people in the same market.', 30, 'background'],
    ['In 2023, 1,200 civilians were killed in the province.', 1200, 'background'],
    ['The fighting has killed at least 242 people since Wednesday.', 242, 'event'],
    ['More than 80 soldiers have been killed since Wednesday morning.', 80, 'event'],
    ['The SOHR said 121 rebels had been killed over the past two days.', 121, 'event'],
    ['Israeli strikes killed 45 people across Gaza on Tuesday.', 45, 'event'],
    ['The strike on the market killed 12 people on Thursday, the deadliest since the war began.', 12, 'event'],
    ['Fighting in El Fasher has killed at least 782 civilians since May, the UN said.', 782, 'background'],
    ['Half a million people have fled since the fighting began, the UN said.', 500000, 'background'],
    ['Two soldiers were killed in the war zone on Monday.', 2, 'event'],
    ['The war began in 2011. It has since killed more than 500,000 people.', 500000, 'background'],
    ['Over the past month, 430 civilians were killed in the region, the UN said.', 430, 'background'],
  ];
  for (const [text, count, scope] of cases) it(text, () => expect(one(text, count).scope).toBe(scope));
});

describe('reporter', () => {
  const cases: [string, number, string | null][] = [
    ['At least 19 civilians were killed, according to the OSDH.', 19, 'Syrian Observatory for Human Rights'],
    ['A Britain-based war monitor said 50 fighters were killed.', 50, 'Syrian Observatory for Human Rights'],
    ['Four civilians died, according to the official Sana agency.', 4, 'Syrian state media (SANA)'],
    ['"More than 14,000 people have been displaced," the UN Office for the Coordination of Humanitarian Affairs said.', 14000, 'UN OCHA'],
    ['The Syria Civil Defence, whose volunteers are known as the White Helmets, said 14 civilians were killed.', 14, 'White Helmets (Syria Civil Defence)'],
    ['Israeli strikes killed 45 Palestinians, Gaza\'s health ministry said.', 45, 'Gaza Health Ministry'],
    ['Five people were killed in Dnipro, regional governor Serhiy Lysak said on Telegram.', 5, 'Dnipro regional governor (Serhiy Lysak)'],
    ['Donetsk regional governor Vadym Filashkin said 7 civilians were killed.', 7, 'Donetsk regional governor (Vadym Filashkin)'],
    ['The rebels said they had killed more than 200 members of pro-government forces.', 200, 'rebels'],
    ['Russia\'s defence ministry said its forces had killed 300 Ukrainian soldiers.', 300, 'Russian Defence Ministry'],
    ['The Israeli military said six soldiers were killed in southern Gaza.', 6, 'Israeli military (IDF)'],
    ['At least 23 civilians were killed in Omdurman, activists said.', 23, 'activists'],
    ['Ten people were killed, a spokesman for the civil defence said.', 10, 'civil defence spokesman'],
    ['Ten people were killed in the attack.', 10, null],
    // a tally based on official figures is the tally's
    ['According to an AFP tally based on official figures, 1,170 people were killed.', 1170, 'AFP tally'],
    ['According to official figures, 1,170 people were killed.', 1170, 'authorities'],
    ['The Palestinian Red Crescent said its teams had evacuated 21 injured people.', 21, 'Palestinian Red Crescent'],
    // what "claimed" lives is no source
    ['The floods claimed at least 40 lives, officials said.', 40, 'officials'],
    ['The blast claimed the lives of 11 people.', 11, null],
    ['The rebels claimed 20 soldiers were killed.', 20, 'rebels'],
    // a headline's source before a colon; a place or a label before it is none
    ['Gaza health ministry: 30 killed in Israeli strike on school', 30, 'Gaza Health Ministry'],
    ['UN: 1.7 million displaced by the fighting', 1700000, 'United Nations'],
    ['Sudan: 150 killed in attack on village', 150, null],
    ['Live: 30 killed in strike on school', 30, null],
    // the next sentence gives the source
    ["Twelve people were killed. That's according to the health ministry, which gave no breakdown.", 12, 'Health Ministry'],
    // a source in the count's own clause comes before a nearer one across "while" / "but"
    ['Officials put the death toll at 15, while rebels claimed to have killed 40 soldiers.', 15, 'officials'],
    ['Officials put the death toll at 15, while rebels claimed to have killed 40 soldiers.', 40, 'rebels'],
    ['The health ministry gave a toll of 21 dead, but activists said 34 people had died.', 21, 'Health Ministry'],
    ['The International Committee of the Red Cross said 30 people were missing.', 30, 'International Committee of the Red Cross (ICRC)'],
    ['Médecins Sans Frontières said its teams treated 120 wounded.', 120, 'Médecins Sans Frontières (MSF)'],
    ['"We have received 23 bodies," said Dr Mohammed Abu Salmiya, director of al-Shifa hospital.', 23, 'director of al-Shifa hospital (Mohammed Abu Salmiya)'],
    ['Pavlo Kyrylenko, the Donetsk regional governor, said 7 civilians were killed.', 7, 'Donetsk regional governor (Pavlo Kyrylenko)'],
    ['At least 19 people were killed, according to a count by AFP.', 19, 'AFP'],
    ['The death toll climbed to 50 from 34 on Tuesday, officials said.', 34, 'officials'],
    ['Hospital officials said 11 people were killed, 4 of whom were children.', 4, 'Hospital officials'],
    ['A spokesperson for the Ukrainian air force, Yuriy Ihnat, said 3 people were injured.', 3, 'Ukrainian Air Force'],
    ['The Kremlin-installed governor of Zaporizhzhia, Yevgeny Balitsky, said two civilians were killed.', 2, 'Kremlin-installed Zaporizhzhia regional governor (Yevgeny Balitsky)'],
    ['At least 15 people were killed, a spokesman for the Israeli military told Reuters.', 15, 'Israeli military (IDF)'],
    ['Sudanese army spokesman Nabil Abdallah said 70 RSF fighters were killed.', 70, 'Sudanese army spokesman (Nabil Abdallah)'],
  ];
  for (const [text, count, reporter] of cases) it(text, () => expect(one(text, count).reporter).toBe(reporter));

  it('follows "it added", "the same source" and generic descriptors to the source named', () => {
    const text =
      'A UK-based monitoring group said more than 180 combatants had been killed. At least 19 civilians had also been killed in air strikes, it added.\n\n' +
      'The Syrian Observatory for Human Rights also counts 40 fighters captured.\n\nAccording to the same source, 12 children were among the dead.';
    const figs = figuresOf(text, { lang: 'en' });
    for (const f of figs) expect(f.reporter, f.evidence).toBe('Syrian Observatory for Human Rights');
    expect(figs.length).toBe(4);
  });

  it('resolves a generic source to the default reporter of the place named nearest before it', () => {
    const text = "Israel's war in Gaza has spilled into Lebanon. Israeli strikes on southern Lebanon killed 20 people on Monday, the health ministry said.";
    expect(figuresOf(text).map((f) => f.reporter)).toEqual(['Lebanese Health Ministry']);
    expect(figuresOf('Shelling on El Fasher in Sudan killed 15 people, the health ministry said.').map((f) => f.reporter)).toEqual(['Sudanese Health Ministry']);
  });

  it('resolves "activists" and "an NGO" to the monitor the article names', () => {
    const text = 'The death toll has risen to 231, according to activists.\nAccording to the Syrian Observatory for Human Rights, 20 civilians were among those killed.';
    expect(figuresOf(text).map((f) => f.reporter)).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
  });

  it('keeps the source of the sentence before for an unattributed sentence, not for background', () => {
    const text = 'The health ministry in Gaza said 50 people were killed on Monday. Another 120 were wounded in the strikes. The war has killed more than 40,000 people.';
    const figs = figuresOf(text, { lang: 'en' });
    expect(figs.map((f) => [f.count, f.reporter, f.scope])).toEqual([
      [50, 'Gaza Health Ministry', 'event'],
      [120, 'Gaza Health Ministry', 'event'],
      [40000, null, 'background'],
    ]);
  });
});

describe('party', () => {
  const cases: [string, number, string | null][] = [
    ['The SOHR said 121 rebels had been killed.', 121, 'rebels'],
    ['The SOHR said 40 government troops had been killed.', 40, 'government forces'],
    ['The clashes killed more than 80 soldiers of the government forces.', 80, 'government forces'],
    ['They killed more than 200 members of pro-government forces.', 200, 'pro-government forces'],
    ['More than 180 combatants on both sides had been killed.', 180, null],
    ['Two police officers were killed in the ambush.', 2, 'police'],
    ['Six Israeli soldiers were killed.', 6, 'Israeli forces'],
    ['The strike killed 10 civilians.', 10, null],
    ['The army said it killed 30 RSF fighters.', 30, 'RSF'],
  ];
  for (const [text, count, party] of cases) it(text, () => expect(one(text, count).party).toBe(party));
});
