// Spanish: word orders and toll phrasings of agency copy (sentences written for these tests), each
// rule with traps. Verb before subject with adjuncts in between; tolls whose noun names a group
// ("el número de civiles muertos"); tolls given after the count ("elevó a 90 el número de…");
// verbs of exceeding as hedges ("supera ya los"); "otros N" after a count of a group; the killers'
// own claims ("asegura haber matado a"); flight phrased as having to leave home; earlier incidents.
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const rules: Record<string, Case[]> = {
  'verb before subject, adjuncts of place and time in between': [
    {
      text: 'Han muerto en la provincia de Sumy 23 civiles desde el lunes, y otras 70 personas han resultado heridas.',
      figures: [
        { kind: 'killed', count: 23, who: 'civilians' },
        { kind: 'injured', count: 70 },
      ],
    },
    {
      text: 'Murieron en el incendio del mercado 19 personas, entre ellas seis niños.',
      figures: [
        { kind: 'killed', count: 19 },
        { kind: 'killed', count: 6, who: 'children' },
      ],
    },
    {
      text: 'Fallecieron durante la madrugada 8 mineros atrapados por el derrumbe.',
      figures: [{ kind: 'killed', count: 8 }],
    },
    {
      text: 'Resultaron heridos en los disturbios 41 agentes y 12 manifestantes.',
      figures: [
        { kind: 'injured', count: 41, who: 'combatants', party: 'police' },
        { kind: 'injured', count: 12 },
      ],
    },
    {
      // trap: the count is a place's population, the verb is another clause's
      text: 'Murieron en la aldea varios ancianos; allí viven 300 familias.',
      figures: [],
    },
    {
      // trap: the adjunct holds a distance, the subject is a singular without a number
      text: 'Murió en la carretera, a 40 kilómetros de la capital, un conductor de autobús.',
      figures: [],
    },
  ],
  'a toll noun that names a group: "el número de civiles muertos es de N"': [
    {
      text: 'El número de civiles muertos en la ofensiva es ya de 412, según la misión de la ONU.',
      figures: [{ kind: 'killed', count: 412, who: 'civilians', reporter: 'United Nations' }],
    },
    {
      text: 'La cifra de niños fallecidos llega a 57.',
      figures: [{ kind: 'killed', count: 57, who: 'children' }],
    },
    {
      text: 'El total de muertos desde el inicio de los combates, contando a los milicianos, asciende a 2.046 personas.',
      figures: [{ kind: 'killed', count: 2046 }],
    },
    {
      text: 'La cifra de personas heridas se eleva a 315.',
      figures: [{ kind: 'injured', count: 315 }],
    },
    {
      // trap: a toll of things, not of people
      text: 'El número de viviendas destruidas asciende a 4.300.',
      figures: [],
    },
    {
      // trap: "decenas" carries no number
      text: 'El número de muertos podría llegar a decenas, advirtió el alcalde.',
      figures: [],
    },
  ],
  'a toll given after the count: "elevó a N el número de civiles muertos"': [
    {
      text: 'La ONG elevó este martes a 862 el número de civiles muertos en la región.',
      figures: [{ kind: 'killed', count: 862, who: 'civilians' }],
    },
    {
      text: 'Las autoridades sanitarias elevaron a 96 el número de niños heridos.',
      figures: [{ kind: 'injured', count: 96, who: 'children' }],
    },
    {
      text: 'Protección Civil eleva a 38 el número de fallecidos.',
      figures: [{ kind: 'killed', count: 38 }],
    },
    {
      // trap: the same shape about buildings
      text: 'El ayuntamiento elevó a 120 el número de edificios dañados.',
      figures: [],
    },
  ],
  'verbs of exceeding, nearing and hovering as hedges': [
    {
      text: 'La cifra de desplazados supera ya los 350.000, según el ACNUR.',
      figures: [{ kind: 'displaced', count: 350000, qualifier: 'more_than', reporter: 'UNHCR' }],
    },
    {
      text: 'El número de fallecidos superó el jueves los 1.200.',
      figures: [{ kind: 'killed', count: 1200, qualifier: 'more_than' }],
    },
    {
      text: 'El balance ronda los 90 muertos.',
      figures: [{ kind: 'killed', count: 90, qualifier: 'about' }],
    },
    {
      text: 'La cifra de heridos roza ya los 600.',
      figures: [{ kind: 'injured', count: 600, qualifier: 'nearly' }],
    },
    {
      text: 'El número de desaparecidos supera ya el centenar.',
      figures: [{ kind: 'missing', count: 100, qualifier: 'more_than' }],
    },
    {
      text: 'La veintena de heridos fue trasladada a la capital.',
      figures: [{ kind: 'injured', count: 20, qualifier: 'about' }],
    },
    {
      // trap: a percentage after the verb
      text: 'La ocupación de los hospitales supera el 90 %.',
      figures: [],
    },
    {
      // trap: a distance
      text: 'La columna de refugiados supera los 15 kilómetros.',
      figures: [],
    },
  ],
  '"estima en" / "calcula que" = about; "por la guerra" is the whole war': [
    {
      text: 'La OIM estima en 1,8 millones los desplazados por la guerra.',
      figures: [{ kind: 'displaced', count: 1800000, qualifier: 'about', scope: 'background' }],
    },
    {
      text: 'Los socorristas calculan que unas 250 personas siguen desaparecidas.',
      figures: [{ kind: 'missing', count: 250, qualifier: 'about' }],
    },
    {
      text: 'La ONG calcula en 64 el número de civiles muertos desde el viernes.',
      figures: [{ kind: 'killed', count: 64, qualifier: 'about', who: 'civilians' }],
    },
    {
      // trap: an estimate of distance
      text: 'El ejército estima en 30 kilómetros el avance de las tropas.',
      figures: [],
    },
  ],
  'the killers\' own claim: "asegura haber matado a N"': [
    {
      text: 'El grupo yihadista asegura haber matado a 45 soldados en el asalto.',
      figures: [{ kind: 'killed', count: 45, who: 'combatants' }],
    },
    {
      text: 'La milicia, que afirma haber abatido a 17 guerrilleros, no aportó pruebas.',
      figures: [{ kind: 'killed', count: 17, who: 'combatants' }],
    },
    {
      text: 'El cártel ha matado a 14 policías este año.',
      figures: [{ kind: 'killed', count: 14, who: 'combatants', party: 'police', scope: 'background' }],
    },
    {
      // trap: "un" is an article
      text: 'Los atacantes aseguran haber matado a un oficial.',
      figures: [],
    },
    {
      // trap: hostages freed
      text: 'El ejército asegura haber liberado a 23 rehenes.',
      figures: [],
    },
  ],
  'killing phrased as a loss or as the bodies found': [
    {
      text: 'El batallón perdió a 12 soldados en la emboscada.',
      figures: [{ kind: 'killed', count: 12, who: 'combatants' }],
    },
    {
      text: 'Los rescatistas recuperaron los cuerpos de 9 pescadores.',
      figures: [{ kind: 'killed', count: 9 }],
    },
    {
      text: 'Los sicarios dieron muerte a cinco jóvenes en una fiesta.',
      figures: [{ kind: 'killed', count: 5 }],
    },
    {
      // trap: losses that are no people
      text: 'El ejército perdió 3 tanques y 40 kilómetros cuadrados de terreno.',
      figures: [],
    },
  ],
  'flight phrased as having to leave home': [
    {
      text: 'Unas 4.500 personas tuvieron que abandonar sus hogares por las inundaciones.',
      figures: [{ kind: 'displaced', count: 4500, qualifier: 'about' }],
    },
    {
      text: 'Más de 60.000 personas se han visto obligadas a desplazarse, según la OCHA.',
      figures: [{ kind: 'displaced', count: 60000, qualifier: 'more_than', reporter: 'UN OCHA' }],
    },
    {
      text: 'Cerca de 8.000 sudaneses han cruzado la frontera con Chad huyendo de los combates.',
      figures: [{ kind: 'displaced', count: 8000, qualifier: 'nearly' }],
    },
    {
      // trap: evacuated, not displaced by the text's words
      text: 'Unas 900 personas fueron evacuadas de sus hogares como medida preventiva.',
      figures: [],
    },
    {
      // trap: people sheltering, and "miles" carries no number
      text: 'Miles de personas se refugian en 12 escuelas de la ciudad.',
      figures: [],
    },
  ],
  '"otros N" takes the group of the count before': [
    {
      text: 'Cuatro militares murieron y otros siete resultaron heridos en el ataque.',
      figures: [
        { kind: 'killed', count: 4, who: 'combatants' },
        { kind: 'injured', count: 7, who: 'combatants' },
      ],
    },
    {
      text: 'La explosión mató a 3 niños y dejó heridos a otros 11.',
      figures: [
        { kind: 'killed', count: 3, who: 'children' },
        { kind: 'injured', count: 11, who: 'children' },
      ],
    },
    {
      text: 'Murieron 6 policías y otras 2 personas.',
      figures: [
        { kind: 'killed', count: 6, who: 'combatants', party: 'police' },
        { kind: 'killed', count: 2 },
      ],
    },
    {
      // trap: the others were evacuated
      text: 'Dos civiles murieron y otros 40 fueron evacuados.',
      figures: [{ kind: 'killed', count: 2, who: 'civilians' }],
    },
  ],
  'a toll as the plural noun with its article and a verb of amounting': [
    {
      text: 'Los fallecidos ascienden ya a 54 y los heridos a más de 170.',
      figures: [
        { kind: 'killed', count: 54 },
        { kind: 'injured', count: 170, qualifier: 'more_than' },
      ],
    },
    {
      text: 'Los desaparecidos son 12, según Protección Civil.',
      figures: [{ kind: 'missing', count: 12 }],
    },
    {
      text: 'Las víctimas mortales superan ya las 230.',
      figures: [{ kind: 'killed', count: 230, qualifier: 'more_than' }],
    },
    {
      text: 'Los heridos rondan los 400.',
      figures: [{ kind: 'injured', count: 400, qualifier: 'about' }],
    },
    {
      // trap: searches are no people
      text: 'El balance de la jornada es de 12 detenciones y 4 registros.',
      figures: [{ kind: 'detained', count: 12 }],
    },
    {
      // trap: the noun with its article and a count of places
      text: 'El presidente visitó a los desplazados en 2 albergues y a los heridos en 3 hospitales.',
      figures: [],
    },
    {
      // trap: the noun with its article and a sum of money
      text: 'Los heridos recibirán 500 euros cada uno.',
      figures: [],
    },
  ],
  'a part named in a list opener or through "de sus"': [
    {
      text: 'Entre los heridos hay 6 niños y 2 mujeres.',
      figures: [
        { kind: 'injured', count: 6, who: 'children' },
        { kind: 'injured', count: 2, who: 'women' },
      ],
    },
    {
      text: 'El ejército confirmó la muerte de tres de sus soldados.',
      figures: [{ kind: 'killed', count: 3, who: 'combatants' }],
    },
    {
      text: 'Murieron cuatro de los siete ocupantes del vehículo.',
      figures: [{ kind: 'killed', count: 4 }],
    },
    {
      // trap: "un" is an article
      text: 'Entre los heridos hay un periodista.',
      figures: [],
    },
  ],
  'leaving a region is flight': [
    {
      text: 'Más de 30.000 personas han abandonado la ciudad desde el viernes.',
      figures: [{ kind: 'displaced', count: 30000, qualifier: 'more_than' }],
    },
    {
      text: 'Unas 600 familias abandonaron sus viviendas por la crecida del río.',
      figures: [{ kind: 'displaced', count: 600, qualifier: 'about', unit: 'families' }],
    },
    {
      // trap: soldiers withdrawing from a base
      text: 'Unos 200 soldados abandonaron la base militar en 3 convoyes.',
      figures: [],
    },
  ],
  'the buried are dead; "el pasado sábado" before the count': [
    {
      text: 'Unos 180 cuerpos fueron enterrados en una fosa común y otros 35 esperan en el depósito.',
      figures: [
        { kind: 'killed', count: 180, qualifier: 'about' },
        { kind: 'killed', count: 35 },
      ],
    },
    {
      text: 'Fueron sepultadas 9 víctimas en el cementerio municipal.',
      figures: [{ kind: 'killed', count: 9 }],
    },
    {
      text: 'Las milicias mataron el pasado domingo a 33 aldeanos.',
      figures: [{ kind: 'killed', count: 33 }],
    },
    {
      // buried under rubble: missing, not dead
      text: 'Unas 15 personas quedaron sepultadas bajo los escombros.',
      figures: [{ kind: 'missing', count: 15, qualifier: 'about' }],
    },
    {
      // trap: buried alive and rescued
      text: 'Los 6 mineros enterrados vivos fueron rescatados.',
      figures: [],
    },
  ],
  'running totals: since the war broke out, the last months, since the start of the month': [
    {
      text: 'Desde que estalló la guerra, unos 14.000 civiles han muerto en el país.',
      figures: [{ kind: 'killed', count: 14000, who: 'civilians', qualifier: 'about', scope: 'background' }],
    },
    {
      text: 'En los últimos cuatro meses, 1.900 personas han sido asesinadas en el estado.',
      figures: [{ kind: 'killed', count: 1900, scope: 'background' }],
    },
    {
      text: 'Desde principios de mes han muerto 260 migrantes en la ruta.',
      figures: [{ kind: 'killed', count: 260, scope: 'background' }],
    },
    {
      // the events themselves: the last hours, since the offensive began on a weekday
      text: 'En las últimas 48 horas murieron 41 personas.',
      figures: [{ kind: 'killed', count: 41 }],
    },
    {
      text: 'Desde que comenzó el asalto el jueves, 76 personas han muerto.',
      figures: [{ kind: 'killed', count: 76 }],
    },
  ],
  'datelines, occasions, and a toll of "víctimas mortales" after the count': [
    {
      text: 'Bogotá, 4 abr (EFE).- Al menos 9 soldados murieron en un ataque con explosivos.',
      figures: [{ kind: 'killed', count: 9, who: 'combatants', qualifier: 'at_least' }],
    },
    {
      text: 'Los atacantes dispararon en tres ocasiones y 14 personas resultaron heridas.',
      figures: [{ kind: 'injured', count: 14 }],
    },
    {
      text: 'El gobierno elevó después a 57 el número de víctimas mortales.',
      figures: [{ kind: 'killed', count: 57 }],
    },
    {
      // trap: a date in the dateline is no count, and "decenas" carries no number
      text: 'Lima, 12 ago (EFE).- Decenas de personas murieron en el derrumbe.',
      figures: [],
    },
  ],
  'an earlier incident dated "el pasado mes de mayo"': [
    {
      published: '2024-06-20',
      text:
        'Al menos 30 civiles murieron el martes en un bombardeo sobre un mercado. Los heridos fueron trasladados a la capital. ' +
        'Las autoridades decretaron tres días de luto. El pasado mes de mayo, un ataque contra otro mercado dejó 18 muertos.',
      figures: [
        { kind: 'killed', count: 30, who: 'civilians', qualifier: 'at_least' },
        { kind: 'killed', count: 18, scope: 'background' },
      ],
    },
  ],
  'a camp of refugees names a place': [
    {
      text: 'Murieron al menos 38 palestinos, 14 de ellos en el campo de refugiados de Nuseirat.',
      figures: [
        { kind: 'killed', count: 38, qualifier: 'at_least' },
        { kind: 'killed', count: 14 },
      ],
    },
    {
      // trap: the camp's population
      text: 'El campamento de desplazados de Zamzam alberga a 500.000 personas.',
      figures: [],
    },
  ],
  'rescuing and evacuating, in the active voice, block a count': [
    {
      text: 'Los bomberos rescataron a 26 personas de los escombros y buscan a otras 3, dadas por desaparecidas.',
      figures: [{ kind: 'missing', count: 3 }],
    },
    {
      text: 'Protección Civil evacuó a 1.400 vecinos; 2 personas murieron.',
      figures: [{ kind: 'killed', count: 2 }],
    },
    {
      text: 'La Guardia Costera ha rescatado a 85 migrantes y recuperado 6 cadáveres.',
      figures: [{ kind: 'killed', count: 6 }],
    },
  ],
  'registered counts are counts': [
    {
      text: 'La comisión tiene registrados 98 mil 450 desaparecidos.',
      figures: [{ kind: 'missing', count: 98450 }],
    },
    {
      text: 'Hasta ahora se han registrado 27 fallecidos.',
      figures: [{ kind: 'killed', count: 27 }],
    },
    {
      // trap: voters registered
      text: 'En el distrito hay 40.000 votantes registrados.',
      figures: [],
    },
  ],
  'another value of the toll: "frente a los N", "elevando el total a N"': [
    {
      text: 'El balance oficial es de 88 muertos, frente a los 61 del día anterior.',
      figures: [
        { kind: 'killed', count: 88 },
        { kind: 'killed', count: 61 },
      ],
    },
    {
      text: 'Dos civiles murieron el martes, con lo que asciende la cifra a 19 en la semana.',
      figures: [
        { kind: 'killed', count: 2, who: 'civilians' },
        { kind: 'killed', count: 19, who: 'civilians' },
      ],
    },
    {
      // trap: "frente a" as a place
      text: 'Murieron 7 personas frente a 2 hospitales de la capital.',
      figures: [{ kind: 'killed', count: 7 }],
    },
  ],
  'subjunctive forms of dying; the first months of the year are a running total': [
    {
      // (another, earlier shipwreck: background)
      text: 'La tragedia ocurrió días después de que 23 personas murieran en otro naufragio.',
      figures: [{ kind: 'killed', count: 23, scope: 'background' }],
    },
    {
      text: 'Se teme que hayan muerto 40 mineros.',
      figures: [{ kind: 'killed', count: 40 }],
    },
    {
      text: 'En los cuatro primeros meses del año, 3.100 migrantes murieron en esa ruta.',
      figures: [{ kind: 'killed', count: 3100, scope: 'background' }],
    },
  ],
  'hospitalised ("ingresados") is wounded; identifying people is no kind': [
    {
      text: 'Cuatro personas murieron y otras seis permanecen ingresadas en el hospital.',
      figures: [
        { kind: 'killed', count: 4 },
        { kind: 'injured', count: 6 },
      ],
    },
    {
      // trap: sent to prison
      text: 'Los 12 condenados fueron ingresados en prisión.',
      figures: [],
    },
    {
      text: 'La policía detuvo a 5 personas e identificó a otras 20.',
      figures: [{ kind: 'detained', count: 5 }],
    },
  ],
  'an incident dated by its year is an earlier one': [
    {
      published: '2024-06-20',
      text:
        'Un atentado suicida mató el lunes a 22 personas en una mezquita. Nadie reivindicó el ataque. ' +
        'La policía reforzó la seguridad. En el atentado de 2017 contra el mismo templo murieron 311 personas.',
      figures: [
        { kind: 'killed', count: 22 },
        { kind: 'killed', count: 311, scope: 'background' },
      ],
    },
    {
      // traps: verb-first with an age and a regiment
      text: 'Murió en el hospital un soldado de 23 años del 46.º regimiento.',
      figures: [],
    },
  ],
  'missing as not yet found; succumbing': [
    {
      text: 'Otras 17 personas no han sido localizadas, informó Protección Civil.',
      figures: [{ kind: 'missing', count: 17 }],
    },
    {
      text: 'Tres de los heridos sucumbieron en el hospital.',
      figures: [{ kind: 'killed', count: 3 }],
    },
    {
      text: 'Se desconoce el paradero de 42 pasajeros del barco.',
      figures: [{ kind: 'missing', count: 42 }],
    },
    {
      text: 'Las familias denuncian la desaparición de 15 jóvenes.',
      figures: [{ kind: 'missing', count: 15 }],
    },
    {
      // trap: found alive
      text: 'Los 33 mineros fueron hallados con vida.',
      figures: [],
    },
  ],
  'students and workers are people; schoolchildren are children': [
    {
      text: 'Hombres armados secuestraron a 28 estudiantes de una universidad.',
      figures: [{ kind: 'detained', count: 28 }],
    },
    {
      text: 'Murieron 11 empleados de la fábrica.',
      figures: [{ kind: 'killed', count: 11 }],
    },
    {
      text: 'Resultaron heridos 16 escolares cuando el autobús volcó.',
      figures: [{ kind: 'injured', count: 16, who: 'children' }],
    },
  ],
  '"medio centenar" is 50': [
    {
      text: 'El atentado causó 9 muertos y medio centenar de heridos.',
      figures: [
        { kind: 'killed', count: 9 },
        { kind: 'injured', count: 50 },
      ],
    },
    {
      text: 'Medio millar de familias huyeron de la zona.',
      figures: [{ kind: 'displaced', count: 500, unit: 'families' }],
    },
    {
      // trap: "y media" of hours
      text: 'Tras tres horas y media de combates, no hubo víctimas.',
      figures: [],
    },
  ],
  'an earlier incident: "días antes", the attack that set off the war': [
    {
      published: '2024-06-20',
      text:
        'Un bombardeo mató el miércoles a 15 personas en Járkov. Las autoridades locales lo atribuyeron a Rusia. ' +
        'Los equipos de rescate trabajaron toda la noche. Tres días antes, un misil había matado a 8 civiles en Odesa.',
      figures: [
        { kind: 'killed', count: 15 },
        { kind: 'killed', count: 8, who: 'civilians', scope: 'background' },
      ],
    },
    {
      published: '2024-06-20',
      text:
        'El asalto de la milicia sobre la ciudad dejó al menos 60 muertos, dijeron testigos. El ejército respondió con ataques aéreos. ' +
        'La ofensiva rebelde, que desencadenó esta guerra hace dos años, dejó 700 muertos en su primera semana.',
      figures: [
        { kind: 'killed', count: 60, qualifier: 'at_least' },
        { kind: 'killed', count: 700, scope: 'background' },
      ],
    },
  ],
};

describe('Spanish locale: word order, tolls, claims, flight', () => {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      for (const c of cases) it(c.text.slice(0, 90), () => check('es', c));
    });
  }
});
