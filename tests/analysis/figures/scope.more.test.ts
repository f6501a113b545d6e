// Scope beyond English: dates with month names, "since" a date, and the lead's own date.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { Lang } from '../../../src/analysis/types.js';
import { SCOPE_LEAD as LEAD } from './helpers.js';

const scopeOf = (text: string, lang: Lang, count: number, published = '2025-03-20T10:00:00Z') =>
  extractFigures(text, { lang, published }).find((f) => f.count === count)?.scope;

describe('scope: dates with month names outside English', () => {
  it.each([
    ['fr', 'Depuis le 4 novembre, les frappes ont fait au moins 340 morts dans la région.', 340],
    ['de', 'Seit dem 4. November wurden in der Region mindestens 340 Menschen getötet.', 340],
    ['es', 'Desde el 4 de noviembre, los ataques han dejado al menos 340 muertos en la región.', 340],
    ['ar', 'ومنذ 4 نوفمبر قتل 340 شخصا على الأقل في المنطقة.', 340],
    ['fr', 'En mai 2023, une attaque similaire avait fait 57 morts.', 57],
    ['de', 'Im Mai 2023 waren bei einem ähnlichen Angriff 57 Menschen getötet worden.', 57],
  ] as [Lang, string, number][])('%s: %s is background', (lang, sentence, n) => {
    expect(scopeOf(LEAD[lang] + sentence, lang, n)).toBe('background');
  });

  it.each([
    // a recent date is the event
    ['fr', 'Depuis le 18 mars, les frappes ont fait au moins 340 morts dans la région.', 340],
    ['es', 'Desde el 18 de marzo, los ataques han dejado al menos 340 muertos.', 340],
    // an old date without its year and without "since" says nothing of scope (a trap: not every date is a period)
    ['fr', "Le bilan de l'attaque du 4 novembre a été revu : 340 morts.", 340],
    // a month name alone is no date (Arabic "مارس" is also a verb)
    ['ar', 'ومارس المسلحون ضغوطا كبيرة وقتلوا 340 شخصا.', 340],
  ] as [Lang, string, number][])('%s: %s is event', (lang, sentence, n) => {
    expect(scopeOf(LEAD[lang] + sentence, lang, n)).toBe('event');
  });

  it('a follow-up weeks later: the day the lead gives is the event', () => {
    const text = 'Le 2 février, une frappe a tué 12 personnes. Les secours ont fouillé les décombres. Le gouvernement a condamné. Depuis le 2 février, les combats ont fait 40 morts.';
    expect(scopeOf(text, 'fr', 40)).toBe('event');
  });
});

describe('scope: "since then" and references to an earlier period', () => {
  const lead = (lang: Lang) => LEAD[lang] ?? 'A strike killed 12 people on Wednesday. Rescuers searched the rubble. The government condemned the attack. ';
  it.each([
    ['de', 'Rund 8.000 Menschen mussten seither aus der Region fliehen.', 8000, 'background'],
    ['fr', 'Depuis lors, plus de 900 personnes ont été tuées dans la région.', 900, 'background'],
    ['es', 'Desde entonces, más de 900 personas han muerto en la región.', 900, 'background'],
    ['ar', 'ومنذ ذلك الحين قتل أكثر من 900 شخص في المنطقة.', 900, 'background'],
    ['en', 'About 300 people were killed in that offensive, officials said.', 300, 'background'],
    ['en', 'Some 40 of them are still missing, eight years on.', 40, 'background'],
    // trap: the same words about the current events
    ['en', 'Officials said 30 people were killed in the offensive on Wednesday.', 30, 'event'],
  ] as [Lang, string, number, string][])('%s: %s', (lang, sentence, n, want) => {
    expect(scopeOf(lead(lang) + sentence, lang, n)).toBe(want);
  });
});

describe('scope: English campaign starts, "before", and sentence-opening phrases', () => {
  const lead = 'A missile strike on a railway station killed 12 people on Wednesday, officials said. Rescuers were still searching the rubble. ';
  it.each([
    ['More than 410,000 people have fled their homes since the offensive began in January.', 410000],
    ['Some 3,100 people have been killed since the campaign was launched last year.', 3100],
    ['At least 75 protesters had been killed in the crackdown before Monday.', 75],
    ['In an earlier attack on a market in the same province, gunmen abducted at least 43 villagers.', 43],
    ['In a separate ambush in the north, insurgents killed 9 soldiers.', 9],
    ['At least 900 pupils have been kidnapped since the 2014 abduction in the north-east.', 900],
  ] as [string, number][])('%s is background', (sentence, n) => {
    expect(scopeOf(lead + sentence, 'en', n)).toBe('background');
  });
  it.each([
    ['The toll has risen to 19 since the offensive began, the ministry said.', 19],
    ['Since the strike on Wednesday, 30 people have died in hospital.', 30],
    ['On Wednesday, the army said 8 soldiers were killed, and 25 were wounded.', 25],
  ] as [string, number][])('%s stays the event', (sentence, n) => {
    expect(scopeOf(lead + sentence, 'en', n)).toBe('event');
  });
});

describe('scope: a campaign started before the reported events', () => {
  const lead = 'Shelling killed 7 civilians in the city on Sunday, officials said. Rescuers searched the ruins overnight. ';
  const at = '2020-10-12T10:00:00Z';
  it('since fighting broke out on a date before the lead\'s day is background', () => {
    expect(scopeOf(lead + 'The ministry says 85 civilians have been killed since fighting in the region broke out on Sept. 27.', 'en', 85, at)).toBe('background');
  });
  it('since the split / the takeover is background', () => {
    expect(scopeOf(lead + 'The state has recorded more than 1,300 homicides since the split.', 'en', 1300, at)).toBe('background');
    expect(scopeOf(lead + 'Some 640 people have been killed since the takeover.', 'en', 640, at)).toBe('background');
  });
  it('since the fighting began on the lead\'s own day stays the event', () => {
    expect(scopeOf('Rebels stormed the city on Friday. The fighting has left 96 dead since Wednesday, the monitor said. Another 31 people were killed since the offensive began on Wednesday.', 'en', 31, '2024-11-30T10:00:00Z')).toBe('event');
  });
});

describe('scope: web-page teasers of other stories outside English', () => {
  it.each([
    ['fr', 'Une frappe a tué 5 personnes samedi dans le nord. Lire aussi : Une frappe israélienne tue 30 personnes à Gaza'],
    ['es', 'Un ataque mató el sábado a 5 personas en el norte. Leer también: Un bombardeo israelí mata a 30 personas en Gaza'],
    ['de', 'Ein Angriff hat am Samstag 5 Menschen getötet. Lesen Sie auch: Israelischer Angriff tötet 30 Menschen in Gaza'],
    ['ar', 'قتل 5 أشخاص في غارة يوم السبت. اقرأ أيضا: مقتل 30 شخصا في غارة إسرائيلية على غزة'],
  ] as [Lang, string][])('%s: the teaser\'s count is background, the article\'s is the event', (lang, text) => {
    expect(scopeOf(text, lang, 5)).toBe('event');
    expect(scopeOf(text, lang, 30)).toBe('background');
  });
});
