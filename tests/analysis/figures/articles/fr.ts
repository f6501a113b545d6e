// French articles written for these tests (dépêche style, invented wording).
import type { TestArticle } from './en.js';

export const FR: TestArticle[] = [
  {
    id: 'fr-gaza',
    lang: 'fr',
    published: '2024-08-10',
    text: `Gaza: au moins 93 morts dans une frappe israélienne sur une école, selon la Défense civile

Une frappe israélienne sur une école abritant des déplacés dans la ville de Gaza a fait au moins 93 morts samedi, dont 11 enfants et six femmes, a annoncé la Défense civile du territoire palestinien.

«Les équipes ont retiré 93 corps, dont ceux de 11 enfants et de six femmes», a déclaré le porte-parole de la Défense civile, Mahmoud Bassal, ajoutant qu'une quarantaine de personnes avaient été blessées.

L'armée israélienne a affirmé avoir visé un «centre de commandement» du Hamas et avoir éliminé 19 combattants.

La guerre a été déclenchée par l'attaque sans précédent du Hamas le 7 octobre 2023, qui a entraîné la mort de 1.198 personnes côté israélien, en majorité des civils, selon un décompte de l'AFP réalisé à partir de données officielles.

L'offensive israélienne a fait au moins 39.790 morts à Gaza, selon le ministère de la Santé du gouvernement du Hamas.`,
    gold: [
      'killed 93 at_least people | Gaza Civil Defence | event',
      'killed 11 exact children | Gaza Civil Defence | event',
      'killed 6 exact women | Gaza Civil Defence | event',
      'injured 40 about people | Gaza Civil Defence | event',
      'killed 19 exact combatants | Israeli military (IDF) | event',
      'killed 1198 exact people | AFP | background',
      'killed 39790 at_least people | Gaza Health Ministry | background',
    ],
  },
  {
    id: 'fr-syrie',
    lang: 'fr',
    published: '2024-11-30',
    text: `Syrie: plus de 300 morts dans l'offensive des rebelles à Alep

Les combats entre les forces gouvernementales et une coalition de groupes rebelles menée par des islamistes ont fait plus de 300 morts depuis mercredi dans le nord-ouest de la Syrie, a indiqué samedi l'Observatoire syrien des droits de l'homme (OSDH).

Parmi les morts figurent 27 civils, selon l'ONG basée au Royaume-Uni, qui dispose d'un vaste réseau de sources en Syrie. Selon la même source, 183 combattants rebelles et 100 membres des forces du régime ont été tués.

Des frappes russes sur la ville d'Idleb ont tué quatre civils, a rapporté la Défense civile syrienne, connue sous le nom de Casques blancs.

Plus de 14.000 personnes, dont près de la moitié sont des enfants, ont été déplacées par les violences, selon l'ONU.

Déclenchée en 2011, la guerre en Syrie a fait plus d'un demi-million de morts et déplacé des millions de personnes.`,
    gold: [
      'killed 300 more_than people | Syrian Observatory for Human Rights | event',
      'killed 27 exact civilians | Syrian Observatory for Human Rights | event',
      'killed 183 exact combatants | Syrian Observatory for Human Rights | event',
      'killed 100 exact combatants | Syrian Observatory for Human Rights | event',
      'killed 4 exact civilians | White Helmets (Syria Civil Defence) | event',
      'displaced 14000 more_than people | United Nations | event',
      'killed 500000 more_than people | null | background',
    ],
  },
  {
    id: 'fr-sahel',
    lang: 'fr',
    published: '2024-07-02',
    text: `Mali: une quarantaine de civils tués dans l'attaque d'un village du centre

Une quarantaine de civils ont été tués lundi lors d'une attaque de jihadistes présumés contre le village de Djiguibombo, dans le centre du Mali, ont indiqué mardi à l'AFP des élus locaux.

«Les assaillants ont encerclé le village pendant une célébration de mariage. Au moins 40 personnes ont été tuées et une vingtaine blessées», a affirmé un élu de la région, sous couvert d'anonymat.

Selon un responsable d'une association de jeunes, une dizaine de personnes sont toujours portées disparues.

Le Mali est confronté depuis 2012 à des violences jihadistes qui ont fait des milliers de morts et plus de 400.000 déplacés.`,
    gold: [
      'killed 40 about civilians | élus locaux | event',
      'killed 40 at_least people | élu de la région | event',
      'injured 20 about people | élu de la région | event',
      'missing 10 about people | responsable d\'une association de jeunes | event',
      'displaced 400000 more_than people | null | background',
    ],
  },
];
