// German news sentences (written for these tests, several conflicts) with the figures the spec asks
// for. Traps included: years, ages, dates ("am 28. November"), ordinals ("46. Regiment"),
// percentages, distances, vague plurals ("Dutzende", "Hunderte"), articles ("ein Soldat"), people
// present, evacuated or freed rather than harmed.
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const SOHR = 'Syrian Observatory for Human Rights';

const cases: Case[] = [
  {
    text: 'Bei den schwersten Kämpfen seit Jahren sind nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte mindestens 242 Menschen getötet worden.',
    figures: [{ kind: 'killed', count: 242, qualifier: 'at_least', reporter: SOHR }],
  },
  {
    text: 'Unter den Toten sind 20 Zivilisten, teilte die Syrische Beobachtungsstelle für Menschenrechte mit.',
    figures: [{ kind: 'killed', count: 20, who: 'civilians', reporter: SOHR }],
  },
  {
    text: 'Die Zahl der Toten stieg auf 231, wie Aktivisten berichteten.',
    figures: [{ kind: 'killed', count: 231 }],
  },
  {
    text: 'Mehr als 80 Soldaten und regierungstreue Kämpfer kamen ums Leben.',
    figures: [{ kind: 'killed', count: 80, qualifier: 'more_than', who: 'combatants' }],
  },
  {
    text: 'Bei dem Luftangriff auf einen Markt in Omdurman wurden 12 Menschen getötet und 30 weitere verletzt.',
    figures: [
      { kind: 'killed', count: 12 },
      { kind: 'injured', count: 30 },
    ],
  },
  {
    text: 'Der russische Angriff auf Charkiw forderte laut dem Gouverneur mindestens sieben Todesopfer.',
    figures: [{ kind: 'killed', count: 7, qualifier: 'at_least' }],
  },
  {
    text: 'Zweihundertvierzig Menschen wurden bei den Zusammenstößen verletzt.',
    figures: [{ kind: 'injured', count: 240 }],
  },
  {
    text: 'Rund 14.000 Menschen sind seit Mittwoch aus der Region geflohen, teilte die Uno mit.',
    figures: [{ kind: 'displaced', count: 14000, qualifier: 'about', reporter: 'United Nations' }],
  },
  {
    text: 'Etwa 7000 Familien wurden in der Provinz Idlib vertrieben.',
    figures: [{ kind: 'displaced', count: 7000, qualifier: 'about', unit: 'families' }],
  },
  {
    text: 'Ein Soldat wurde getötet, eine Frau verletzt.',
    figures: [],
  },
  {
    text: 'Ein einziger Zivilist wurde getötet, erklärte die Armee.',
    figures: [{ kind: 'killed', count: 1, who: 'civilians' }],
  },
  {
    text: 'Dutzende Menschen wurden getötet und Hunderte verletzt.',
    figures: [],
  },
  {
    text: 'Seit 2011 wurden in dem Bürgerkrieg mehr als 500.000 Menschen getötet.',
    figures: [{ kind: 'killed', count: 500000, qualifier: 'more_than', scope: 'background' }],
  },
  {
    text: 'Zwischen 30 und 40 Menschen werden nach dem Bootsunglück vermisst.',
    figures: [{ kind: 'missing', count: 30, upper: 40 }],
  },
  {
    text: 'Bewaffnete haben im Bundesstaat Zamfara mindestens 50 Menschen entführt.',
    figures: [{ kind: 'detained', count: 50, qualifier: 'at_least' }],
  },
  {
    text: 'Die Polizei nahm 35 Demonstranten fest.',
    figures: [{ kind: 'detained', count: 35 }],
  },
  {
    text: 'Das 46. Regiment eroberte am 28. November drei Dörfer, 20 Kilometer von der Stadt entfernt.',
    figures: [],
  },
  {
    text: 'In der Stadt leben fast 2 Millionen Menschen, 40 Prozent davon sind Kinder.',
    figures: [],
  },
  {
    text: '300 Patienten wurden aus dem Krankenhaus evakuiert.',
    figures: [],
  },
  {
    text: 'An der Kundgebung nahmen 5000 Menschen teil.',
    figures: [],
  },
  {
    text: 'Bei einem Hinterhalt in der Nähe von Djibo wurden ein Dutzend Soldaten getötet.',
    figures: [{ kind: 'killed', count: 12, who: 'combatants' }],
  },
  {
    text: 'Der Anschlag kostete 17 malischen Soldaten und drei Zivilisten das Leben.',
    figures: [
      { kind: 'killed', count: 17, who: 'combatants' },
      { kind: 'killed', count: 3, who: 'civilians' },
    ],
  },
  {
    text: 'Seit Beginn des Krieges wurden in der Region 1.953 Zivilisten getötet, so die Vereinten Nationen.',
    figures: [{ kind: 'killed', count: 1953, who: 'civilians', scope: 'background', reporter: 'United Nations' }],
  },
  {
    text: 'Im Durchschnitt sterben 165 Menschen pro Tag.',
    figures: [{ kind: 'killed', count: 165, qualifier: 'about', scope: 'background' }],
  },
  {
    text: 'Zunächst war von 10 Toten die Rede gewesen.',
    figures: [{ kind: 'killed', count: 10 }],
  },
  {
    text: 'Neunzig Menschen wurden festgenommen, darunter 12 Minderjährige.',
    figures: [
      { kind: 'detained', count: 90 },
      { kind: 'detained', count: 12, who: 'children' },
    ],
  },
  {
    text: 'Nach UN-Angaben sind seit Kriegsbeginn 2,5 Millionen Menschen auf der Flucht.',
    figures: [{ kind: 'displaced', count: 2500000, scope: 'background' }],
  },
  {
    text: 'Ein 25-jähriger Mann wurde getötet, seine 8-jährige Tochter verletzt.',
    figures: [],
  },
  {
    text: 'Fünf Polizisten wurden bei der Explosion getötet.',
    figures: [{ kind: 'killed', count: 5, who: 'combatants', party: 'police' }],
  },
  {
    text: 'Israelische Angriffe töteten 71 Palästinenser, darunter 23 Kinder, teilte das Gesundheitsministerium in Gaza mit.',
    figures: [
      { kind: 'killed', count: 71, reporter: 'Gaza Health Ministry' },
      { kind: 'killed', count: 23, who: 'children', reporter: 'Gaza Health Ministry' },
    ],
  },
  {
    text: 'Am Samstag wurden 33 Geiseln im Austausch gegen Gefangene freigelassen.',
    figures: [],
  },
  {
    text: 'Bis zu 150 Menschen könnten getötet worden sein, sagte ein örtlicher Beamter.',
    figures: [{ kind: 'killed', count: 150, qualifier: 'up_to' }],
  },
  {
    text: 'Die M23-Rebellen verschleppten knapp hundert Menschen aus Goma.',
    figures: [{ kind: 'detained', count: 100, qualifier: 'nearly' }],
  },
  {
    text: 'Die Kämpfe forderten zwischen 4.887 und 7.528 Tote.',
    figures: [{ kind: 'killed', count: 4887, upper: 7528 }],
  },
  {
    text: 'Ukrainische Truppen verloren nach Angaben des russischen Verteidigungsministeriums mehr als 300 Soldaten; zwei Dutzend wurden gefangen genommen.',
    figures: [{ kind: 'detained', count: 24 }],
  },
  {
    text: 'Bei einem russischen Raketenangriff auf die Stadt Dnipro sind nach ukrainischen Angaben mindestens 17 Menschen ums Leben gekommen, darunter drei Kinder. 68 weitere wurden verletzt.',
    figures: [
      { kind: 'killed', count: 17, qualifier: 'at_least' },
      { kind: 'killed', count: 3, who: 'children' },
      { kind: 'injured', count: 68 },
    ],
  },
  {
    text: 'Zwei Soldaten starben, vier weitere wurden schwer verletzt, teilte die Bundeswehr mit.',
    figures: [
      { kind: 'killed', count: 2, who: 'combatants', reporter: 'Bundeswehr' },
      { kind: 'injured', count: 4, who: 'combatants', reporter: 'Bundeswehr' }, // "weitere" Soldaten
    ],
  },
  {
    text: 'Bewaffnete töteten im Nordosten Nigerias mindestens 30 Dorfbewohner und verschleppten Dutzende Frauen.',
    figures: [{ kind: 'killed', count: 30, qualifier: 'at_least' }],
  },
  {
    text: 'Russische Truppen töteten am Dienstag in Cherson mindestens vier Zivilisten.',
    figures: [{ kind: 'killed', count: 4, qualifier: 'at_least', who: 'civilians' }],
  },
  {
    text: 'Ein israelischer Luftangriff auf ein Flüchtlingslager hat mindestens 45 Menschen das Leben gekostet.',
    figures: [{ kind: 'killed', count: 45, qualifier: 'at_least' }],
  },
  {
    text: 'Laut dem Gesundheitsministerium in Gaza wurden seit Beginn des Krieges mehr als 40.000 Palästinenser getötet.',
    figures: [{ kind: 'killed', count: 40000, qualifier: 'more_than', scope: 'background', reporter: 'Gaza Health Ministry' }],
  },
  {
    text: 'Bei den Angriffen sind 312 Menschen getötet worden, unter ihnen 41 Kinder und 27 Frauen.',
    figures: [
      { kind: 'killed', count: 312 },
      { kind: 'killed', count: 41, who: 'children' },
      { kind: 'killed', count: 27, who: 'women' },
    ],
  },
];

describe('German locale', () => {
  for (const c of cases) it(c.text.slice(0, 80), () => check('de', c));
});
