// More English articles written for these tests: other conflicts and outlet styles.
import type { TestArticle } from './en.js';

export const EN2: TestArticle[] = [
  {
    id: 'en-afghanistan',
    lang: 'en',
    published: '2023-01-02',
    text: `Blast outside Kabul military airport kills several

KABUL — An explosion outside the military airport in the Afghan capital on Sunday killed and wounded a number of people, a Taliban spokesman said.

Kabul police spokesman Khalid Zadran said the blast killed at least 10 people and wounded eight others. Witnesses said the toll was likely to be higher.

The Islamic State group claimed responsibility, saying in a statement on its Amaq news agency that the attack had killed or wounded 20 Taliban fighters.

In September, a suicide bombing at an education centre in a Hazara neighbourhood of Kabul killed 53 people, mostly girls and young women, according to the UN mission in Afghanistan.`,
    gold: [
      'killed 10 at_least people | Kabul police spokesman (Khalid Zadran) | event',
      'injured 8 exact people | Kabul police spokesman (Khalid Zadran) | event',
      'killed 20 exact combatants | Islamic State | event',
      'killed 53 exact people | UN Assistance Mission in Afghanistan (UNAMA) | background',
    ],
  },
  {
    id: 'en-iraq',
    lang: 'en',
    published: '2021-01-21',
    text: `Twin suicide bombings in Baghdad market kill 32

BAGHDAD (AP) — Two suicide bombers blew themselves up in a crowded outdoor market in central Baghdad on Thursday, killing at least 32 people and wounding 110, Iraqi officials said.

The Health Ministry said some of the wounded were in critical condition and the death toll could rise. Health Minister Hassan al-Tamimi later put the toll at 32 dead and 110 injured.

It was the first major suicide attack in the Iraqi capital in three years. In January 2018, a suicide bombing in the same square killed 38 people.`,
    gold: [
      'killed 32 at_least people | Iraqi officials | event',
      'injured 110 exact people | Iraqi officials | event',
      'killed 38 exact people | null | background',
    ],
  },
  {
    id: 'en-ethiopia',
    lang: 'en',
    published: '2024-02-20',
    text: `Ethiopian soldiers killed dozens of civilians in Amhara town, rights commission says

ADDIS ABABA, Feb 20 (Reuters) - Ethiopian government soldiers killed at least 45 civilians in the town of Merawi in the Amhara region late last month, the state-appointed Ethiopian Human Rights Commission (EHRC) said on Tuesday.

The commission said soldiers carried out house-to-house searches after clashes with Fano militiamen, and that residents reported a total of more than 80 people killed. The army has not commented.

The conflict in Amhara has displaced hundreds of thousands of people since fighting erupted in August last year. More than 180 people were killed in the first month alone, according to the United Nations.`,
    gold: [
      'killed 45 at_least civilians | Ethiopian Human Rights Commission (EHRC) | event',
      'killed 80 more_than people | residents | event',
      'killed 180 more_than people | United Nations | background',
    ],
  },
  {
    id: 'en-lebanon',
    lang: 'en',
    published: '2024-09-18',
    text: `Pager explosions across Lebanon kill 12, injure thousands

BEIRUT — Explosions of pagers used by Hezbollah members across Lebanon on Tuesday killed 12 people, including two children, and wounded about 2,800 others, Lebanon's health minister Firass Abiad said on Wednesday.

Around 300 of the wounded were in a critical condition, he said. Hezbollah said eight of its fighters were among the dead.

Iran's ambassador to Lebanon was among those lightly injured, Iranian state media reported.

Since October, Israeli strikes in Lebanon have killed more than 600 people, most of them Hezbollah fighters but including more than 100 civilians, according to an AFP tally.`,
    gold: [
      "killed 12 exact people | Lebanon's health minister (Firass Abiad) | event",
      "killed 2 exact children | Lebanon's health minister (Firass Abiad) | event",
      "injured 2800 about people | Lebanon's health minister (Firass Abiad) | event",
      "injured 300 about people | Lebanon's health minister (Firass Abiad) | event",
      'killed 8 exact combatants | Hezbollah | event',
      'killed 600 more_than people | AFP | background',
      'killed 100 more_than civilians | AFP | background',
    ],
  },
  {
    id: 'en-nigeria',
    lang: 'en',
    published: '2024-03-08',
    text: `Gunmen abduct 287 pupils from school in northwest Nigeria

KADUNA, Nigeria — Gunmen on motorcycles stormed a school in the town of Kuriga in Nigeria's northwestern Kaduna state on Thursday and abducted 287 pupils and a teacher, the state governor said.

Governor Uba Sani said 25 of the children had escaped and returned home. Police said one person was shot dead during the raid.

Mass abductions for ransom have become common in the region since 2014, when Boko Haram jihadists seized 276 schoolgirls from Chibok.`,
    gold: [
      'detained 287 exact children | state governor | event',
      'killed 1 exact people | police | event',
      'detained 276 exact children | null | background',
    ],
  },
  {
    id: 'en-explainer',
    lang: 'en',
    published: '2024-06-09',
    text: `Israel-Gaza war: What we know about the strike on Nuseirat

At least 274 Palestinians were killed and 698 injured during an Israeli special forces operation to rescue four hostages in the Nuseirat refugee camp in central Gaza on Saturday, the Hamas-run health ministry says.

The Israeli military has disputed the figure, saying it knew of "under 100" Palestinian casualties. It said one of its officers was killed in the operation.

The four hostages - Noa Argamani, 26, Almog Meir Jan, 22, Andrey Kozlov, 27, and Shlomi Ziv, 41 - had been abducted from the Nova music festival on 7 October.

What happened?

Witnesses described heavy air and artillery strikes on the camp, which is home to about 100,000 people, many of them displaced from other parts of the Strip. One doctor at al-Aqsa Martyrs hospital said the facility had received 70 bodies by Saturday evening, including 20 children.

The UN's humanitarian office said more than 100 trucks of aid had entered the Strip that week, far below the 500 a day needed.

How many hostages remain?

Hamas and its allies seized 251 people during the 7 October attack on southern Israel, in which about 1,200 people were killed. Some 105 hostages were released during a week-long truce in November in exchange for 240 Palestinian prisoners.

Israel says 116 hostages remain in Gaza, of whom at least 41 are believed to be dead.

Israel's military campaign in Gaza has killed more than 37,000 people, according to the health ministry, which does not distinguish between civilians and combatants. Some 1.7 million people - about 75% of the population - have been displaced, according to the UN.

In a separate incident on Thursday, an Israeli strike on a UN school in Nuseirat killed at least 33 people, local officials said.`,
    gold: [
      'killed 274 at_least people | Gaza Health Ministry | event',
      'injured 698 exact people | Gaza Health Ministry | event',
      'killed 1 exact combatants | Israeli military (IDF) | event',
      'killed 70 exact people | doctor at al-Aqsa Martyrs hospital | event',
      'killed 20 exact children | doctor at al-Aqsa Martyrs hospital | event',
      'detained 251 exact people | null | background',
      'killed 1200 about people | null | background',
      'detained 116 exact people | Israel | event',
      'killed 41 at_least people | Israel | event',
      'killed 37000 more_than people | Gaza Health Ministry | background',
      'displaced 1700000 about people | United Nations | background',
      'killed 33 at_least people | local officials | background',
    ],
  },
];
