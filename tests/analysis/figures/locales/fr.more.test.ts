// French: toll phrasings and predicates of agency copy (sentences written for these tests), each rule
// with traps. Tolls whose noun names a group ("le nombre de civils tués"); tolls after the count
// ("a porté à 90 le nombre de…"); verbs of exceeding/nearing as hedges ("dépasse désormais les");
// "estime à" = about; "on compte" is a tally, "la ville compte" a population; the killers' own claims
// ("qu'il dit avoir tués"); wounds as a predicate; flight as having to leave home; earlier incidents.
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const rules: Record<string, Case[]> = {
  'a toll noun that names a group: "le nombre de civils tués s\'élève à N"': [
    {
      text: 'Le nombre de civils tués dans l\'offensive s\'élève désormais à 418, selon l\'ONU.',
      figures: [{ kind: 'killed', count: 418, who: 'civilians', reporter: 'United Nations' }],
    },
    {
      text: 'Le nombre d\'enfants blessés est passé à 73.',
      figures: [{ kind: 'injured', count: 73, who: 'children' }],
    },
    {
      text: 'Le nombre de personnes disparues atteint 26.',
      figures: [{ kind: 'missing', count: 26 }],
    },
    {
      // trap: a count of buildings
      text: 'Le nombre de maisons détruites s\'élève à 1 250.',
      figures: [],
    },
    {
      // trap: "des dizaines" carries no number
      text: 'Le nombre de morts pourrait se chiffrer en dizaines, selon un médecin.',
      figures: [],
    },
  ],
  'a toll after the count: "a porté à N le nombre de civils tués"': [
    {
      text: 'Le ministère a porté mardi à 233 le nombre de civils tués.',
      figures: [{ kind: 'killed', count: 233, who: 'civilians' }],
    },
    {
      text: 'Le HCR estime à 1,4 million le nombre de déplacés.',
      figures: [{ kind: 'displaced', count: 1400000, qualifier: 'about', reporter: 'UNHCR' }],
    },
    {
      text: 'Les secours ont porté à 58 le nombre de blessés.',
      figures: [{ kind: 'injured', count: 58 }],
    },
    {
      text: 'Le ministère a porté à 104 le nombre de victimes.',
      figures: [{ kind: 'killed', count: 104 }],
    },
    {
      // trap: the same shape about vehicles
      text: 'La police a porté à 90 le nombre de voitures incendiées.',
      figures: [],
    },
  ],
  'verbs of exceeding and nearing as hedges': [
    {
      text: 'Le bilan dépasse désormais les 640 morts.',
      figures: [{ kind: 'killed', count: 640, qualifier: 'more_than' }],
    },
    {
      text: 'Le nombre de morts a dépassé vendredi les 2 300.',
      figures: [{ kind: 'killed', count: 2300, qualifier: 'more_than' }],
    },
    {
      text: 'Le bilan des victimes avoisine les 150.',
      figures: [{ kind: 'killed', count: 150, qualifier: 'nearly' }],
    },
    {
      text: 'Le nombre de déplacés frôle déjà les 90 000.',
      figures: [{ kind: 'displaced', count: 90000, qualifier: 'nearly' }],
    },
    {
      text: 'Le bilan pourrait dépasser la centaine de morts, selon un médecin.',
      figures: [{ kind: 'killed', count: 100, qualifier: 'more_than' }],
    },
    {
      text: 'Le nombre de blessés a franchi le cap du millier.',
      figures: [{ kind: 'injured', count: 1000, qualifier: 'more_than' }],
    },
    {
      // trap: a temperature and a percentage
      text: 'La température dépasse les 45 degrés et le taux d\'occupation des hôpitaux frôle les 95 %.',
      figures: [],
    },
  ],
  '"estime à" = about; "par la guerre" is the whole war': [
    {
      text: 'L\'OIM estime à 2,1 millions le nombre de personnes déplacées par la guerre.',
      figures: [{ kind: 'displaced', count: 2100000, qualifier: 'about', scope: 'background' }],
    },
    {
      text: 'Les médecins estiment à 45 le nombre de morts.',
      figures: [{ kind: 'killed', count: 45, qualifier: 'about' }],
    },
    {
      // trap: an estimate of money
      text: 'Le gouvernement estime à 300 millions d\'euros le coût des dégâts.',
      figures: [],
    },
  ],
  '"on compte" is a tally; "la ville compte" a population': [
    {
      text: 'On compte au moins 35 disparus après le glissement de terrain.',
      figures: [{ kind: 'missing', count: 35, qualifier: 'at_least' }],
    },
    {
      // a part of the wounded is a figure of its own
      text: 'On compte 80 blessés, dont 12 grièvement.',
      figures: [
        { kind: 'injured', count: 80 },
        { kind: 'injured', count: 12 },
      ],
    },
    {
      text: 'La commune compte 12 000 habitants. On y compte désormais 300 déplacés.',
      figures: [{ kind: 'displaced', count: 300 }],
    },
    {
      text: 'Le camp comptait 4 000 personnes avant l\'attaque.',
      figures: [],
    },
    {
      text: 'La province compte désormais plus de 90 000 déplacés.',
      figures: [{ kind: 'displaced', count: 90000, qualifier: 'more_than' }],
    },
    {
      // trap: a population, then a toll of another clause
      text: 'La région, qui compte 800 000 habitants, a été frappée par des missiles.',
      figures: [],
    },
  ],
  'the killers\' own claim: "qu\'il dit avoir tués", "affirme avoir neutralisé"': [
    {
      text: 'Le mouvement a diffusé les photos de onze soldats qu\'il dit avoir tués lors de l\'embuscade.',
      figures: [{ kind: 'killed', count: 11, who: 'combatants' }],
    },
    {
      text: 'L\'état-major affirme avoir neutralisé une quarantaine de terroristes.',
      figures: [{ kind: 'killed', count: 40, who: 'combatants', qualifier: 'about' }],
    },
    {
      text: 'Les rebelles, qui affirment avoir abattu 27 militaires, n\'ont fourni aucune preuve.',
      figures: [{ kind: 'killed', count: 27, who: 'combatants' }],
    },
    {
      // trap: hostages freed
      text: 'L\'armée affirme avoir libéré 19 otages.',
      figures: [],
    },
    {
      // trap: "un" is an article
      text: 'Le groupe dit avoir tué un officier.',
      figures: [],
    },
  ],
  'wounds as a predicate; bodies found': [
    {
      text: 'Plus de 70 patients souffraient de blessures par balle.',
      figures: [{ kind: 'injured', count: 70, qualifier: 'more_than' }],
    },
    {
      text: 'Une vingtaine de personnes présentaient des blessures graves.',
      figures: [{ kind: 'injured', count: 20, qualifier: 'about' }],
    },
    {
      text: 'Les plongeurs ont retrouvé les corps de 14 migrants.',
      figures: [{ kind: 'killed', count: 14 }],
    },
    {
      // trap: people treated for no wound, and a count of beds
      text: 'L\'hôpital de campagne compte 60 lits.',
      figures: [],
    },
  ],
  'flight as having to leave home; arrivals of the displaced': [
    {
      text: 'Environ 6 500 personnes ont dû quitter leur domicile à cause des combats.',
      figures: [{ kind: 'displaced', count: 6500, qualifier: 'about' }],
    },
    {
      text: 'Plus de 20 000 réfugiés sont arrivées au Tchad depuis lundi.',
      figures: [{ kind: 'displaced', count: 20000, qualifier: 'more_than' }],
    },
    {
      text: 'Quelque 1 800 familles ont été contraintes de fuir leurs villages.',
      figures: [{ kind: 'displaced', count: 1800, qualifier: 'about', unit: 'families' }],
    },
    {
      // trap: evacuated
      text: 'Près de 700 habitants ont été évacués par précaution.',
      figures: [],
    },
    {
      // trap: trapped people, and "des milliers"
      text: 'Des milliers de personnes sont piégées et 30 villages sont encerclés.',
      figures: [],
    },
  ],
  'peacekeepers are combatants; parts named in a list opener; arrests as a noun': [
    {
      text: 'Deux Casques bleus ont été tués et trois autres blessés dans une embuscade.',
      figures: [
        { kind: 'killed', count: 2, who: 'combatants' },
        { kind: 'injured', count: 3, who: 'combatants' },
      ],
    },
    {
      text: 'Parmi les blessés figurent cinq enfants.',
      figures: [{ kind: 'injured', count: 5, who: 'children' }],
    },
    {
      text: 'La police a procédé à l\'interpellation de 31 personnes.',
      figures: [{ kind: 'detained', count: 31 }],
    },
    {
      // trap: "un" is an article, "des dizaines" no number
      text: 'Parmi les blessés figurent un journaliste et des dizaines de manifestants.',
      figures: [],
    },
  ],
  'running totals: since the war broke out, the last months, since the start of the month': [
    {
      text: 'Depuis que la guerre a éclaté, quelque 14 000 civils ont été tués.',
      figures: [{ kind: 'killed', count: 14000, who: 'civilians', qualifier: 'about', scope: 'background' }],
    },
    {
      text: 'Au cours des quatre derniers mois, 1 900 personnes ont été tuées dans la province.',
      figures: [{ kind: 'killed', count: 1900, scope: 'background' }],
    },
    {
      text: 'Depuis le début du mois, 260 migrants sont morts en mer.',
      figures: [{ kind: 'killed', count: 260, scope: 'background' }],
    },
    {
      // the events themselves
      text: 'En 48 heures, 41 personnes ont été tuées.',
      figures: [{ kind: 'killed', count: 41 }],
    },
    {
      text: 'Depuis le début de l\'assaut jeudi, 76 personnes ont été tuées.',
      figures: [{ kind: 'killed', count: 76 }],
    },
  ],
  'a camp of refugees names a place': [
    {
      text: 'Au moins 38 personnes ont été tuées dimanche, dont 14 dans le camp de réfugiés de Nousseirat.',
      figures: [
        { kind: 'killed', count: 38, qualifier: 'at_least' },
        { kind: 'killed', count: 14 },
      ],
    },
    {
      // trap: the camp's population
      text: 'Le camp de déplacés de Zamzam abritait 500 000 personnes.',
      figures: [],
    },
  ],
  'rescuing and evacuating, in the active voice, block a count': [
    {
      text: 'Les pompiers ont secouru 26 personnes et recherchent encore 3 disparus.',
      figures: [{ kind: 'missing', count: 3 }],
    },
    {
      text: 'Les autorités ont évacué 1 400 habitants ; deux personnes sont mortes.',
      figures: [{ kind: 'killed', count: 2 }],
    },
  ],
  'another value of the toll: "contre N la veille", "portant le bilan à N"': [
    {
      text: 'Le bilan officiel est de 88 morts, contre 61 la veille.',
      figures: [
        { kind: 'killed', count: 88 },
        { kind: 'killed', count: 61 },
      ],
    },
    {
      text: 'Un quatrième blessé est mort à l\'hôpital, portant le bilan à 4.',
      figures: [{ kind: 'killed', count: 4 }],
    },
    {
      // trap: "contre" as "against" before places
      text: 'Une offensive contre 3 villages a fait 12 morts.',
      figures: [{ kind: 'killed', count: 12 }],
    },
    {
      text: 'Au cours des quatre premiers mois de l\'année, 3 100 migrants sont morts sur cette route.',
      figures: [{ kind: 'killed', count: 3100, scope: 'background' }],
    },
  ],
  '"les victimes sont au nombre de N"': [
    {
      text: 'Les victimes sont au nombre de 29, selon la préfecture.',
      figures: [{ kind: 'killed', count: 29 }],
    },
    {
      text: 'Les blessés sont désormais au nombre de 112.',
      figures: [{ kind: 'injured', count: 112 }],
    },
    {
      // trap: a number of vehicles
      text: 'Les véhicules détruits sont au nombre de 40.',
      figures: [],
    },
  ],
  'an incident dated by its year is an earlier one': [
    {
      published: '2024-06-20',
      text:
        'Un attentat suicide a tué lundi 22 personnes dans une mosquée. Aucun groupe ne l\'a revendiqué. ' +
        'La police a renforcé la sécurité. Lors de l\'attentat de 2017 contre la même mosquée, 311 personnes avaient été tuées.',
      figures: [
        { kind: 'killed', count: 22 },
        { kind: 'killed', count: 311, scope: 'background' },
      ],
    },
    {
      // traps: tolls of things, "un" as an article, hostages freed, people trapped
      text: 'Le nombre de frappes dépasse désormais les 300. Un soldat a été tué et un autre blessé. Les 250 otages libérés sont rentrés chez eux. Le nombre de personnes piégées s\'élève à 300.',
      figures: [],
    },
  ],
  'missing as not yet found': [
    {
      text: 'Onze pêcheurs manquent toujours à l\'appel.',
      figures: [{ kind: 'missing', count: 11 }],
    },
    {
      text: 'Vingt-deux personnes sont toujours recherchées après la crue.',
      figures: [{ kind: 'missing', count: 22 }],
    },
    {
      text: 'On ignore toujours le sort de 42 passagers.',
      figures: [{ kind: 'missing', count: 42 }],
    },
    {
      text: 'Les familles sont sans nouvelles de 15 jeunes partis en mer.',
      figures: [{ kind: 'missing', count: 15 }],
    },
    {
      // trap: found safe and sound
      text: 'Les 4 mineurs ont été retrouvés sains et saufs.',
      figures: [],
    },
  ],
  'students and workers are people; pupils of a primary school are children': [
    {
      text: 'Des hommes armés ont enlevé 24 étudiants sur la route de l\'université.',
      figures: [{ kind: 'detained', count: 24 }],
    },
    {
      text: 'Six jeunes ont été tués par balles dans le quartier.',
      figures: [{ kind: 'killed', count: 6 }],
    },
    {
      text: 'Neuf de ses employés ont péri dans l\'incendie.',
      figures: [{ kind: 'killed', count: 9 }],
    },
    {
      text: 'Douze écoliers ont été blessés par des éclats.',
      figures: [{ kind: 'injured', count: 12, who: 'children' }],
    },
  ],
  'an earlier incident: "jours plus tôt", "ce jour-là"': [
    {
      published: '2024-06-20',
      text:
        'Une frappe a tué mercredi 21 personnes à Kharkiv, selon le gouverneur. Les secours ont travaillé toute la nuit. ' +
        'Les habitants dénoncent l\'absence d\'abris. Quatre jours plus tôt, un missile avait tué 6 civils à Odessa.',
      figures: [
        { kind: 'killed', count: 21 },
        { kind: 'killed', count: 6, who: 'civilians', scope: 'background' },
      ],
    },
    {
      published: '2024-06-20',
      text:
        'Au moins 15 soldats ont été tués mardi dans une embuscade, a indiqué l\'armée. Les assaillants ont pris la fuite. ' +
        'Le pays commémore l\'attaque du 12 mars. Ce jour-là, 64 personnes avaient été tuées.',
      figures: [
        { kind: 'killed', count: 15, who: 'combatants', qualifier: 'at_least' },
        { kind: 'killed', count: 64, scope: 'background' },
      ],
    },
  ],
};

describe('French locale: tolls, claims, predicates, flight', () => {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      for (const c of cases) it(c.text.slice(0, 90), () => check('fr', c));
    });
  }
});
