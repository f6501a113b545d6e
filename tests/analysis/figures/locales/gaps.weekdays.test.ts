// "Last Tuesday" in fr/es/de/ar is a week back when the article is written on a Tuesday, and the
// weekday of publication is read where the article was written (its UTC offset).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { extractFigures } from '../../../../src/analysis/figures/index.js';

const scopes = (text: string, lang: Lang, published: string) =>
  extractFigures(text, { lang, published }).map((f) => `${f.kind} ${f.count} ${f.scope}`);

// a lead about Tuesday's strike, two sentences of colour, then the sentence under test
const article = (lead: string, later: string, fill: string) => `${lead}\n${fill}\n${fill}\n${later}`;
const TUESDAY = '2024-05-07T10:00:00Z';

describe('"last <weekday>" on that weekday is a week back', () => {
  it.each([
    ['fr', 'Une frappe a tué 12 personnes mardi dans le quartier.', 'Mardi dernier, 15 personnes avaient été tuées dans le même quartier.', 'Les secours sont sur place.'],
    ['fr', 'Une frappe a tué 12 personnes mardi dans le quartier.', 'Le mardi de la semaine dernière, 15 personnes avaient été tuées au même endroit.', 'Les secours sont sur place.'],
    ['es', 'Un ataque mató a 12 personas este martes en el barrio.', 'El pasado martes, 15 personas murieron en el mismo barrio.', 'Los rescatistas siguen trabajando.'],
    ['es', 'Un ataque mató a 12 personas este martes en el barrio.', 'El martes pasado otras 15 personas murieron en la misma zona.', 'Los rescatistas siguen trabajando.'],
    ['de', 'Ein Angriff tötete am Dienstag 12 Menschen in dem Viertel.', 'Am vergangenen Dienstag waren dort 15 Menschen getötet worden.', 'Die Retter sind vor Ort.'],
    ['ar', 'قتل 12 شخصا في غارة يوم الثلاثاء على الحي.', 'وقتل 15 شخصا يوم الثلاثاء الماضي في الحي نفسه.', 'وتعمل فرق الإنقاذ في المكان.'],
  ] as [Lang, string, string, string][])('%s: %s', (lang, lead, later, fill) => {
    expect(scopes(article(lead, later, fill), lang, TUESDAY)).toEqual(['killed 12 event', 'killed 15 background']);
  });

  it.each([
    // trap: the bare weekday on that day is today
    ['fr', 'Une frappe a tué 12 personnes mardi dans le quartier.', 'Mardi, 15 personnes ont aussi été blessées dans le même quartier.', 'Les secours sont sur place.', 'injured'],
    ['es', 'Un ataque mató a 12 personas este martes en el barrio.', 'El martes, 15 personas resultaron heridas en la misma zona.', 'Los rescatistas siguen trabajando.', 'injured'],
    ['de', 'Ein Angriff tötete am Dienstag 12 Menschen in dem Viertel.', 'Am Dienstag wurden dort zudem 15 Menschen verletzt.', 'Die Retter sind vor Ort.', 'injured'],
  ] as [Lang, string, string, string, string][])('%s: %s (today)', (lang, lead, later, fill, kind) => {
    expect(scopes(article(lead, later, fill), lang, TUESDAY)).toEqual(['killed 12 event', `${kind} 15 event`]);
  });
});

describe('the weekday of publication is local', () => {
  it('an evening article in UTC-6 is of its own Monday', () => {
    const text = article('Un ataque mató a 12 personas este lunes en la ciudad.', 'El lunes por la tarde, 15 personas resultaron heridas en otro barrio.', 'Los rescatistas siguen trabajando.');
    expect(scopes(text, 'es', '2024-05-06T21:30:00-06:00')).toEqual(['killed 12 event', 'injured 15 event']);
  });
  it('a morning article in UTC+8 is of its own Friday', () => {
    const text = article('A strike killed 12 people on Friday in the city.', 'On Friday afternoon 15 people were wounded in another district.', 'Rescuers are still at work.');
    expect(scopes(text, 'en', '2024-05-10T01:30:00+08:00')).toEqual(['killed 12 event', 'injured 15 event']);
  });
  it('trap: Thursday in that Friday article is another day', () => {
    const text = article('A strike killed 12 people on Friday in the city.', 'On Wednesday, 15 people were killed in another district.', 'Rescuers are still at work.');
    expect(scopes(text, 'en', '2024-05-10T01:30:00+08:00')).toEqual(['killed 12 event', 'killed 15 background']);
  });
});

describe('a time phrase opening the sentence dates all its counts', () => {
  const fill = { fr: 'Les secours sont sur place.', de: 'Die Retter sind vor Ort.', es: 'Los rescatistas siguen trabajando.' };
  it.each([
    ['de', 'Bei einem Angriff wurden am Montag 14 Menschen getötet.', 'In der vergangenen Woche waren bei einer Serie von Explosionen in mehreren Städten des Landes 21 Menschen getötet und fast 900 verletzt worden.',
      ['killed 14 event', 'killed 21 background', 'injured 900 background']],
    ['fr', 'Une frappe a tué 14 personnes lundi dans la ville.', 'La semaine dernière, une série d’explosions dans plusieurs villes du pays avait fait 21 morts, tandis que près de 900 personnes avaient été blessées.',
      ['killed 14 event', 'killed 21 background', 'injured 900 background']],
    ['de', 'Bei einem Angriff wurden am Montag 14 Menschen getötet.', 'Seit Beginn des Ukraine-Kriegs wurden in der Region nach offiziellen Angaben mehr als 800 Menschen getötet.',
      ['killed 14 event', 'killed 800 background']],
    // trap: an event phrase opening the sentence keeps the counts in the event
    ['es', 'Un ataque mató a 14 personas este lunes en la ciudad.', 'Este lunes, además, en otra explosión registrada en el mercado central de la ciudad murieron 3 personas y otras 20 resultaron heridas.',
      ['killed 14 event', 'killed 3 event', 'injured 20 event']],
  ] as [Lang, string, string, string[]][])('%s: %s', (lang, lead, later, want) => {
    const f = fill[lang as 'fr' | 'de' | 'es'];
    expect(scopes(article(lead, later, f), lang, '2024-05-07T10:00:00Z')).toEqual(want);
  });
});

describe('a time phrase before the first count of a sentence dates its counts', () => {
  it.each([
    ['es', 'Un ataque mató a 14 personas este lunes en la ciudad.', 'Según la fiscalía, desde el 3 de marzo de 2023, cuando estalló la disputa, se han registrado 900 homicidios en el estado y 1 mil 200 personas han sido reportadas como desaparecidas.',
      ['killed 14 event', 'killed 900 background', 'missing 1200 background']],
    ['es', 'Un ataque mató a 14 personas este lunes en la ciudad.', 'Tan solo en lo que va de abril se contabilizan 150 asesinatos en la región.',
      ['killed 14 event', 'killed 150 background']],
    // trap: an event phrase before the first count keeps them in the event
    ['fr', 'Une frappe a tué 14 personnes lundi dans la ville.', 'Selon la police, lundi soir, 3 personnes ont été tuées dans un quartier voisin et 20 autres ont été blessées.',
      ['killed 14 event', 'killed 3 event', 'injured 20 event']],
  ] as [Lang, string, string, string[]][])('%s: %s', (lang, lead, later, want) => {
    const f = { fr: 'Les secours sont sur place.', es: 'Los rescatistas siguen trabajando.' }[lang as 'fr' | 'es'];
    expect(scopes(article(lead, later, f), lang, '2024-04-29T10:00:00Z')).toEqual(want);
  });
});

describe('a large count in the lead is the event; a period started further back in the clause', () => {
  it('a headline count of the displaced is the event', () => {
    const text = 'Mehr als 120.000 Menschen aus der Region geflohen\nMehr als 120.000 Menschen sind aus der Region in das Nachbarland geflohen. Darunter seien rund 40.000 Kinder.\nDie Behörden sind überfordert.\nBei einem Unglück auf der Fluchtroute starben am Montag 20 Menschen.';
    expect(scopes(text, 'de', '2024-05-11T10:00:00Z')).toEqual(['displaced 120000 event', 'displaced 40000 event', 'killed 20 event']);
  });
  it.each([
    ['de', 'Ein Angriff tötete am Samstag 14 Menschen in der Stadt.', 'Seit Beginn der Bodenoffensive im Norden des Gebiets am 10. April wurden dort mehr als 240 Zivilisten getötet.', ['killed 14 event', 'killed 240 background']],
    ['fr', 'Une frappe a tué 14 personnes samedi dans la ville.', 'Depuis le début de l’offensive terrestre dans le nord, le 10 avril, plus de 240 civils ont été tués.', ['killed 14 event', 'killed 240 background']],
    // trap: a period started within the lead's days is the event
    ['de', 'Ein Angriff tötete am Samstag 14 Menschen in der Stadt.', 'Seit Beginn der Angriffe im Norden am 10. Mai wurden dort mehr als 40 Zivilisten getötet.', ['killed 14 event', 'killed 40 event']],
  ] as [Lang, string, string, string[]][])('%s: %s', (lang, lead, later, want) => {
    const f = { fr: 'Les secours sont sur place.', de: 'Die Retter sind vor Ort.' }[lang as 'fr' | 'de'];
    expect(scopes(article(lead, later, f), lang, '2024-05-11T10:00:00Z')).toEqual(want);
  });
});
