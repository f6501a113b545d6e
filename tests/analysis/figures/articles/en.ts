// English articles written for these tests (wire style, invented wording), with the figures an
// annotator following shared/spec/casualty-figures.md would record. Compact figure form:
// "kind count[-upper] qualifier who[ unit] | reporter | scope".
export interface TestArticle {
  id: string;
  lang: 'en' | 'fr' | 'de' | 'es' | 'ar';
  published: string;
  text: string;
  gold: string[];
}

export const EN: TestArticle[] = [
  {
    id: 'en-gaza',
    lang: 'en',
    published: '2024-07-16',
    text: `Israeli strikes kill dozens across Gaza as talks stall

Israeli air strikes killed at least 57 Palestinians across the Gaza Strip on Monday, including 12 children, the territory's health ministry said, as mediators struggled to revive ceasefire talks.

In the deadliest single attack, a strike on a school sheltering displaced families in Nuseirat killed 17 people, civil defence spokesman Mahmud Bassal said. Another 80 were wounded, he said.

The Israeli military said it had targeted Hamas militants operating from the compound and that it had taken steps to reduce harm to civilians.

Two Israeli soldiers were killed in southern Gaza, the army said, bringing the military's toll since the start of the ground offensive to 326.

The war was sparked by Hamas's October 7 attack on southern Israel, which resulted in the deaths of 1,195 people, mostly civilians, according to an AFP tally based on Israeli official figures.

Israel's retaliatory offensive has killed at least 38,664 people in Gaza, also mostly civilians, according to the health ministry in the Hamas-run territory.

The UN says about 1.9 million people, or 90 percent of the population, have been displaced.`,
    gold: [
      'killed 57 at_least people | Gaza Health Ministry | event',
      'killed 12 exact children | Gaza Health Ministry | event',
      'killed 17 exact people | Gaza Civil Defence | event',
      'injured 80 exact people | Gaza Civil Defence | event',
      'killed 2 exact combatants | Israeli military (IDF) | event',
      'killed 326 exact combatants | Israeli military (IDF) | background',
      'killed 1195 exact people | AFP | background',
      'killed 38664 at_least people | Gaza Health Ministry | background',
      'displaced 1900000 about people | United Nations | background',
    ],
  },
  {
    id: 'en-ukraine',
    lang: 'en',
    published: '2024-04-20',
    text: `Russian missile strike on Dnipro kills eight, including two children

KYIV, April 19 (Reuters) - A Russian missile attack on the central Ukrainian city of Dnipro killed eight people, including two children, and wounded 28 others, regional governor Serhiy Lysak said on Friday.

Rescuers were still searching the rubble of a five-storey building for three people believed to be missing, Lysak said on the Telegram messaging app.

Ukraine's air force said it had shot down 15 of 22 missiles and all 14 drones launched overnight.

In the northeastern Kharkiv region, two civilians were killed by Russian shelling, Governor Oleh Syniehubov said.

Russia's defence ministry said its air defences had destroyed 50 Ukrainian drones over several regions and that one person had been injured in the Belgorod region.

The United Nations human rights monitoring mission said last month that at least 10,582 civilians had been killed in Ukraine since Russia's full-scale invasion in February 2022.`,
    gold: [
      'killed 8 exact people | regional governor (Serhiy Lysak) | event',
      'killed 2 exact children | regional governor (Serhiy Lysak) | event',
      'injured 28 exact people | regional governor (Serhiy Lysak) | event',
      'missing 3 exact people | regional governor (Serhiy Lysak) | event',
      'killed 2 exact civilians | Governor (Oleh Syniehubov) | event',
      'injured 1 exact people | Russian Defence Ministry | event',
      'killed 10582 at_least civilians | UN Human Rights Monitoring Mission in Ukraine (HRMMU) | background',
    ],
  },
  {
    id: 'en-sudan',
    lang: 'en',
    published: '2024-06-06',
    text: `Sudan's RSF kills more than 100 in village attack, activists say

CAIRO (AP) — Sudan's notorious paramilitary Rapid Support Forces attacked a village in the central province of Gezira, killing more than 100 people, activists and a doctors' group said Thursday.

The Wad al-Nourah Resistance Committee said in a statement that the RSF fighters stormed the village on Wednesday with heavy weapons. It said at least 35 children were among the dead and more than 150 people were wounded.

The Sudan Doctors Network, a group tracking the war's casualties, said the death toll had risen to 104 by Thursday morning.

The RSF said in a statement that its forces had clashed with army troops near the village and killed 40 soldiers.

The war between the military and the RSF began in April last year. It has killed more than 14,000 people and wounded thousands of others, according to the United Nations. Over 10 million people have been forced to flee their homes, according to the International Organization for Migration.`,
    gold: [
      'killed 100 more_than people | activists | event',
      'killed 35 at_least children | Wad al-Nourah Resistance Committee | event',
      'injured 150 more_than people | Wad al-Nourah Resistance Committee | event',
      'killed 104 exact people | Sudan Doctors Network | event',
      'killed 40 exact combatants | Rapid Support Forces (RSF) | event',
      'killed 14000 more_than people | United Nations | background',
      'displaced 10000000 more_than people | International Organization for Migration (IOM) | background',
    ],
  },
  {
    id: 'en-sahel',
    lang: 'en',
    published: '2024-08-27',
    text: `Jihadists kill scores in Burkina Faso attack

Ouagadougou (AFP) - Jihadists killed dozens of civilians and soldiers on Saturday in an attack on the town of Barsalogho in north-central Burkina Faso, security sources and residents told AFP.

"The toll is heavy, at least 100 dead," a security source said, adding that the victims were mostly villagers helping soldiers dig trenches around the town.

A local official, who asked not to be named, put the number of dead at "more than 200" and said around 140 people had been wounded.

The Al-Qaeda-linked JNIM group claimed the attack, saying it had killed 300 members of the army and its auxiliaries.

Jihadist violence has killed more than 20,000 people in Burkina Faso since 2015, according to ACLED, and forced more than two million people from their homes.`,
    gold: [
      'killed 100 at_least people | security source | event',
      'killed 200 more_than people | local official | event',
      'injured 140 about people | local official | event',
      'killed 300 exact combatants | JNIM | event',
      'killed 20000 more_than people | ACLED | background',
      'displaced 2000000 more_than people | ACLED | background',
    ],
  },
  {
    id: 'en-myanmar',
    lang: 'en',
    published: '2023-04-12',
    text: `Myanmar junta air strike kills scores at village gathering

An air strike by Myanmar's military on a village in the central Sagaing region killed as many as 100 people, including children, who had gathered for the opening of a local office of the opposition movement, witnesses and media said on Wednesday.

A resident who helped collect bodies said he had counted 53 dead, including women and children, while independent media put the toll at around 100.

The junta confirmed it had carried out the strike, saying it had targeted members of the People's Defence Force.

According to the Assistance Association for Political Prisoners, more than 3,200 civilians have been killed by the security forces since the coup in February 2021, and more than 21,000 people have been arrested.`,
    gold: [
      'killed 100 up_to people | witnesses | event',
      'killed 53 exact people | resident | event',
      'killed 3200 more_than civilians | Assistance Association for Political Prisoners (AAPP) | background',
      'detained 21000 more_than people | Assistance Association for Political Prisoners (AAPP) | background',
    ],
  },
  {
    id: 'en-yemen',
    lang: 'en',
    published: '2024-07-21',
    text: `Israeli strikes on Yemen's Hodeidah port kill six, Houthis say

Israeli warplanes struck the Houthi-held Yemeni port of Hodeidah on Saturday, killing six people and wounding 83, according to the Houthi-run health ministry.

Most of the wounded suffered severe burns, the ministry said in a statement carried by the Houthis' Saba news agency.

The strikes came a day after a Houthi drone attack on Tel Aviv killed one man and wounded 10 people, Israeli officials said.

Yemen's civil war has killed more than 150,000 people, including fighters and civilians, and created one of the world's worst humanitarian disasters.`,
    gold: [
      'killed 6 exact people | Houthi-run Health Ministry | event',
      'injured 83 exact people | Houthi-run Health Ministry | event',
      'killed 1 exact people | Israeli officials | event',
      'injured 10 exact people | Israeli officials | event',
      'killed 150000 more_than people | null | background',
    ],
  },
  {
    id: 'en-drc',
    lang: 'en',
    published: '2025-01-28',
    text: `Fighting in Goma leaves hospitals overwhelmed

GOMA, Democratic Republic of Congo — Fighting between M23 rebels and Congolese troops in the eastern city of Goma has killed at least 17 people and wounded 367, according to a tally of hospital figures compiled by Reuters.

Doctors Without Borders said its teams had treated 142 wounded in a single day at Kyeshero hospital.

The UN refugee agency said more than 400,000 people had been displaced since the start of the year in North and South Kivu provinces.

Three UN peacekeepers from South Africa and one from Uruguay were killed in the fighting, the United Nations said.`,
    gold: [
      'killed 17 at_least people | Reuters | event',
      'injured 367 exact people | Reuters | event',
      'injured 142 exact people | Médecins Sans Frontières (MSF) | event',
      'displaced 400000 more_than people | UNHCR | background',
      'killed 3 exact combatants | United Nations | event',
      'killed 1 exact combatants | United Nations | event',
    ],
  },
];
