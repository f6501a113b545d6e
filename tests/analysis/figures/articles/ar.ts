// Arabic articles written for these tests (news-agency style, invented wording).
import type { TestArticle } from './en.js';

export const AR: TestArticle[] = [
  {
    id: 'ar-gaza',
    lang: 'ar',
    published: '2024-10-20',
    text: `استشهاد 73 فلسطينيا في غارات إسرائيلية على شمال غزة

أعلنت وزارة الصحة في غزة، الأحد، استشهاد 73 شخصا على الأقل وإصابة العشرات في غارات إسرائيلية استهدفت منازل في بيت لاهيا شمال القطاع.

وقال الدفاع المدني إن بين الشهداء 23 طفلا و15 امرأة، مشيرا إلى أن عددا من الضحايا ما زالوا تحت الأنقاض.

من جهته، قال الجيش الإسرائيلي إنه قتل 20 مسلحا في المنطقة.

وارتفعت حصيلة الحرب الإسرائيلية على غزة منذ السابع من تشرين الأول/أكتوبر 2023 إلى 42603 شهداء و99795 مصابا، بحسب وزارة الصحة.`,
    gold: [
      'killed 73 at_least people | Gaza Health Ministry | event',
      'killed 23 exact children | Gaza Civil Defence | event',
      'killed 15 exact women | Gaza Civil Defence | event',
      'killed 20 exact combatants | Israeli military (IDF) | event',
      'killed 42603 exact people | Gaza Health Ministry | background',
      'injured 99795 exact people | Gaza Health Ministry | background',
    ],
  },
  {
    id: 'ar-syria',
    lang: 'ar',
    published: '2024-11-29',
    text: `مقتل أكثر من 240 شخصا في هجوم للفصائل المسلحة في شمال سوريا

قال المرصد السوري لحقوق الإنسان إن المعارك بين هيئة تحرير الشام وفصائل متحالفة معها من جهة والقوات الحكومية من جهة أخرى أسفرت عن مقتل 242 شخصا منذ الأربعاء، بينهم 24 مدنيا.

وأضاف المرصد أن 19 من المدنيين قتلوا في غارات روسية على مناطق سيطرة الفصائل.

وبحسب الأمم المتحدة، نزح أكثر من 14 ألف شخص جراء أعمال العنف.

وأودت الحرب في سوريا منذ عام 2011 بحياة أكثر من نصف مليون شخص.`,
    gold: [
      'killed 240 more_than people | null | event',
      'killed 242 exact people | Syrian Observatory for Human Rights | event',
      'killed 24 exact civilians | Syrian Observatory for Human Rights | event',
      'killed 19 exact civilians | Syrian Observatory for Human Rights | event',
      'displaced 14000 more_than people | United Nations | event',
      'killed 500000 more_than people | null | background',
    ],
  },
  {
    id: 'ar-sudan',
    lang: 'ar',
    published: '2024-06-06',
    text: `السودان: مقتل 104 أشخاص في هجوم لقوات الدعم السريع على قرية بولاية الجزيرة

قالت لجنة مقاومة ود النورة إن قوات الدعم السريع هاجمت القرية بالأسلحة الثقيلة، ما أسفر عن مقتل 104 أشخاص بينهم 35 طفلا، وإصابة أكثر من 150 آخرين.

وأدت الحرب المستمرة منذ أبريل/نيسان 2023 إلى مقتل أكثر من 14 ألف شخص ونزوح أكثر من 10 ملايين، وفق الأمم المتحدة.`,
    gold: [
      'killed 104 exact people | لجنة مقاومة ود النورة | event',
      'killed 35 exact children | لجنة مقاومة ود النورة | event',
      'injured 150 more_than people | لجنة مقاومة ود النورة | event',
      'killed 14000 more_than people | United Nations | background',
      'displaced 10000000 more_than people | United Nations | background',
    ],
  },
];
