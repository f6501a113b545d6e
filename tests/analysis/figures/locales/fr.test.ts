// French news sentences (written for these tests, several conflicts) with the figures the spec asks
// for. Traps included: years, ages, dates, percentages, distances, regiment numbers, vague plurals,
// articles ("un soldat"), people present or evacuated rather than harmed.
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const OSDH = 'Syrian Observatory for Human Rights';

const cases: Case[] = [
  {
    text: "Au moins 242 personnes ont été tuées depuis mercredi dans les combats entre rebelles et forces gouvernementales, selon l'Observatoire syrien des droits de l'homme (OSDH).",
    figures: [{ kind: 'killed', count: 242, qualifier: 'at_least', who: 'people', reporter: OSDH }],
  },
  {
    text: "Parmi les morts figurent 20 civils, a précisé l'OSDH.",
    figures: [{ kind: 'killed', count: 20, who: 'civilians', reporter: OSDH }],
  },
  {
    text: "Les frappes ont tué 24 civils, dont 19 dans des bombardements russes, selon l'OSDH.",
    figures: [
      { kind: 'killed', count: 24, who: 'civilians', reporter: OSDH },
      { kind: 'killed', count: 19, who: 'civilians', reporter: OSDH },
    ],
  },
  {
    text: 'Le bilan s’élève désormais à 231 morts, dont une vingtaine de civils.',
    figures: [
      { kind: 'killed', count: 231, who: 'people' },
      { kind: 'killed', count: 20, who: 'civilians', qualifier: 'about' },
    ],
  },
  {
    text: 'Plus de 80 soldats et combattants progouvernementaux ont été tués, a indiqué l’ONG.',
    figures: [{ kind: 'killed', count: 80, qualifier: 'more_than', who: 'combatants' }],
  },
  {
    text: 'Une frappe aérienne a fait 12 morts et 30 blessés dans un marché de Khartoum, ont rapporté des médecins.',
    figures: [
      { kind: 'killed', count: 12 },
      { kind: 'injured', count: 30 },
    ],
  },
  {
    text: 'Deux cent quarante personnes ont été blessées lors des affrontements.',
    figures: [{ kind: 'injured', count: 240 }],
  },
  {
    text: 'Près de 14 000 personnes ont fui leurs maisons depuis le début de l’offensive, selon l’ONU.',
    figures: [{ kind: 'displaced', count: 14000, qualifier: 'nearly', reporter: 'United Nations' }],
  },
  {
    text: 'Quelque 7 000 familles ont été déplacées dans la province d’Idleb.',
    figures: [{ kind: 'displaced', count: 7000, qualifier: 'about', unit: 'families' }],
  },
  {
    text: 'Un soldat a été tué et un civil blessé dans une attaque de drone.',
    figures: [],
  },
  {
    text: 'Un seul civil a été tué, selon l’armée.',
    figures: [{ kind: 'killed', count: 1, who: 'civilians' }],
  },
  {
    text: 'Des dizaines de personnes ont été tuées et des centaines d’autres blessées.',
    figures: [],
  },
  {
    text: 'La guerre a fait plus de 500 000 morts depuis 2011.',
    figures: [{ kind: 'killed', count: 500000, qualifier: 'more_than', scope: 'background' }],
  },
  {
    text: 'Entre 30 et 40 personnes sont portées disparues après le naufrage.',
    figures: [{ kind: 'missing', count: 30, upper: 40 }],
  },
  {
    text: 'Au moins 50 personnes ont été enlevées par des hommes armés dans l’État de Zamfara.',
    figures: [{ kind: 'detained', count: 50, qualifier: 'at_least' }],
  },
  {
    text: 'La police a arrêté 35 manifestants à Port-au-Prince.',
    figures: [{ kind: 'detained', count: 35 }],
  },
  {
    text: 'Les 46e et 51e brigades ont repris trois villages à 20 km de la ville.',
    figures: [],
  },
  {
    text: 'Près de 2 millions de personnes vivent dans la ville, dont 40 % sont des enfants.',
    figures: [],
  },
  {
    text: '300 personnes ont été évacuées de l’hôpital le 28 novembre 2024.',
    figures: [],
  },
  {
    text: 'Une dizaine de militaires ont été tués lors d’une embuscade près de Djibo, ont indiqué des sources sécuritaires.',
    figures: [{ kind: 'killed', count: 10, who: 'combatants', qualifier: 'about' }],
  },
  {
    text: 'L’attaque a coûté la vie à 17 soldats maliens et à trois civils.',
    figures: [
      { kind: 'killed', count: 17, who: 'combatants' },
      { kind: 'killed', count: 3, who: 'civilians' },
    ],
  },
  {
    text: 'Depuis le début de la guerre, 1 953 civils ont été tués dans la région, selon l’ONU.',
    figures: [{ kind: 'killed', count: 1953, who: 'civilians', scope: 'background' }],
  },
  {
    text: 'En moyenne, 165 personnes meurent chaque jour dans les combats.',
    figures: [{ kind: 'killed', count: 165, qualifier: 'about', scope: 'background' }],
  },
  {
    text: 'Le bilan initial faisait état de 10 morts.',
    figures: [{ kind: 'killed', count: 10 }],
  },
  {
    text: 'Quatre-vingt-dix personnes ont été arrêtées, dont 12 mineurs.',
    figures: [
      { kind: 'detained', count: 90 },
      { kind: 'detained', count: 12, who: 'children' },
    ],
  },
  {
    text: 'La guerre a fait au moins 2,5 millions de déplacés, selon le HCR.',
    figures: [{ kind: 'displaced', count: 2500000, qualifier: 'at_least', reporter: 'UNHCR', scope: 'background' }],
  },
  {
    text: 'Jusqu’à 150 personnes pourraient avoir été tuées, selon un responsable local.',
    figures: [{ kind: 'killed', count: 150, qualifier: 'up_to' }],
  },
  {
    text: 'Un homme de 25 ans a été tué et sa fille de 8 ans blessée.',
    figures: [],
  },
  {
    text: 'Cinq policiers ont été tués dans l’explosion.',
    figures: [{ kind: 'killed', count: 5, who: 'combatants', party: 'police' }],
  },
  {
    text: 'Environ 300 femmes et enfants ont été blessés.',
    figures: [{ kind: 'injured', count: 300, qualifier: 'about', who: 'people' }],
  },
  {
    text: 'Les bombardements israéliens ont tué 71 Palestiniens, dont 23 enfants, a indiqué le ministère de la Santé de Gaza.',
    figures: [
      { kind: 'killed', count: 71, reporter: 'Gaza Health Ministry' },
      { kind: 'killed', count: 23, who: 'children', reporter: 'Gaza Health Ministry' },
    ],
  },
  {
    text: 'Soixante et onze otages ont été libérés samedi en échange de prisonniers.',
    figures: [],
  },
  {
    text: 'Le nombre de morts est passé à 1 200, selon la Défense civile de Gaza.',
    figures: [{ kind: 'killed', count: 1200, reporter: 'Gaza Civil Defence' }],
  },
  {
    text: 'Les rebelles du M23 ont enlevé une centaine de personnes à Goma, dont 18 femmes.',
    figures: [
      { kind: 'detained', count: 100, qualifier: 'about' },
      { kind: 'detained', count: 18, who: 'women' },
    ],
  },
  {
    text: 'En 2023, 300 soldats du 46e régiment avaient été tués, a rappelé le ministre.',
    figures: [{ kind: 'killed', count: 300, who: 'combatants', scope: 'background' }],
  },
  {
    text: 'Un millier de déplacés se sont installés dans des camps de fortune.',
    figures: [{ kind: 'displaced', count: 1000, qualifier: 'about' }],
  },
  {
    text: 'Les combats ont fait de 4 887 à 7 528 morts, selon différentes estimations.',
    figures: [{ kind: 'killed', count: 4887, upper: 7528 }],
  },
  {
    text: "Au moins 37 personnes, dont 14 enfants, ont péri dans l'incendie d'un camp de déplacés à Goma, a annoncé dimanche le gouverneur du Nord-Kivu. Le précédent bilan faisait état de 25 morts.",
    figures: [
      { kind: 'killed', count: 37, qualifier: 'at_least', reporter: 'North Kivu governor' },
      { kind: 'killed', count: 14, who: 'children', reporter: 'North Kivu governor' },
      { kind: 'killed', count: 25 },
    ],
  },
  {
    text: "Trois soldats nigériens ont trouvé la mort et onze autres ont été blessés lors d'une attaque jihadiste, a indiqué le ministère de la Défense.",
    figures: [
      { kind: 'killed', count: 3, who: 'combatants' },
      { kind: 'injured', count: 11, who: 'combatants' }, // « autres » : d'autres soldats
    ],
  },
  {
    text: "Le bilan du séisme s'est alourdi à 2 960 morts, a annoncé le ministère de l'Intérieur, qui fait également état de 5 674 blessés.",
    figures: [
      { kind: 'killed', count: 2960 },
      { kind: 'injured', count: 5674 },
    ],
  },
  {
    text: "Une frappe de drone a tué cinq membres d'une même famille, dont trois enfants, dans le sud du Liban, selon l'Agence nationale d'information (ANI).",
    figures: [
      { kind: 'killed', count: 5, reporter: 'Lebanese state media (NNA)' },
      { kind: 'killed', count: 3, who: 'children', reporter: 'Lebanese state media (NNA)' },
    ],
  },
  {
    text: 'Les violences ont fait une cinquantaine de morts et plusieurs centaines de blessés depuis le début de la semaine, selon les Nations unies.',
    figures: [{ kind: 'killed', count: 50, qualifier: 'about', reporter: 'United Nations' }],
  },
  {
    text: 'Les secouristes ont retiré 48 corps des décombres, dont ceux de 9 enfants.',
    figures: [
      { kind: 'killed', count: 48 },
      { kind: 'killed', count: 9, who: 'children' },
    ],
  },
  {
    text: 'Les frappes ont tué 61 personnes, dont 14 enfants et six femmes.',
    figures: [
      { kind: 'killed', count: 61 },
      { kind: 'killed', count: 14, who: 'children' },
      { kind: 'killed', count: 6, who: 'women' },
    ],
  },
];

describe('French locale', () => {
  for (const c of cases) it(c.text.slice(0, 80), () => check('fr', c));
});
