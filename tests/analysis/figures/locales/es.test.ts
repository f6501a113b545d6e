// Spanish news sentences (written for these tests, several conflicts and Latin American violence)
// with the figures the spec asks for. Traps included: years, ages, dates ("el 28 de noviembre"),
// ordinals, percentages, distances, vague plurals ("decenas", "cientos"), articles ("un soldado"),
// people present, evacuated or freed rather than harmed.
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const SOHR = 'Syrian Observatory for Human Rights';

const cases: Case[] = [
  {
    text: 'Al menos 242 personas han muerto desde el miércoles en los combates entre rebeldes y fuerzas gubernamentales, según el Observatorio Sirio de Derechos Humanos.',
    figures: [{ kind: 'killed', count: 242, qualifier: 'at_least', reporter: SOHR }],
  },
  {
    text: 'Entre los muertos hay 20 civiles, precisó el Observatorio Sirio de Derechos Humanos.',
    figures: [{ kind: 'killed', count: 20, who: 'civilians', reporter: SOHR }],
  },
  {
    text: 'Los bombardeos mataron a 24 civiles, 19 de ellos en ataques aéreos rusos, de acuerdo con el OSDH.',
    figures: [
      { kind: 'killed', count: 24, who: 'civilians', reporter: SOHR },
      { kind: 'killed', count: 19, who: 'civilians', reporter: SOHR },
    ],
  },
  {
    text: 'El balance asciende ya a 231 muertos, entre ellos una veintena de civiles.',
    figures: [
      { kind: 'killed', count: 231 },
      { kind: 'killed', count: 20, who: 'civilians', qualifier: 'about' },
    ],
  },
  {
    text: 'Murieron más de 80 soldados y combatientes progubernamentales, informó la ONG.',
    figures: [{ kind: 'killed', count: 80, qualifier: 'more_than', who: 'combatants' }],
  },
  {
    text: 'Un ataque aéreo contra un mercado de Jartum dejó 12 muertos y 30 heridos, según fuentes médicas.',
    figures: [
      { kind: 'killed', count: 12 },
      { kind: 'injured', count: 30 },
    ],
  },
  {
    text: 'Doscientas cuarenta personas resultaron heridas en los enfrentamientos.',
    figures: [{ kind: 'injured', count: 240 }],
  },
  {
    text: 'Cerca de 14.000 personas han huido de sus hogares desde el inicio de la ofensiva, según la ONU.',
    figures: [{ kind: 'displaced', count: 14000, qualifier: 'nearly', reporter: 'United Nations' }],
  },
  {
    text: 'Unas 7.000 familias fueron desplazadas en la provincia de Idlib.',
    figures: [{ kind: 'displaced', count: 7000, qualifier: 'about', unit: 'families' }],
  },
  {
    text: 'Un soldado murió y un civil resultó herido en un ataque con dron.',
    figures: [],
  },
  {
    text: 'Un solo civil murió, según el ejército.',
    figures: [{ kind: 'killed', count: 1, who: 'civilians' }],
  },
  {
    text: 'Decenas de personas murieron y cientos resultaron heridas.',
    figures: [],
  },
  {
    text: 'La guerra ha dejado más de 500.000 muertos desde 2011.',
    figures: [{ kind: 'killed', count: 500000, qualifier: 'more_than', scope: 'background' }],
  },
  {
    text: 'Entre 30 y 40 personas siguen desaparecidas tras el naufragio.',
    figures: [{ kind: 'missing', count: 30, upper: 40 }],
  },
  {
    text: 'Hombres armados secuestraron al menos a 50 personas en el estado de Zamfara.',
    figures: [{ kind: 'detained', count: 50, qualifier: 'at_least' }],
  },
  {
    text: 'La policía detuvo a 35 manifestantes en Caracas el 28 de noviembre.',
    figures: [{ kind: 'detained', count: 35 }],
  },
  {
    text: 'La 46.ª brigada recuperó tres aldeas a 20 kilómetros de la ciudad.',
    figures: [],
  },
  {
    text: 'En la ciudad viven casi 2 millones de personas, el 40 % de ellas niños.',
    figures: [],
  },
  {
    text: '300 pacientes fueron evacuados del hospital el 28 de noviembre de 2024.',
    figures: [],
  },
  {
    text: 'Una decena de militares murieron en una emboscada cerca de Djibo, indicaron fuentes de seguridad.',
    figures: [{ kind: 'killed', count: 10, who: 'combatants', qualifier: 'about' }],
  },
  {
    text: 'El atentado costó la vida a 17 soldados malienses y a tres civiles.',
    figures: [
      { kind: 'killed', count: 17, who: 'combatants' },
      { kind: 'killed', count: 3, who: 'civilians' },
    ],
  },
  {
    text: 'Desde el inicio de la guerra, 1.953 civiles han muerto en la región, según la ONU.',
    figures: [{ kind: 'killed', count: 1953, who: 'civilians', scope: 'background', reporter: 'United Nations' }],
  },
  {
    text: 'En promedio mueren 165 personas al día.',
    figures: [{ kind: 'killed', count: 165, qualifier: 'about', scope: 'background' }],
  },
  {
    text: 'Las autoridades informaron que 3 mil 952 personas fueron asesinadas en el estado durante el primer semestre.',
    figures: [{ kind: 'killed', count: 3952, scope: 'background' }],
  },
  {
    text: 'Noventa personas fueron detenidas, entre ellas 12 menores.',
    figures: [
      { kind: 'detained', count: 90 },
      { kind: 'detained', count: 12, who: 'children' },
    ],
  },
  {
    text: 'Según el ACNUR, la guerra ha provocado al menos 1,5 millones de desplazados.',
    figures: [{ kind: 'displaced', count: 1500000, qualifier: 'at_least', reporter: 'UNHCR', scope: 'background' }],
  },
  {
    text: 'Hasta 150 personas podrían haber muerto, según un funcionario local.',
    figures: [{ kind: 'killed', count: 150, qualifier: 'up_to' }],
  },
  {
    text: 'Un hombre de 25 años murió y su hija de 8 años resultó herida.',
    figures: [],
  },
  {
    text: 'Cinco policías murieron en la explosión.',
    figures: [{ kind: 'killed', count: 5, who: 'combatants', party: 'police' }],
  },
  {
    text: 'Los ataques israelíes mataron a 71 palestinos, entre ellos 23 niños, informó el Ministerio de Sanidad de Gaza.',
    figures: [
      { kind: 'killed', count: 71, reporter: 'Gaza Health Ministry' },
      { kind: 'killed', count: 23, who: 'children', reporter: 'Gaza Health Ministry' },
    ],
  },
  {
    text: 'El sábado fueron liberados 33 rehenes a cambio de presos palestinos.',
    figures: [],
  },
  {
    text: 'La cifra de muertos se elevó a 1.399, según Protección Civil.',
    figures: [{ kind: 'killed', count: 1399 }],
  },
  {
    text: 'Los enfrentamientos dejaron entre 4.887 y 7.528 muertos.',
    figures: [{ kind: 'killed', count: 4887, upper: 7528 }],
  },
  {
    text: 'Doce de ellos murieron en el hospital.',
    figures: [{ kind: 'killed', count: 12 }],
  },
  {
    text: 'Al menos 16 personas murieron y otras 25 resultaron heridas este domingo en un ataque armado contra un bar en Guanajuato, informó la Fiscalía estatal.',
    figures: [
      { kind: 'killed', count: 16, qualifier: 'at_least', reporter: "Guanajuato state prosecutor's office" },
      { kind: 'injured', count: 25, reporter: "Guanajuato state prosecutor's office" },
    ],
  },
  {
    text: 'El Ministerio de Sanidad de Gaza elevó a 35.000 el número de muertos desde el inicio de la guerra.',
    figures: [{ kind: 'killed', count: 35000, scope: 'background' }],
  },
  {
    text: 'La Policía Nacional detuvo a 23 presuntos miembros de la banda, entre ellos cuatro menores de edad.',
    figures: [
      { kind: 'detained', count: 23 },
      { kind: 'detained', count: 4, who: 'children' },
    ],
  },
  {
    text: 'El huracán dejó al menos 45 fallecidos y 12 desaparecidos, según Protección Civil.',
    figures: [
      { kind: 'killed', count: 45, qualifier: 'at_least' },
      { kind: 'missing', count: 12 },
    ],
  },
  {
    text: 'Un bombardeo israelí mató este martes a al menos 30 personas en un campamento de desplazados del sur de Gaza.',
    figures: [{ kind: 'killed', count: 30, qualifier: 'at_least' }],
  },
];

describe('Spanish locale', () => {
  for (const c of cases) it(c.text.slice(0, 80), () => check('es', c));
});
