import { describe, expect, it } from 'vitest';
import { findDays } from '../../../src/analysis/stories/eventDate.js';
import { tokenize } from '../../../src/analysis/stories/normalize.js';
import type { Lang } from '../../../src/analysis/types.js';

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const days = (text: string, lang: Lang, published: string) => findDays(tokenize(text), lang, Date.parse(published)).map((d) => iso(d.day));

describe('findDays', () => {
  // 2024-10-16 is a Wednesday
  const pub = '2024-10-16T12:00:00Z';
  it.each([
    ['A missile hit Kharkiv on Tuesday', 'en', ['2024-10-15']],
    ['Une frappe a touché Kharkiv mardi soir', 'fr', ['2024-10-15']],
    ['Am Dienstagabend schlug eine Rakete ein', 'de', ['2024-10-15']],
    ['El ataque del martes dejó siete muertos', 'es', ['2024-10-15']],
    ['قصف صاروخي يوم الثلاثاء على خاركيف', 'ar', ['2024-10-15']],
    ['The strike happened yesterday', 'en', ['2024-10-15']],
    ['It was a Wednesday attack', 'en', ['2024-10-16']],
    ['after the August 24 attack', 'en', ['2024-08-24']],
    ['enlevés le 7 mars', 'fr', ['2024-03-07']],
    ['am 24. August 2023', 'de', ['2023-08-24']],
    ['el 24 de agosto', 'es', ['2024-08-24']],
    ['في 24 آب', 'ar', ['2024-08-24']],
    ['Beirut, 10 mar (EFE)', 'es', ['2024-03-10']],
  ] as const)('%s', (text, lang, want) => {
    expect(days(text, lang, pub)).toEqual(want);
  });

  it('leaves modal "may", next weekdays and undated texts alone', () => {
    expect(days('The toll of 24 may rise', 'en', pub)).toEqual([]);
    expect(days('Talks resume next Monday', 'en', pub)).toEqual([]);
    expect(findDays(tokenize('on Tuesday'), 'en', null)).toEqual([]);
  });

  it('does not resolve a date to after publication', () => {
    expect(days('on December 30', 'en', '2025-01-02T08:00:00Z')).toEqual(['2024-12-30']);
  });
});

describe('findDays: dates in digits', () => {
  const pub = '2024-10-16T12:00:00Z';
  const dd = (text: string, lang: Lang) => findDays(tokenize(text), lang, Date.parse(pub), text).map((d) => iso(d.day));
  it.each([
    ['am 24.08.2024 in Charkiw', 'de', ['2024-08-24']],
    ['am 24.8. in Charkiw', 'de', ['2024-08-24']],
    ['le 24/08/2024 à Kharkiv', 'fr', ['2024-08-24']],
    ['on 8/24/2024 in Kharkiv', 'en', ['2024-08-24']],
    ['published 2024-08-24', 'en', ['2024-08-24']],
  ] as const)('%s', (text, lang, want) => expect(dd(text, lang)).toEqual(want));
  it('leaves decimals and scores alone', () => {
    expect(dd('a 2.5 magnitude, 3-1 win', 'en')).toEqual([]);
    expect(dd('Inflation lag bei 2.5 Prozent', 'de')).toEqual([]);
  });
});

describe('findDays: periods', () => {
  const pub = '2024-10-05T12:00:00Z';
  const refs = (text: string, lang: Lang) => findDays(tokenize(text), lang, Date.parse(pub)).filter((d) => d.tol != null).map((d) => [iso(d.day), d.tol]);
  it.each([
    ['killed in Barsalogho in August', 'en'],
    ['tués à Barsalogho en août', 'fr'],
    ['im August in Barsalogho getötet', 'de'],
    ['muertos en Barsalogho en agosto', 'es'],
    ['قتلوا في بارسالوغو في أغسطس', 'ar'],
  ] as const)('a month: %s', (text, lang) => {
    expect(refs(text, lang)).toEqual([['2024-08-16', 16]]);
  });
  it.each([
    ['abducted two weeks ago', 'en'],
    ['enlevés il y a plus de deux semaines', 'fr'],
    ['vor zwei Wochen entführt', 'de'],
    ['secuestrados hace dos semanas', 'es'],
    ['اختطفوا قبل أسبوعين', 'ar'],
  ] as const)('weeks ago: %s', (text, lang) => {
    expect(refs(text, lang).map(([d]) => d)).toEqual(['2024-09-21']);
  });
  it('leaves "may" and "march" as words alone', () => {
    expect(refs('the toll in may rise; protesters march in protest', 'en')).toEqual([]);
  });
});

describe('findDays: relative periods', () => {
  const pub = '2024-10-05T12:00:00Z';
  const refs = (text: string, lang: Lang) => findDays(tokenize(text), lang, Date.parse(pub)).filter((d) => d.tol != null).length;
  it.each([
    ['the attack last month', 'en'],
    ["l'attaque du mois dernier", 'fr'],
    ['der Angriff im vergangenen Monat', 'de'],
    ['el ataque del mes pasado', 'es'],
    ['هجوم الشهر الماضي', 'ar'],
    ['an attack earlier this month', 'en'],
  ] as const)('%s', (text, lang) => expect(refs(text, lang)).toBe(1));
});

describe('a month that dates the start of a war is no day of the event', () => {
  const refs = (text: string, lang: Lang) => findDays(tokenize(text), lang, Date.parse('2021-06-25T12:00:00Z')).filter((d) => d.tol != null).length;
  it('"since the conflict began in November", "war im November ausgebrochen" name no period of the event', () => {
    expect(refs('A massacre in November killed hundreds of people.', 'en')).toBe(1);
    expect(refs('Thousands have died since the conflict started in November.', 'en')).toBe(0);
    expect(refs('Der Konflikt war im November ausgebrochen.', 'de')).toBe(0);
    expect(refs('Le conflit a éclaté en novembre.', 'fr')).toBe(0);
  });
});
