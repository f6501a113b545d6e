// Arabic news sentences (written for these tests, several conflicts) with the figures the spec asks
// for. Traps included: years ("منذ عام 2011"), ages ("12 عاما"), percentages, distances, vague
// plurals ("عشرات", "مئات", "آلاف"), "one of" ("أحد الجنود"), people freed, evacuated or sheltering.
import { describe, expect, it } from 'vitest';
import { readDuals } from '../../../../src/analysis/figures/locales/ar/duals.js';
import { type Case, check } from './harness.js';

const SOHR = 'Syrian Observatory for Human Rights';

const cases: Case[] = [
  {
    text: 'قال المرصد السوري لحقوق الإنسان إن 242 شخصا على الأقل قتلوا منذ الأربعاء في المعارك بين الفصائل والقوات الحكومية.',
    figures: [{ kind: 'killed', count: 242, qualifier: 'at_least', reporter: SOHR }],
  },
  {
    text: 'وأفاد المرصد السوري بمقتل 20 مدنيا بينهم خمسة أطفال.',
    figures: [
      { kind: 'killed', count: 20, who: 'civilians', reporter: SOHR },
      { kind: 'killed', count: 5, who: 'children', reporter: SOHR },
    ],
  },
  {
    text: 'ارتفعت حصيلة القتلى إلى 231 قتيلا، وفق المرصد السوري لحقوق الإنسان.',
    figures: [{ kind: 'killed', count: 231, reporter: SOHR }],
  },
  {
    text: 'وقتل أكثر من 80 عنصرا من قوات النظام والمسلحين الموالين لها.',
    figures: [{ kind: 'killed', count: 80, qualifier: 'more_than', who: 'combatants' }],
  },
  {
    text: 'أسفرت غارة جوية على سوق في الخرطوم عن مقتل 12 شخصا وإصابة 30 آخرين.',
    figures: [
      { kind: 'killed', count: 12 },
      { kind: 'injured', count: 30 },
    ],
  },
  {
    text: 'سقط 25 ألفا و667 قتيلا منذ بداية الحرب بحسب وزارة الصحة في غزة.',
    figures: [{ kind: 'killed', count: 25667, scope: 'background', reporter: 'Gaza Health Ministry' }],
  },
  {
    text: 'أصيب مئتان وأربعون شخصا في الاشتباكات.',
    figures: [{ kind: 'injured', count: 240 }],
  },
  {
    text: 'نزح نحو 14 ألف شخص من منازلهم منذ بدء الهجوم، بحسب الأمم المتحدة.',
    figures: [{ kind: 'displaced', count: 14000, qualifier: 'about', reporter: 'United Nations' }],
  },
  {
    text: 'وتسببت المعارك في نزوح قرابة سبعة آلاف عائلة في ريف إدلب.',
    figures: [{ kind: 'displaced', count: 7000, qualifier: 'nearly', unit: 'families' }],
  },
  {
    text: 'قتل أحد الجنود وأصيب مدني بجروح في هجوم بطائرة مسيرة.',
    figures: [],
  },
  {
    text: 'وأعلن الجيش مقتل جندي واحد.',
    figures: [{ kind: 'killed', count: 1, who: 'combatants' }],
  },
  {
    text: 'وأسفر القصف عن مقتل جنديين وإصابة طفلين و5 مدنيين.',
    figures: [
      { kind: 'killed', count: 2, who: 'combatants' },
      { kind: 'injured', count: 2, who: 'children' },
      { kind: 'injured', count: 5, who: 'civilians' },
    ],
  },
  {
    text: 'قتل عشرات الأشخاص وأصيب المئات في الغارات.',
    figures: [],
  },
  {
    text: 'وأودت الحرب بحياة أكثر من 500 ألف شخص منذ عام 2011.',
    figures: [{ kind: 'killed', count: 500000, qualifier: 'more_than', scope: 'background' }],
  },
  {
    text: 'ولا يزال ما بين 30 و40 شخصا في عداد المفقودين بعد غرق القارب.',
    figures: [{ kind: 'missing', count: 30, upper: 40 }],
  },
  {
    text: 'اختطف مسلحون ما لا يقل عن 50 شخصا في ولاية زمفارا.',
    figures: [{ kind: 'detained', count: 50, qualifier: 'at_least' }],
  },
  {
    text: 'واعتقلت الشرطة 35 متظاهرا في العاصمة.',
    figures: [{ kind: 'detained', count: 35 }],
  },
  {
    text: 'سيطرت الفرقة 46 على ثلاث قرى على بعد 20 كيلومترا من المدينة.',
    figures: [],
  },
  {
    text: 'يعيش في المدينة نحو مليوني نسمة، 40 في المئة منهم أطفال.',
    figures: [],
  },
  {
    text: 'تم إجلاء 300 مريض من المستشفى.',
    figures: [],
  },
  {
    text: 'أفرجت الحركة عن 33 رهينة مقابل الإفراج عن أسرى فلسطينيين.',
    figures: [],
  },
  {
    text: 'وقتل نحو عشرة جنود في كمين قرب جيبو، بحسب مصادر أمنية.',
    figures: [{ kind: 'killed', count: 10, qualifier: 'about', who: 'combatants' }],
  },
  {
    text: 'وأدى الهجوم إلى مقتل 17 جنديا ماليا وثلاثة مدنيين.',
    figures: [
      { kind: 'killed', count: 17, who: 'combatants' },
      { kind: 'killed', count: 3, who: 'civilians' },
    ],
  },
  {
    text: 'ووثقت الشبكة مقتل ١٩٥٣ مدنيا في المحافظة منذ عام 2014.',
    figures: [{ kind: 'killed', count: 1953, who: 'civilians', scope: 'background' }],
  },
  {
    text: 'ويقتل 165 شخصا يوميا في المعارك.',
    figures: [{ kind: 'killed', count: 165, qualifier: 'about', scope: 'background' }],
  },
  {
    text: 'وكانت الحصيلة الأولية قد أشارت إلى 10 قتلى.',
    figures: [{ kind: 'killed', count: 10 }],
  },
  {
    text: 'اعتقلت القوات تسعين شخصا بينهم 12 قاصرا.',
    figures: [
      { kind: 'detained', count: 90 },
      { kind: 'detained', count: 12, who: 'children' },
    ],
  },
  {
    text: 'قال رجل يبلغ من العمر 45 عاما إن ابنته البالغة 8 سنوات أصيبت.',
    figures: [],
  },
  {
    text: 'قتل خمسة من رجال الشرطة في الانفجار.',
    figures: [{ kind: 'killed', count: 5, who: 'combatants', party: 'police' }],
  },
  {
    text: 'واستشهد 71 فلسطينيا بينهم 23 طفلا في الغارات الإسرائيلية، وفق وزارة الصحة في غزة.',
    figures: [
      { kind: 'killed', count: 71, reporter: 'Gaza Health Ministry' },
      { kind: 'killed', count: 23, who: 'children', reporter: 'Gaza Health Ministry' },
    ],
  },
  {
    text: 'ولقي قتيلان حتفهما وأصيب 4 آخرون في حادث منفصل.',
    figures: [
      { kind: 'killed', count: 2 },
      { kind: 'injured', count: 4 },
    ],
  },
  {
    text: 'ووصل عدد النازحين منذ بداية الحرب إلى 2.5 مليون شخص، حسب الأمم المتحدة.',
    figures: [{ kind: 'displaced', count: 2500000, reporter: 'United Nations', scope: 'background' }],
  },
  {
    text: 'وأعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 34 ألفا و535 شهيدا.',
    figures: [{ kind: 'killed', count: 34535 }],
  },
  {
    text: 'لقي 12 مهاجرا حتفهم وفقد 30 آخرون إثر غرق قارب قبالة سواحل ليبيا.',
    figures: [
      { kind: 'killed', count: 12 },
      { kind: 'missing', count: 30 },
    ],
  },
  {
    text: 'استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال في جنين، بحسب وزارة الصحة الفلسطينية.',
    figures: [{ kind: 'killed', count: 3, reporter: 'Palestinian Health Ministry' }],
  },
  {
    text: 'أعلن الجيش مقتل ضابط وجنديين و3 مدنيين في معارك شمال القطاع.',
    figures: [
      { kind: 'killed', count: 2, who: 'combatants' },
      { kind: 'killed', count: 3, who: 'civilians' },
    ],
  },
  {
    text: 'قتل ما لا يقل عن 40 مدنيا في قصف مدفعي استهدف سوقا في مدينة الفاشر، وأصيب أكثر من 70 شخصا بجروح.',
    figures: [
      { kind: 'killed', count: 40, qualifier: 'at_least', who: 'civilians' },
      { kind: 'injured', count: 70, qualifier: 'more_than' },
    ],
  },
  {
    text: 'وأوضحت المصادر أن بين الشهداء 17 طفلا و9 نساء.',
    figures: [
      { kind: 'killed', count: 17, who: 'children' },
      { kind: 'killed', count: 9, who: 'women' },
    ],
  },
];

describe('Arabic duals and "واحد"', () => {
  const sent = (text: string) => ({ index: 0, start: 0, end: text.length, text, lower: text, paragraph: 0 });
  const read = (text: string) => readDuals(sent(text), []).map((c) => [c.kind, c.count, c.who]);
  it('reads duals of kind nouns and of group nouns after a cue', () => {
    expect(read('قتل قتيلان وجرح جريحان')).toEqual([
      ['killed', 2, 'people'],
      ['injured', 2, 'people'],
    ]);
    expect(read('أسفر القصف عن مقتل جنديين واعتقال امرأتين')).toEqual([
      ['killed', 2, 'combatants'],
      ['detained', 2, 'women'],
    ]);
  });
  it('reads a singular noun with واحد after a cue', () => {
    expect(read('أعلن الجيش مقتل جندي واحد')).toEqual([['killed', 1, 'combatants']]);
  });
  it('does not read sound plurals, duals without a cue, or plain words', () => {
    expect(read('مقتل مدنيين')).toEqual([]);
    expect(read('وصل جنديين إلى المدينة')).toEqual([]);
    expect(read('بين الطرفين يوم الاثنين')).toEqual([]);
  });
});

describe('Arabic locale', () => {
  for (const c of cases) it(c.text.slice(0, 60), () => check('ar', c));
});
