// Arabic rules, several sentences each (written for these tests): the martyrdom verb "ارتقى",
// nationality singulars after 11+ ("300 فلسطيني"), nominative duals of sound-plural nouns
// ("مدنيان"), "واحد" after a noun as an adjective ("أسرة واحدة"), attackers, a force's own members
// ("من جنوده"), VSO tolls ("بلغ عدد القتلى 55"), detained and missing tolls, "مصير ... مجهولا".
import { describe, it } from 'vitest';
import { type Case, check } from './harness.js';

const rules: Record<string, Case[]> = {
  'the martyrdom verb ارتقى': [
    { text: 'ارتقى 14 فلسطينيا في قصف استهدف منزلا في جباليا.', figures: [{ kind: 'killed', count: 14 }] },
    { text: 'وارتقى ثلاثة شبان برصاص قوات الاحتلال قرب طولكرم.', figures: [{ kind: 'killed', count: 3 }] },
    { text: 'أعلنت الوزارة ارتقاء 8 مواطنين في غارة على مخيم النصيرات.', figures: [{ kind: 'killed', count: 8 }] },
  ],
  'a nationality in the singular after 11 and more': [
    { text: 'أصيب 150 فلسطيني خلال المواجهات قرب الحاجز.', figures: [{ kind: 'injured', count: 150 }] },
    { text: 'هجّر المستوطنون 300 فلسطيني من تجمع بدوي في الأغوار.', figures: [{ kind: 'displaced', count: 300 }] },
    { text: 'وقتل 11 إسرائيليا في الهجوم على الحافلة.', figures: [{ kind: 'killed', count: 11 }] },
    { text: 'اعتقلت السلطات 120 سوداني عند المعبر.', figures: [{ kind: 'detained', count: 120 }] },
  ],
  'nominative duals of nouns with a sound plural': [
    { text: 'أصيب شرطيان بانفجار لغم أرضي جنوب المدينة.', figures: [{ kind: 'injured', count: 2, who: 'combatants', party: 'police' }] },
    { text: 'قتل مدنيان في قصف مدفعي على أطراف البلدة.', figures: [{ kind: 'killed', count: 2, who: 'civilians' }] },
    { text: 'وقتل مسلحان خلال تبادل لإطلاق النار مع دورية أمنية.', figures: [{ kind: 'killed', count: 2, who: 'combatants' }] },
    { text: 'واعتقل فلسطينيان خلال اقتحام بلدة بيتا.', figures: [{ kind: 'detained', count: 2 }] },
    { text: 'استشهد مواطنان وأصيب آخرون بغارة على دير البلح.', figures: [{ kind: 'killed', count: 2 }] },
    { text: 'وأصيب مسعفان أثناء محاولتهما انتشال الجرحى.', figures: [{ kind: 'injured', count: 2, who: 'civilians' }] },
    { text: 'ولا يزال مفقودان تحت ركام المبنى المنهار.', figures: [{ kind: 'missing', count: 2 }] },
    { text: 'نقل مصابان إلى المستشفى الميداني.', figures: [{ kind: 'injured', count: 2 }] },
  ],
  'sound-plural -ين forms are plurals, not duals': [
    { text: 'قتل مدنيين في القصف على القرية.', figures: [] },
    { text: 'وأصيب مسعفين بجروح أثناء عملهم.', figures: [] },
    { text: 'اعتقلت القوات فلسطينيين خلال مداهمات ليلية.', figures: [] },
  ],
  'a dual after a part marker takes the kind of the count before it': [
    {
      text: 'قتل 9 أشخاص بينهم طفلان في قصف على سوق شعبي.',
      figures: [
        { kind: 'killed', count: 9 },
        { kind: 'killed', count: 2, who: 'children' },
      ],
    },
    {
      text: 'أصيب 14 شخصا بجروح، من بينهم امرأتان، في انفجار عبوة ناسفة.',
      figures: [
        { kind: 'injured', count: 14 },
        { kind: 'injured', count: 2, who: 'women' },
      ],
    },
  ],
  '"واحد" after a noun is its adjective, not a count': [
    { text: 'استشهد سبعة من أفراد أسرة واحدة في غارة على منزلهم.', figures: [{ kind: 'killed', count: 7 }] },
    { text: 'قتلت الغارة عائلة واحدة بأكملها في حي الشجاعية.', figures: [] },
    { text: 'أصيب 11 شخصا في ليلة واحدة من القصف المتواصل.', figures: [{ kind: 'injured', count: 11 }] },
    { text: 'قتل واحد وعشرون شخصا في انهيار المبنى بعد القصف.', figures: [{ kind: 'killed', count: 21 }] },
    { text: 'وأعلن الجيش مقتل جندي واحد وإصابة آخرين.', figures: [{ kind: 'killed', count: 1, who: 'combatants' }] },
  ],
  'a number after "civil defence" is read': [
    { text: 'انتشلت فرق الدفاع المدني 15 جثة من تحت الأنقاض.', figures: [{ kind: 'killed', count: 15 }] },
    { text: 'ونقل الدفاع المدني 40 مصابا إلى مستشفى ناصر.', figures: [{ kind: 'injured', count: 40 }] },
  ],
  'attackers are not figures': [
    { text: 'وتمكن الحراس من قتل اثنين من المهاجمين قرب البوابة.', figures: [] },
    { text: 'وقتل الانتحاريون الثلاثة 12 شخصا في السوق.', figures: [{ kind: 'killed', count: 12 }] },
    { text: 'قتل 4 مهاجمين في الاشتباك مع الحراس.', figures: [] },
  ],
  "a force's own members are combatants": [
    { text: 'أعلن الجيش الإسرائيلي مقتل 4 من جنوده في معارك جنوب لبنان.', figures: [{ kind: 'killed', count: 4, who: 'combatants' }] },
    { text: 'وقالت الحركة إن 6 من عناصرها قتلوا في الغارة.', figures: [{ kind: 'killed', count: 6, who: 'combatants' }] },
    { text: 'ونعت الجماعة 3 من مقاتليها سقطوا في المعارك.', figures: [] },
  ],
  'a toll noun right before its count (verb-subject-object order)': [
    { text: 'وبلغ عدد القتلى 55 شخصا حتى مساء اليوم.', figures: [{ kind: 'killed', count: 55 }] },
    { text: 'وبلغ عدد الجرحى 120 جريحا، وفق مصادر طبية.', figures: [{ kind: 'injured', count: 120 }] },
    { text: 'ووصل عدد النازحين 30 ألفا خلال أسبوع.', figures: [{ kind: 'displaced', count: 30000 }] },
    { text: 'بلغت حصيلة الضحايا 18 قتيلا.', figures: [{ kind: 'killed', count: 18 }] },
  ],
  'detained and missing tolls': [
    { text: 'وبلغ عدد المعتقلين 300 منذ بدء الاحتجاجات.', figures: [{ kind: 'detained', count: 300, scope: 'background' }] },
    { text: 'وارتفع عدد الموقوفين إلى 45 شخصا.', figures: [{ kind: 'detained', count: 45 }] },
    { text: 'وارتفع عدد المفقودين إلى 70 بعد غرق المركب.', figures: [{ kind: 'missing', count: 70 }] },
    { text: 'لا يزال مصير 40 شخصا مجهولا بعد الانهيار.', figures: [{ kind: 'missing', count: 40 }] },
  ],
  'a pre cue with "طالت"/"شملت" before the count': [
    { text: 'شنت قوات الاحتلال حملة اعتقالات طالت 30 فلسطينيا في الضفة الغربية.', figures: [{ kind: 'detained', count: 30 }] },
    { text: 'نفذت الشرطة حملة اعتقالات شملت 17 ناشطا.', figures: [{ kind: 'detained', count: 17 }] },
  ],
  'a bare year dates an earlier incident': [
    { text: 'وقع هجوم مماثل عام 2019 وقتل فيه 40 شخصا.', figures: [{ kind: 'killed', count: 40, scope: 'background' }], published: '2025-03-10' },
    { text: 'وفي سنة 2016 قتل 30 مدنيا في قصف على السوق نفسه.', figures: [{ kind: 'killed', count: 30, who: 'civilians', scope: 'background' }], published: '2025-03-10' },
  ],
  'a killed count followed by "وإصابة"': [
    {
      text: 'أسفر الهجوم عن مقتل 6 وإصابة 9 بجروح مختلفة.',
      figures: [
        { kind: 'killed', count: 6 },
        { kind: 'injured', count: 9 },
      ],
    },
    {
      text: 'وأدى الانفجار إلى مصرع 3 وجرح 11 من المارة.',
      figures: [
        { kind: 'killed', count: 3 },
        { kind: 'injured', count: 11 },
      ],
    },
  ],
  'prisoners and hostages released, exchanged or named without a cue are not detained': [
    { text: 'وأفرجت سلطات الاحتلال الأسبوع الماضي عن 90 أسيرا ضمن صفقة التبادل.', figures: [] },
    { text: 'ومن المقرر أن تفرج الحركة السبت عن 3 رهائن مقابل 183 أسيرا فلسطينيا.', figures: [] },
    { text: 'وتضم القائمة 110 أسرى من أصحاب الأحكام العالية.', figures: [] },
    { text: 'وأسرت الفصائل 12 جنديا خلال الهجوم على الموقع.', figures: [{ kind: 'detained', count: 12, who: 'combatants' }] },
    { text: 'ولا يزال 59 رهينة محتجزين في القطاع.', figures: [{ kind: 'detained', count: 59 }] },
  ],
  'a bare "حالة" is a case of what the sentence counts': [
    { text: 'وترتفع حصيلة حالات الاعتقال منذ بدء الحرب إلى 9 آلاف و300 حالة.', figures: [{ kind: 'detained', count: 9300, scope: 'background' }] },
    { text: 'وسجلت المستشفيات 40 حالة وفاة جراء البرد.', figures: [{ kind: 'killed', count: 40 }] },
    { text: 'وسجلت وزارة الصحة 500 حالة كوليرا جديدة في المحافظة.', figures: [] },
  ],
  '"جثث"/"جثامين" before a count': [
    { text: 'وانتشلت السلطات جثث 12 مهاجرا قبالة السواحل.', figures: [{ kind: 'killed', count: 12 }] },
    { text: 'وعثر الأهالي على جثامين 6 شبان في أحد الأودية.', figures: [{ kind: 'killed', count: 6 }] },
  ],
  'present-tense verbs of headlines': [
    { text: 'الاحتلال يعتقل 27 مواطنا من الضفة', figures: [{ kind: 'detained', count: 27 }] },
    { text: 'مسيرة تصيب 4 أشخاص في جنوب لبنان', figures: [{ kind: 'injured', count: 4 }] },
    { text: 'مسلحون يختطفون 20 مسافرا على طريق سريع', figures: [{ kind: 'detained', count: 20 }] },
    { text: 'الاحتلال يعتقل 27 مواطنا بينهم أسيران محرران', figures: [{ kind: 'detained', count: 27 }, { kind: 'detained', count: 2 }] },
  ],
  'a source after "وفق ما أفاد"': [
    {
      text: 'اعتقلت القوات 12 شخصا، وفق ما أفادت وزارة الداخلية.',
      figures: [{ kind: 'detained', count: 12, reporter: 'Interior Ministry' }],
    },
  ],
  'long periods are background': [
    { text: 'وقتل 200 مدني في الأشهر الستة الماضية في المحافظة.', figures: [{ kind: 'killed', count: 200, who: 'civilians', scope: 'background' }] },
    { text: 'ونزح نحو 90 ألف شخص خلال الأسابيع الماضية من المدينة.', figures: [{ kind: 'displaced', count: 90000, qualifier: 'about', scope: 'background' }] },
    { text: 'وارتفع عدد الشهداء منذ بدء العدوان إلى 40 ألفا.', figures: [{ kind: 'killed', count: 40000, scope: 'background' }] },
    { text: 'وخلف النزاع أكثر من 150 ألف قتيل منذ اندلاعه.', figures: [{ kind: 'killed', count: 150000, qualifier: 'more_than', scope: 'background' }] },
    { text: 'وقتل أكثر من 1500 مدني منذ بدء الحصار.', figures: [{ kind: 'killed', count: 1500, who: 'civilians', qualifier: 'more_than', scope: 'background' }] },
    { text: 'وقتل 12 شخصا خلال الأيام الماضية في ريف حلب.', figures: [{ kind: 'killed', count: 12 }] },
  ],
  'aid workers and UN staff are civilians': [
    { text: 'قتل 7 من عمال الإغاثة في غارة على قافلة.', figures: [{ kind: 'killed', count: 7, who: 'civilians' }] },
    { text: 'وقتل 5 من موظفي الأونروا في القصف.', figures: [{ kind: 'killed', count: 5, who: 'civilians' }] },
  ],
  '"في صفوف" names the group of a kind noun': [
    { text: 'وأسفرت المواجهات عن سقوط 4 قتلى في صفوف قوات الأمن.', figures: [{ kind: 'killed', count: 4, who: 'combatants' }] },
    { text: 'وأوقع القصف 9 قتلى في صفوف المدنيين.', figures: [{ kind: 'killed', count: 9, who: 'civilians' }] },
    { text: 'وخلفت المعارك 30 جريحا في صفوف المسلحين.', figures: [{ kind: 'injured', count: 30, who: 'combatants' }] },
  ],
  'a cue with a clinging و': [
    { text: 'وأجبر القصف 20 ألف أسرة على ترك منازلها.', figures: [{ kind: 'displaced', count: 20000, unit: 'families' }] },
    { text: 'وأزهقت الهجمات أرواح 16 شخصا خلال يومين.', figures: [{ kind: 'killed', count: 16 }] },
    { text: 'وحصدت الغارات أرواح 40 شخصا في المخيمات.', figures: [{ kind: 'killed', count: 40 }] },
    { text: 'وسقوط 3 قتلى في الاشتباكات الأخيرة.', figures: [{ kind: 'killed', count: 3 }] },
  ],
  '"قتلوا وأصيب N آخرون": the others are of the group before': [
    {
      text: 'وذكرت الوكالة أن 3 عسكريين قتلوا وأصيب 5 آخرون.',
      figures: [
        { kind: 'killed', count: 3, who: 'combatants' },
        { kind: 'injured', count: 5, who: 'combatants' },
      ],
    },
    {
      text: 'قتل 4 مدنيين وأصيب 6 آخرون في قصف على السوق.',
      figures: [
        { kind: 'killed', count: 4, who: 'civilians' },
        { kind: 'injured', count: 6, who: 'civilians' },
      ],
    },
  ],
  '"القطاع" before a count is the Strip, not a sector number': [
    {
      text: 'ووصل إلى مستشفيات القطاع 45 شهيدا و120 مصابا خلال الـ24 ساعة الماضية.',
      figures: [
        { kind: 'killed', count: 45 },
        { kind: 'injured', count: 120 },
      ],
    },
  ],
  'an estimate linked by "بـ"': [
    { text: 'ويقدر عدد القتلى بـ 200 شخص على الأقل.', figures: [{ kind: 'killed', count: 200, qualifier: 'at_least' }] },
  ],
  'pupils and students are children': [
    { text: 'خطف مسلحون 287 تلميذا على الأقل من مدرسة في شمال البلاد.', figures: [{ kind: 'detained', count: 287, who: 'children', qualifier: 'at_least' }] },
    { text: 'وأصيبت 12 تلميذة في انفجار قرب المدرسة.', figures: [{ kind: 'injured', count: 12, who: 'children' }] },
  ],
  'a singular with "واحد" and the verb after it': [
    { text: 'وأضاف أن معلما واحدا خطف مع التلاميذ.', figures: [{ kind: 'detained', count: 1, who: 'civilians' }] },
    { text: 'وقال إن جنديا واحدا قتل في الاشتباك.', figures: [{ kind: 'killed', count: 1, who: 'combatants' }] },
    { text: 'وكان جنديا واحدا يحرس البوابة.', figures: [] },
    { text: 'وأضاف أن معلما خطف مع التلاميذ.', figures: [] },
  ],
  'the source after "وفق ما أفادت" and "كما قال"': [
    {
      text: 'قتل 9 مدنيين في قصف على الأحياء الشرقية، وفق ما أفادت مصادر طبية.',
      figures: [{ kind: 'killed', count: 9, who: 'civilians', reporter: 'medical sources' }],
    },
    {
      text: 'وأصيب 30 شخصا في القصف على السوق، بحسب ما ذكرت وزارة الصحة.',
      figures: [{ kind: 'injured', count: 30, reporter: 'Health Ministry' }],
    },
  ],
  'parties are named in English and read through hamza, ة and ى spellings': [
    { text: 'قتل 5 جنود إسرائيليين في كمين شرق المدينة.', figures: [{ kind: 'killed', count: 5, who: 'combatants', party: 'Israeli forces' }] },
    { text: 'وقتل 6 جنود من الجيش العراقي في الهجوم.', figures: [{ kind: 'killed', count: 6, who: 'combatants', party: 'Iraqi army' }] },
    { text: 'قتل 4 مقاتلين من قوات سوريا الديمقراطية.', figures: [{ kind: 'killed', count: 4, who: 'combatants', party: 'SDF' }] },
    { text: 'وقال الناطق العسكري إن 8 من مقاتلي حركتي حماس والجهاد الإسلامي قتلوا في الاشتباك.', figures: [{ kind: 'killed', count: 8, who: 'combatants', party: 'Hamas and Islamic Jihad' }] },
    { text: 'وقتل 12 عنصرا من حزب الله في غارة.', figures: [{ kind: 'killed', count: 12, who: 'combatants', party: 'Hezbollah' }] },
    { text: 'وأعلن الجيش مقتل نحو 70 من عناصر قوات الدعم السريع في كردفان.', figures: [{ kind: 'killed', count: 70, qualifier: 'about', who: 'combatants', party: 'RSF' }] },
    { text: 'وقتل 8 من مقاتلي الحوثيين في المعارك.', figures: [{ kind: 'killed', count: 8, who: 'combatants', party: 'Houthis' }] },
  ],
  'a place that houses people (with a pronoun suffix) gives no count': [
    { text: 'وقتل 40 شخصا في قصف على الحي الشرقي، الذي يقطنه قرابة 80 ألف شخص.', figures: [{ kind: 'killed', count: 40 }] },
    { text: 'واستهدف القصف مدرسة تؤويهم، وقتل 12 شخصا، فيما تؤوي المدرسة 2000 شخص.', figures: [{ kind: 'killed', count: 12 }] },
    { text: 'وقتل 9 أشخاص في الحي الذي يسكنه 50 ألف شخص.', figures: [{ kind: 'killed', count: 9 }] },
  ],
  'a few days are the events, even for a large count': [
    {
      text: 'وتقدر الوكالة أن ما يصل إلى 250 ألف شخص فروا من البلدات الحدودية خلال أربعة أيام. وقتل 30 شخصا في القصف.',
      figures: [
        { kind: 'displaced', count: 250000, qualifier: 'up_to' },
        { kind: 'killed', count: 30 },
      ],
    },
    {
      text: 'ونزح 150 ألف شخص في غضون يومين. وأصيب 12 شخصا في القصف.',
      figures: [
        { kind: 'displaced', count: 150000 },
        { kind: 'injured', count: 12 },
      ],
    },
  ],
  'more verbs and nouns of the kinds': [
    { text: 'وأعلن الجيش هلاك 20 إرهابيا في العملية.', figures: [{ kind: 'killed', count: 20, who: 'combatants' }] },
    { text: 'فقد 20 شخصا حياتهم في الفيضانات التي ضربت الإقليم.', figures: [{ kind: 'killed', count: 20 }] },
    { text: 'وفقد 12 مهاجرا في البحر بعد انقلاب القارب.', figures: [{ kind: 'missing', count: 12 }] },
    { text: 'وتعرض 8 أشخاص لإصابات متفاوتة جراء الانفجار.', figures: [{ kind: 'injured', count: 8 }] },
    { text: 'وأصيب 5 أشخاص بجروح طفيفة.', figures: [{ kind: 'injured', count: 5 }] },
    { text: 'واقتادت القوات 7 شبان إلى جهة مجهولة.', figures: [{ kind: 'detained', count: 7 }] },
    { text: 'وأسفرت الحملة عن اقتياد 15 مواطنا إلى مراكز التحقيق.', figures: [{ kind: 'detained', count: 15 }] },
  ],
  'medical crews and civil defence crews are civilians': [
    { text: 'وقتل 3 من أفراد الطاقم الطبي في قصف المستشفى.', figures: [{ kind: 'killed', count: 3, who: 'civilians' }] },
    { text: 'وقتل 6 من رجال الإسعاف أثناء عملهم.', figures: [{ kind: 'killed', count: 6, who: 'civilians' }] },
    { text: 'وأصيب 3 من طواقم الدفاع المدني.', figures: [{ kind: 'injured', count: 3, who: 'civilians' }] },
  ],
  'month-to-date totals and periods since a regime fell or a war resumed are background': [
    { text: 'وقتل 300 شخص منذ مطلع الشهر الجاري في المحافظة.', figures: [{ kind: 'killed', count: 300, scope: 'background' }] },
    { text: 'وقتل 300 شخص خلال الشهر الجاري في هجمات متفرقة.', figures: [{ kind: 'killed', count: 300, scope: 'background' }] },
    { text: 'وقتل 4 آلاف شخص منذ سقوط النظام.', figures: [{ kind: 'killed', count: 4000, scope: 'background' }] },
    { text: 'وقتل أكثر من 100 شخص منذ استئناف الحرب.', figures: [{ kind: 'killed', count: 100, qualifier: 'more_than', scope: 'background' }] },
  ],
  '"في الأسبوع الأخير" is a period, not a rate': [
    { text: 'وقتل 14 شخصا في الأسبوع الأخير.', figures: [{ kind: 'killed', count: 14 }] },
    { text: 'وقتل 14 شخصا في اليوم الأول من الهجوم.', figures: [{ kind: 'killed', count: 14 }] },
    { text: 'ويقتل نحو 14 شخصا في اليوم.', figures: [{ kind: 'killed', count: 14, qualifier: 'about', scope: 'background' }] },
  ],
  '"N من عائلة" counts members of a family, "N عائلة" counts families': [
    {
      text: 'وقتل 25 شخصا، بينهم 10 من عائلة واحدة.',
      figures: [
        { kind: 'killed', count: 25 },
        { kind: 'killed', count: 10 },
      ],
    },
    { text: 'ونزحت 450 عائلة من القرى الحدودية.', figures: [{ kind: 'displaced', count: 450, unit: 'families' }] },
    { text: 'واستشهد 6 من أسرة واحدة في القصف.', figures: [{ kind: 'killed', count: 6 }] },
  ],
  '"من بين" with detained, missing and displaced nouns': [
    { text: 'ومن بين المعتقلين 4 قاصرين.', figures: [{ kind: 'detained', count: 4, who: 'children' }] },
    { text: 'ومن بين المفقودين 9 أطفال.', figures: [{ kind: 'missing', count: 9, who: 'children' }] },
    { text: 'ومن بين النازحين 3000 طفل.', figures: [{ kind: 'displaced', count: 3000, who: 'children' }] },
  ],
  '"بينهم" + a singular noun does not name the group of the count before': [
    { text: 'ارتقاء 3 شهداء بينهم طفل في غارة على مخيم جباليا', figures: [{ kind: 'killed', count: 3 }] },
    { text: 'وسقط 5 قتلى بينهم امرأة في القصف.', figures: [{ kind: 'killed', count: 5 }] },
    { text: 'وقتل 40 شخصا معظمهم مدنيون في الغارات.', figures: [{ kind: 'killed', count: 40 }] },
    { text: 'وارتفعت حصيلة الكمين إلى 7 قتلى بينهم ضابط، وفق مصدر عسكري.', figures: [{ kind: 'killed', count: 7, who: 'combatants' }] },
  ],
};

describe('Arabic rules', () => {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      for (const c of cases) it(c.text.slice(0, 60), () => check('ar', c));
    });
  }
});

describe('party of a count', () => {
  it('الجهاد الإسلامي names Islamic Jihad', async () => {
    const { expect } = await import('vitest');
    const { extractFigures } = await import('../../../../src/analysis/figures/index.js');
    const f = extractFigures('قتل 12 مسلحا من الجهاد الإسلامي في الغارة.', { lang: 'ar' });
    expect(f.map((x) => `${x.who} ${x.party}`)).toEqual(['combatants Islamic Jihad']);
  });
});
