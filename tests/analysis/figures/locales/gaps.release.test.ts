// Releases undo a detention wherever the subject stands (Arabic VSO "أفرجت السلطات عن 30 معتقلا", German
// separable "ließen … frei"); Arabic members "من الفصائل" and tolls dated between noun and count.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/analysis/figures/index.js';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('a release before or around the detained', () => {
  it.each([
    ['ar', 'وأفرجت السلطات عن 30 معتقلا.', []],
    ['ar', 'وأفرج الجيش أمس عن 12 أسيرا.', []],
    ['de', 'Die Behörden ließen am Sonntag 30 Gefangene frei.', []],
    ['de', 'Am Sonntag kamen 30 Geiseln frei.', []],
    ['fr', 'Les autorités ont libéré dimanche 30 détenus.', []],
    // the detention next to the release still counts
    ['de', 'Die Rebellen ließen zwei Soldaten frei und nahmen 14 Zivilisten fest.', ['detained 14 exact civilians']],
    ['fr', 'Les rebelles ont libéré deux soldats et capturé 14 civils.', ['detained 14 exact civilians']],
    ['ar', 'واعتقلت القوات 15 شخصا خلال المداهمات.', ['detained 15 exact people']],
    // trap: "frei" that releases no one
    ['de', 'Der Weg ist frei, 30 Menschen wurden verletzt.', ['injured 30 exact people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic members of factions, tolls with a time phrase before the count', () => {
  it.each([
    ['ar', 'أسفرت المعارك عن مقتل 40 عنصرا من قوات النظام و25 من الفصائل.', ['killed 40 exact combatants', 'killed 25 exact combatants']],
    ['ar', 'وبلغ عدد المعتقلين منذ بدء الاحتجاجات أكثر من 3 آلاف شخص.', ['detained 3000 more_than people']],
    ['ar', 'وقال مسؤول إن عدد القتلى جراء الزلزال قد يصل إلى 300 شخص.', ['killed 300 up_to people']],
    // trap: factions counted are no people
    ['ar', 'وتقاتل 5 فصائل في المنطقة.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic: army and police named together', () => {
  it('is one party', () => {
    const f = extractFigures('وقال المتحدث إن 38 مدنيا قتلوا إلى جانب 14 من عناصر الجيش والشرطة.', { lang: 'ar' });
    expect(f.map((x) => `${x.count} ${x.who} ${x.party}`)).toEqual(['38 civilians null', '14 combatants army and police']);
  });
  it('trap: police alone stays police', () => {
    const f = extractFigures('قتل 5 من عناصر الشرطة.', { lang: 'ar' });
    expect(f.map((x) => `${x.count} ${x.who} ${x.party}`)).toEqual(['5 combatants police']);
  });
});
