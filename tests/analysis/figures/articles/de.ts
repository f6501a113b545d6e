// German articles written for these tests (Agentur style, invented wording).
import type { TestArticle } from './en.js';

export const DE: TestArticle[] = [
  {
    id: 'de-ukraine',
    lang: 'de',
    published: '2024-07-09',
    text: `Russische Raketenangriffe: Mindestens 41 Tote in der Ukraine

Bei massiven russischen Raketenangriffen auf mehrere ukrainische Städte sind am Montag nach Behördenangaben mindestens 41 Menschen getötet worden. Mehr als 170 Menschen wurden verletzt, wie der ukrainische Präsident Wolodymyr Selenskyj mitteilte.

Allein in Kiew kamen nach Angaben des Bürgermeisters Vitali Klitschko 27 Menschen ums Leben, darunter drei Kinder. Eine Rakete traf das Kinderkrankenhaus Ochmatdyt, wo zwei Erwachsene starben.

Das russische Verteidigungsministerium erklärte, es habe militärische Ziele angegriffen.

Nach Angaben der UN-Menschenrechtsbeobachtungsmission wurden seit Beginn der russischen Invasion im Februar 2022 mehr als 11.000 Zivilisten in der Ukraine getötet.`,
    gold: [
      'killed 41 at_least people | Behörden | event',
      'injured 170 more_than people | Ukrainian President (Volodymyr Zelensky) | event',
      'killed 27 exact people | Bürgermeister (Vitali Klitschko) | event',
      'killed 3 exact children | Bürgermeister (Vitali Klitschko) | event',
      'killed 2 exact people | Bürgermeister (Vitali Klitschko) | event',
      'killed 11000 more_than civilians | UN Human Rights Monitoring Mission in Ukraine (HRMMU) | background',
    ],
  },
  {
    id: 'de-sudan',
    lang: 'de',
    published: '2024-10-27',
    text: `Sudan: Miliz tötet mehr als 120 Menschen in Dorf

Kämpfer der paramilitärischen RSF haben im Sudan nach Angaben von Aktivisten mehr als 120 Menschen in einem Dorf im Bundesstaat Al-Dschasira getötet. Rund 200 weitere Menschen seien verletzt worden, teilte das Ärztenetzwerk Sudan Doctors Network mit.

Die Angreifer hätten zudem Dutzende Frauen und Mädchen verschleppt, hieß es.

Seit Beginn des Krieges zwischen der Armee und der RSF im April 2023 wurden Zehntausende Menschen getötet. Mehr als elf Millionen Menschen sind nach UN-Angaben auf der Flucht.`,
    gold: [
      'killed 120 more_than people | activists | event',
      'injured 200 about people | Sudan Doctors Network | event',
      'displaced 11000000 more_than people | United Nations | background',
    ],
  },
  {
    id: 'de-nahost',
    lang: 'de',
    published: '2024-09-24',
    text: `Israel greift Hisbollah-Ziele an – fast 560 Tote im Libanon

Bei israelischen Luftangriffen im Libanon sind nach Angaben des libanesischen Gesundheitsministeriums 558 Menschen getötet worden, unter ihnen 50 Kinder und 94 Frauen. Mehr als 1.800 Menschen seien verletzt worden.

Die israelische Armee teilte mit, sie habe rund 1.600 Ziele der Hisbollah angegriffen. Zehntausende Menschen flohen aus dem Süden des Landes in Richtung Beirut.

Nach Angaben der Vereinten Nationen wurden seit Oktober vergangenen Jahres mehr als 110.000 Menschen im Libanon vertrieben.`,
    gold: [
      'killed 560 nearly people | null | event',
      'killed 558 exact people | Lebanese Health Ministry | event',
      'killed 50 exact children | Lebanese Health Ministry | event',
      'killed 94 exact women | Lebanese Health Ministry | event',
      'injured 1800 more_than people | Lebanese Health Ministry | event',
      'displaced 110000 more_than people | United Nations | background',
    ],
  },
];
