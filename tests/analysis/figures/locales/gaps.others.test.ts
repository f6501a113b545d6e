// "Others" of a group: after a singular ("un soldat… et trois autres"), before the count ("otros tres",
// "weitere drei"), and after an Arabic dual; Arabic duals with their verb or group after them, the
// dual in construct of the scale words ("ألفا شخص" = 2000).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { findNumbers } from '../../../../src/analysis/figures/numbers/index.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('"others" after a group named without a count', () => {
  it.each([
    ['fr', 'Un gendarme malien a été tué et deux autres ont été blessés près du poste.', ['injured 2 exact combatants']],
    ['fr', 'L’obus a tué un infirmier et blessé trois autres dans la clinique.', ['injured 3 exact civilians']],
    ['es', 'Un militar murió y otros cuatro resultaron heridos en la emboscada.', ['injured 4 exact combatants']],
    ['es', 'Un periodista murió en el bombardeo y otros dos resultaron heridos.', ['injured 2 exact civilians']],
    ['de', 'Ein Soldat kam ums Leben, weitere vier wurden verletzt.', ['injured 4 exact combatants']],
    ['de', 'Bei dem Überfall starben zwei Polizisten, weitere 9 wurden verletzt.', ['killed 2 exact combatants', 'injured 9 exact combatants']],
    ['ar', 'قتل شرطي وأصيب أربعة آخرون في الهجوم.', ['injured 4 exact combatants']],
    ['ar', 'وقال ضابط إن جنديين قتلا وأصيب ستة آخرون في الكمين.', ['killed 2 exact combatants', 'injured 6 exact combatants']],
    // traps: no group named, or the group is in another clause
    ['fr', 'La bombe a explosé près du marché; quatre autres personnes ont été blessées.', ['injured 4 exact people']],
    ['es', 'La explosión destruyó 14 casas y otros 3 vehículos.', []],
    ['de', 'Ein Soldat wurde getötet. Weitere drei Zivilisten wurden verletzt.', ['injured 3 exact civilians']],
    ['fr', 'Un soldat a été tué.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic duals with the verb or the group after the noun', () => {
  it.each([
    ['ar', 'وأفاد مصدر طبي بأن طفلين أصيبا بشظايا القذيفة.', ['injured 2 exact children']],
    ['ar', 'وسقط قتيلان مدنيان في قصف على السوق.', ['killed 2 exact civilians']],
    ['ar', 'وقال المتحدث إن الوحدة فقدت قتيلين من عناصرها في الاشتباك.', ['killed 2 exact combatants']],
    ['ar', 'وأصيب جريحان من المدنيين في الغارة.', ['injured 2 exact civilians']],
    // traps: a dual of no people, a dual with no cue
    ['ar', 'وأغلقت السلطات معبرين حدوديين بعد الهجوم.', []],
    ['ar', 'وزار الوزير جنديين في المستشفى.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic: the dual in construct of a scale word', () => {
  it.each([
    ['نزح ألفا شخص', [2000]],
    ['مليونا نازح', [2000000]],
    ['قتل ألفا من الجنود', [1000]],
    ['قتل ألفاً شخص', [1000]],
    ['قتل 25 ألفا شخص', [25000]],
    ['ثلاثين ألفا', [30000]],
    ['ألفا و500', [1500]],
  ] as [string, number[]][])('%s', (t, v) => {
    expect(findNumbers(t, 'ar').map((m) => m.value)).toEqual(v);
  });
  it.each([
    ['ar', 'نزح ألفا شخص من القرى الحدودية.', ['displaced 2000 exact people']],
    ['ar', 'وأسفرت المعارك عن مقتل ألفي مقاتل.', ['killed 2000 exact combatants']],
    ['ar', 'وقالت المنظمة إنها قدمت مليونا دولار للمتضررين.', []],
    ['ar', 'وقالت المنظمة إن مليونا شخص نزحوا من ديارهم.', ['displaced 2000000 exact people']],
    ['ar', 'وقتل ألفاً من المسلحين في المعارك.', ['killed 1000 exact combatants']],
    ['ar', 'وقتل 25 ألفا و300 شخص منذ بداية الحرب.', ['killed 25300 exact people']],
    // trap: a dual of kilometres
    ['ar', 'وتقدمت القوات ألفي متر داخل المدينة.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('Arabic: forced flight, "might reach", plural verbs', () => {
  it.each([
    ['ar', 'نحو 400 عائلة اضطرت إلى ترك منازلها في البلدة.', ['displaced 400 about people families']],
    ['ar', 'وقال مسؤول إن عدد النازحين جراء المعارك قد يقارب مئة ألف شخص.', ['displaced 100000 nearly people']],
    ['ar', 'واحتجز المسلحون 20 عاملا قبل أن يقتلوا خمسة منهم.', ['detained 20 exact people', 'killed 5 exact people']],
    // trap: families that live somewhere
    ['ar', 'وتعيش 400 عائلة في المخيم.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('a count with no noun after "and" is of the subject before, however long its clause', () => {
  it.each([
    ['es', 'Al menos 9 mil 300 civiles han muerto en el país desde el inicio de la invasión a gran escala, en febrero de 2022, y más de 17 mil 500 han resultado heridos.',
      ['killed 9300 at_least civilians', 'injured 17500 more_than civilians']],
    ['fr', 'Au moins 340 soldats ont été tués dans les combats autour de la ville depuis le début de l’offensive, selon l’état-major, et plus de 900 ont été blessés.',
      ['killed 340 at_least combatants', 'injured 900 more_than combatants']],
    // trap: a count with its own noun keeps it
    ['es', 'Al menos 300 civiles han muerto en el país desde el inicio de la invasión a gran escala, en febrero, y más de 500 personas han resultado heridas.',
      ['killed 300 at_least civilians', 'injured 500 more_than people']],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
