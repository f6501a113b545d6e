// French, German, Spanish and Arabic: how each language dates a count back (days ago, "the same
// month", the start of a protest wave, a war's start with its date), loses a home, reports a death
// with a noun ("el fallecimiento de"), captures people with an infinitive, and hosts people
// (verb before its subject). Every sentence is written for this file; traps sit beside each rule.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { extractFigures } from '../../../../src/analysis/figures/index.js';
import { SCOPE_LEAD as LEAD } from '../helpers.js';

const PUB = '2025-03-20T10:00:00Z';
const scopeOf = (lang: Lang, sentence: string, n: number) =>
  extractFigures(LEAD[lang] + sentence, { lang, published: PUB }).find((f) => f.count === n)?.scope;
const brief = (lang: Lang, text: string) =>
  extractFigures(text, { lang, published: PUB }).map((f) => `${f.kind} ${f.count} ${f.who}`).sort();

describe('a count dated more than a week back, or to "the same month", is an earlier incident', () => {
  it.each([
    ['de', 'Bei dem Anschlag vor elf Tagen waren 40 Menschen getötet worden.', 40],
    ['de', 'Vor 15 Tagen starben bei einem Überfall auf ein Dorf 23 Bauern.', 23],
    ['de', 'Im selben Monat wurden bei einem Überfall 33 Dorfbewohner getötet.', 33],
    ['fr', 'Il y a onze jours, une autre attaque avait fait 40 morts.', 40],
    ['fr', 'Le même mois, 33 villageois avaient été tués dans une embuscade.', 33],
    ['es', 'Hace once días, otro ataque dejó 40 muertos en la zona.', 40],
    ['es', 'Ese mismo mes, 33 campesinos fueron asesinados en una emboscada.', 33],
    ['ar', 'وقبل عشرة أيام قتل 40 شخصا في هجوم على السوق.', 40],
    ['ar', 'وفي الشهر نفسه قتل 33 قرويا في كمين.', 33],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });

  it.each([
    // a few days back is still the current events
    ['de', 'Vor zwei Tagen waren bei Kämpfen 40 Soldaten getötet worden.', 40],
    ['fr', 'Il y a deux jours, des combats avaient fait 40 morts.', 40],
    ['es', 'Hace dos días, los combates dejaron 40 muertos.', 40],
    ['ar', 'وقبل يومين قتل 40 شخصا في اشتباكات.', 40],
    // "eleven" that counts no days
    ['de', 'Elf Tage lang suchten die Retter, 9 Menschen wurden lebend geborgen und 14 Menschen tot geborgen.', 14],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('"since the protests began" is a running total of a campaign', () => {
  it.each([
    ['es', 'Desde el inicio de las protestas, al menos 58 manifestantes han muerto.', 58],
    ['es', 'La cifra de muertos desde el inicio de la crisis se eleva a 61.', 61],
    ['fr', 'Depuis le début des manifestations, au moins 58 protestataires ont été tués.', 58],
    ['fr', 'Depuis le début de la crise, 61 personnes sont mortes.', 61],
    ['de', 'Seit Beginn der Proteste wurden mindestens 58 Demonstranten getötet.', 58],
    ['de', 'Seit Beginn der Unruhen kamen 61 Menschen ums Leben.', 61],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });

  it.each([
    // the start of the day's operation is the event
    ['es', 'Desde el inicio de los combates, 40 soldados han muerto.', 40],
    ['fr', "Depuis le début de l'offensive, 40 soldats ont été tués.", 40],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('the start of a period dated without its year, further back in the clause', () => {
  const pub = '2024-05-10T10:00:00+02:00';
  const lead = 'Eine Rakete traf am Donnerstag den Bahnhof. Die Retter suchen weiter. Die Regierung verurteilte den Angriff. ';
  const at = (text: string, n: number) => extractFigures(text, { lang: 'de', published: pub }).find((f) => f.count === n)?.scope;
  it('seit Kriegsbeginn am <old date>: background', () => {
    expect(at(lead + 'Seit Kriegsbeginn am 3. Januar sind mindestens 2.310 Zivilisten getötet und 4.120 verletzt worden.', 2310)).toBe('background');
    expect(at(lead + 'Seit Kriegsbeginn am 3. Januar sind mindestens 2.310 Zivilisten getötet und 4.120 verletzt worden.', 4120)).toBe('background');
  });
  it('seit <the day of the events>: event', () => {
    expect(at(lead + 'Seit dem Angriff am 9. Mai sind 19 Verletzte gestorben.', 19)).toBe('event');
  });
  it('an old date with no "since" says nothing of scope', () => {
    expect(at(lead + 'Die Rakete vom 3. Januar war ähnlich; am Donnerstag starben 19 Menschen.', 19)).toBe('event');
  });
});

describe('German: losing one’s home is displacement', () => {
  it.each([
    ['Mehr als 200 Bewohner haben ihre Wohnungen verloren.', ['displaced 200 people']],
    ['Rund 70 Familien verloren ihre Häuser.', ['displaced 70 people']],
    // traps: a life, a regiment's tanks
    ['17 Soldaten verloren ihr Leben.', ['killed 17 combatants']],
    ['Das 11. Regiment verlor 3 Panzer.', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(brief('de', text).map((s) => s.replace('people', 'people'))).toEqual(want.sort());
  });
});

describe('French: "périr" in its other tenses', () => {
  it.each([
    ["Sept personnes avaient péri dans l'incendie.", ['killed 7 people']],
    ['Selon les secours, 14 pêcheurs auraient péri en mer.', ['killed 14 people']],
    ['Treize militaires américains ont été tués, dont onze marines.', ['killed 11 combatants', 'killed 13 combatants']],
    // traps: an empire, a general
    ['Un général avait péri dans la bataille de 1812.', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(brief('fr', text)).toEqual(want.sort());
  });
});

describe('Spanish: a death as a noun, the Fuerza Pública, a capture in the infinitive', () => {
  it.each([
    ['El gobierno lamentó el fallecimiento de 14 civiles.', ['killed 14 civilians']],
    ['La fiscalía confirmó el deceso de tres policías.', ['killed 3 combatants']],
    ['Murieron 27 miembros de la Fuerza Pública en emboscadas.', ['killed 27 combatants']],
    ['Las tropas tomaron el cuartel, además de capturar a 45 efectivos.', ['detained 45 combatants']],
    ['Tras secuestrar a cuatro turistas, los hombres huyeron.', ['detained 4 people']],
    // traps: an intention, villages, a general
    ['Las autoridades buscan detener a los 12 responsables.', []],
    ['Intentaron capturar a 3 aldeas del valle.', []],
    ['Lamentó el fallecimiento de un general.', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(brief('es', text)).toEqual(want.sort());
  });
});

describe('Arabic: hosting with the verb first, sending with "دفع بـ"', () => {
  it.each([
    ['وتؤوي المنطقة نحو 3 ملايين مدني، وقد نزح 20 ألف مدني.', ['displaced 20000 civilians']],
    ['ويعيش في المخيم 30 ألف شخص.', []],
    ['وتؤوي منطقة خفض التصعيد في الشمال نحو 4 ملايين مدني، وقد نزح 20 ألف مدني.', ['displaced 20000 civilians']],
    // a shelter named in passing keeps the count of the strike
    ['وقصفت الطائرات مدرسة تؤوي نازحين فقتلت 12 شخصا.', ['killed 12 people']],
    ['قتل 5 أشخاص في قصف على مخيم يؤوي النازحين في المدينة.', ['killed 5 people']],
    ['وأكد الهلال الأحمر أنه دفع بأكثر من 40 سيارة إسعاف و200 مسعف إلى المناطق المستهدفة.', []],
    // the push that does displace
    ['ودفعت المعارك 5000 شخص إلى النزوح.', ['displaced 5000 people']],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(brief('ar', text)).toEqual(want.sort());
  });
});

describe('German: an estimate "schätzen … auf", a part of an uncounted whole, the time of day in the weekday', () => {
  const all = (text: string) => extractFigures(text, { lang: 'de', published: PUB }).map((f) => `${f.kind} ${f.count} ${f.qualifier}`);
  it.each([
    ['Die Vereinten Nationen schätzen die Zahl der Toten auf 520.', ['killed 520 about']],
    ['Die Behörden schätzten die Zahl der Vertriebenen auf 8.000.', ['displaced 8000 about']],
    ['Es gab zahlreiche Verletzte, 15 davon schwer.', ['injured 15 exact']],
    ['Dutzende Verwundete wurden gezählt, 7 davon lebensgefährlich.', ['injured 7 exact']],
    // traps: a toll that rose, damage in euros, districts hit hard
    ['Die Zahl der Toten stieg auf 520.', ['killed 520 exact']],
    ['Den Schaden schätzte man auf 3 Millionen Euro.', []],
    ['Es gab Verletzte. Die Stadt hat 15 Bezirke, drei davon schwer getroffen.', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(all(text)).toEqual(want);
  });
  it('"bis Samstagabend" dates the count to the current events', () => {
    const text = 'Mehr als 90.000 Menschen sind aus der Region geflohen. Das teilte die Regierung mit. Die Grenze bleibt offen. Bei einem Brand starben 12 Menschen. Bis Samstagabend wurden 91.312 Flüchtlinge registriert.';
    expect(extractFigures(text, { lang: 'de', published: '2025-03-22T20:00:00+01:00' }).find((f) => f.count === 91312)?.scope).toBe('event');
  });
});

describe('Arabic: the wounded who died are counted as killed', () => {
  it.each([
    ['وأعلنت الوزارة وفاة أربعة جرحى متأثرين بجروحهم.', ['killed 4 people']],
    ['وأعلنت الوزارة وفاة 4 من الجرحى، فيما أصيب 30 آخرون.', ['injured 30 people', 'killed 4 people']],
    // trap: the wounded taken to hospital stay wounded
    ['ونقل 40 جريحا إلى المستشفى.', ['injured 40 people']],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(brief('ar', text)).toEqual(want.sort());
  });
});

describe('a paragraph of running totals goes on in its next sentence', () => {
  const para = (lang: Lang, first: string, next: string) => `${LEAD[lang]}${first} ${next}`;
  it.each([
    ['de', 'Seit Beginn des Krieges wurden im Land mehr als 700 Menschen getötet.', 'Auf der anderen Seite starben fast 60 Menschen.', 60],
    ['fr', 'Depuis le début de la guerre, plus de 700 personnes ont été tuées dans le pays.', 'De l’autre côté, près de 60 personnes sont mortes.', 60],
    ['es', 'Desde el inicio de la guerra, más de 700 personas han muerto en el país.', 'Además, se han contabilizado más de 1.500 heridos.', 1500],
    ['ar', 'ومنذ بداية الحرب قتل أكثر من 700 شخص في البلاد.', 'وفي الجانب الآخر قتل نحو 60 شخصا.', 60],
  ] as [Lang, string, string, number][])('%s: %s %s', (lang, first, next, n) => {
    expect(extractFigures(para(lang, first, next), { lang, published: PUB }).find((f) => f.count === n)?.scope).toBe('background');
  });

  it.each([
    // a new paragraph turns back to the events
    ['de', 'Seit Beginn des Krieges wurden im Land mehr als 700 Menschen getötet.', '\n\nBei dem Angriff wurden zudem 60 Menschen verletzt.', 60],
    // a time of its own
    ['es', 'Desde el inicio de la guerra, más de 700 personas han muerto en el país.', 'Por la noche, un comando secuestró a cinco jóvenes.', 5],
    // after an earlier incident the story moves on
    ['es', 'Ese mismo mes, 33 campesinos fueron asesinados en una emboscada.', 'Los atacantes secuestraron a cinco jóvenes.', 5],
  ] as [Lang, string, string, number][])('%s: %s %s stays event', (lang, first, next, n) => {
    expect(extractFigures(para(lang, first, next), { lang, published: PUB }).find((f) => f.count === n)?.scope).toBe('event');
  });
});

describe('an estimate with its object between verb and count', () => {
  const q = (lang: Lang, text: string) => extractFigures(text, { lang, published: PUB }).map((f) => `${f.kind} ${f.count} ${f.qualifier}`);
  it.each([
    ['fr', "L'ONU estime le nombre de morts à 500.", ['killed 500 about']],
    ['fr', 'Les autorités évaluent le nombre de déplacés à 12 000.', ['displaced 12000 about']],
    ['es', 'La ONU estima el número de muertos en 500.', ['killed 500 about']],
    // traps: a toll that rose, a hedge of its own
    ['fr', "Le bilan s'élève à 500 morts.", ['killed 500 exact']],
    ['fr', 'Les autorités estiment le bilan à au moins 50 morts.', ['killed 50 at_least']],
    ['es', 'El número de muertos se elevó a 500.', ['killed 500 exact']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => {
    expect(q(lang, text)).toEqual(want);
  });
});

describe('"X comes days after Y, which killed N": Y is an earlier incident', () => {
  it.each([
    ['ar', 'وتأتي الغارة بعد أيام من قصف سوق المدينة، والذي خلف 40 قتيلا.', 40],
    ['fr', "Cette frappe intervient quelques jours après le bombardement d'un marché, qui avait fait 40 morts.", 40],
    ['es', 'El ataque se produce días después de un atentado en un mercado que dejó 40 muertos.', 40],
    ['de', 'Der Angriff kam wenige Tage nach einem Anschlag auf einen Markt, bei dem 40 Menschen getötet wurden.', 40],
    // the toll of a protest wave that began on a date
    ['ar', 'وبذلك يرتفع عدد قتلى الاحتجاجات التي انطلقت في الأول من الشهر إلى أكثر من 210 قتلى.', 210],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });
  it.each([
    // days after the event itself: its toll
    ['de', 'Drei Tage nach dem Beben stieg die Zahl der Toten auf 5000.', 5000],
    ['ar', 'وبذلك يرتفع عدد القتلى إلى 19 قتيلا.', 19],
    ['fr', 'Trois jours après la frappe, le bilan est passé à 19 morts.', 19],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('a period counted in weeks, months or years, or opened by a coup', () => {
  it.each([
    ['de', 'Seit Monaten wurden in der Region mehr als 300 Menschen getötet.', 300],
    ['de', 'Die seit Monaten andauernden Kämpfe haben 300 Menschen getötet.', 300],
    ['de', 'Seit dem Putsch wurden 300 Demonstranten getötet.', 300],
    ['fr', 'Depuis des mois, les violences ont fait plus de 300 morts.', 300],
    ['fr', 'Depuis trois ans, 300 soldats ont été tués.', 300],
    ['es', 'Desde hace meses, la violencia ha dejado más de 300 muertos.', 300],
    ['es', 'Desde el golpe de Estado, 300 manifestantes han muerto.', 300],
    // the count's own verb before the period
    ['es', '300 personas han sido asesinadas desde hace meses.', 300],
    ['fr', '300 personnes ont été tuées depuis des mois.', 300],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });
  it.each([
    // an attribute, not the count's period; days are the events
    ['de', 'Der seit Jahren gesuchte Anführer und 3 Leibwächter wurden getötet.', 3],
    ['es', 'Nueve miembros de una comunidad asentada desde hace décadas fueron asesinados.', 9],
    ['fr', "Neuf membres d'une communauté installée depuis des décennies ont été tués.", 9],
    ['fr', 'Depuis trois jours, 30 soldats ont été tués.', 30],
    ['es', 'Desde hace dos días, 30 soldados han muerto.', 30],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('a superlative "in years" ranks the events, it does not date the count', () => {
  it.each([
    ['de', 'Bei den heftigsten Kämpfen seit Jahren wurden 45 Soldaten getötet.', 45],
    ['fr', 'Les combats les plus violents depuis des années ont fait 45 morts.', 45],
    ['es', 'Los combates más intensos desde hace meses dejaron 45 muertos.', 45],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('the war as subject with its place between, and "so far"; the war\'s start by a pronoun', () => {
  it.each([
    ['fr', 'La guerre au Soudan a déjà fait 900 morts.', 900],
    ['fr', 'Le conflit a fait 300 morts depuis son déclenchement.', 300],
    ['es', 'La guerra en Sudán ya ha dejado 900 muertos.', 900],
    ['es', 'El conflicto ha dejado 300 muertos desde su inicio.', 300],
    ['de', 'Der Krieg im Sudan hat bereits 900 Menschenleben gefordert.', 900],
    ['de', 'Der Konflikt hat seit seinem Ausbruch 300 Tote gefordert.', 300],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });
  it.each([
    // the war named, the count is the day's fighting
    ['fr', 'La guerre a repris : 30 soldats ont été tués dans les combats.', 30],
    ['de', 'Der Krieg ist zurück: 30 Soldaten wurden bei Kämpfen getötet.', 30],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});

describe('a period of a number of months or years, hedged or not', () => {
  it.each([
    ['fr', "Depuis plus d'un an, 900 civils ont été tués.", 900],
    ['es', 'Desde hace más de un año, 900 civiles han muerto.', 900],
    ['de', 'Seit mehr als einem Jahr wurden 900 Zivilisten getötet.', 900],
    ['de', 'Seit zwei Jahren wurden 900 Zivilisten getötet.', 900],
  ] as [Lang, string, number][])('%s: %s', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('background');
  });
  it.each([
    // an attribute of a person
    ['de', 'Ein seit einem Jahr vermisster Mann und 3 Begleiter wurden getötet.', 3],
    // an age
    ['fr', 'Un enfant de deux ans et 3 adultes ont été tués.', 3],
    // a counted number of weeks can be the events' own span
    ['de', 'Seit zwei Wochen wurden bei den Kämpfen 90 Soldaten getötet.', 90],
  ] as [Lang, string, number][])('%s: %s stays event', (lang, sentence, n) => {
    expect(scopeOf(lang, sentence, n)).toBe('event');
  });
});
