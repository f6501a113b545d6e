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
  {
    id: 'ar-wafa',
    lang: 'ar',
    published: '2025-02-12',
    text: `الاحتلال يعتقل 27 مواطنا من الضفة بينهم أسيران محرران

رام الله - اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، 27 مواطنا على الأقل من مناطق متفرقة في الضفة الغربية، بينهم 4 أطفال، وفق ما أفاد نادي الأسير الفلسطيني.

وأوضح النادي في بيان أن عمليات الاعتقال تركزت في محافظتي جنين وطولكرم، رافقتها عمليات تنكيل واسعة وتخريب لمنازل المواطنين.

وفي طولكرم، أصيب شاب برصاص الاحتلال خلال اقتحام مخيم نور شمس، فيما أجبرت القوات نحو 300 عائلة على مغادرة منازلها في المخيم.

وبذلك ترتفع حصيلة حالات الاعتقال منذ السابع من أكتوبر 2023 إلى أكثر من 14 ألفا و500 حالة، بحسب النادي.

وأفرجت سلطات الاحتلال الأسبوع الماضي عن 90 أسيرا ضمن صفقة التبادل.`,
    gold: [
      'detained 27 at_least people | Palestinian Prisoners Society | event',
      'detained 4 exact children | Palestinian Prisoners Society | event',
      'detained 2 exact people | Palestinian Prisoners Society | event',
      'displaced 300 about people families | null | event',
      'detained 14500 more_than people | Palestinian Prisoners Society | background',
    ],
  },
  {
    id: 'ar-sana',
    lang: 'ar',
    published: '2023-10-06',
    text: `ارتقاء 89 شهيدا وإصابة 277 آخرين بالاعتداء الإرهابي على حفل تخريج طلاب الكلية الحربية في حمص

حمص-سانا

ارتفعت حصيلة الاعتداء الإرهابي بالطائرات المسيرة الذي استهدف حفل تخريج طلاب الكلية الحربية في مدينة حمص أمس إلى 89 شهيدا بينهم 31 امرأة و5 أطفال، إضافة إلى 277 جريحا، وفق ما أعلنه وزير الصحة.

وأوضح الوزير أن بين الجرحى حالات خطرة، مشيرا إلى أن المشافي في حمص استقبلت مئات المصابين.

وتحدثت حصيلة سابقة عن 60 شهيدا و240 جريحا.

وأعلنت وزارة الدفاع الحداد الرسمي ثلاثة أيام على أرواح الشهداء.`,
    gold: [
      'killed 89 exact people | Syrian Health Ministry | event',
      'injured 277 exact people | Syrian Health Ministry | event',
      'killed 31 exact women | Syrian Health Ministry | event',
      'killed 5 exact children | Syrian Health Ministry | event',
      'killed 60 exact people | null | event',
      'injured 240 exact people | null | event',
    ],
  },
  {
    id: 'ar-anadolu',
    lang: 'ar',
    published: '2024-12-03',
    text: `السودان.. نزوح 13 ألف أسرة جراء هجمات "الدعم السريع" في الجزيرة

الخرطوم/ الأناضول

أعلنت المنظمة الدولية للهجرة، الثلاثاء، نزوح نحو 13 ألف أسرة من قرى شرق ولاية الجزيرة وسط السودان خلال الأيام الثلاثة الماضية، جراء هجمات قوات الدعم السريع.

وقالت المنظمة في بيان إن النازحين فروا إلى ولايتي القضارف وكسلا، وإن كثيرا منهم يعيشون في العراء.

وفي السياق، قالت شبكة أطباء السودان إن ما لا يقل عن 124 مدنيا قتلوا في هجوم على قرية السريحة، بينهم 17 طفلا، فيما لا يزال 35 آخرون في عداد المفقودين.

واتهمت الشبكة "الدعم السريع" باختطاف أكثر من 150 من سكان القرية، بينهم نساء.

ومنذ منتصف أبريل/نيسان 2023 يخوض الجيش و"الدعم السريع" حربا خلفت أكثر من 20 ألف قتيل ونحو 14 مليون نازح ولاجئ، وفق الأمم المتحدة.`,
    gold: [
      'displaced 13000 about people families | IOM | event',
      'killed 124 at_least civilians | Sudan Doctors Network | event',
      'killed 17 exact children | Sudan Doctors Network | event',
      'missing 35 exact civilians | Sudan Doctors Network | event',
      'detained 150 more_than people | Sudan Doctors Network | event',
      'killed 20000 more_than people | United Nations | background',
      'displaced 14000000 about people | United Nations | background',
    ],
  },
  {
    id: 'ar-aawsat',
    lang: 'ar',
    published: '2024-09-24',
    text: `لبنان: 558 قتيلا في الغارات الإسرائيلية بينهم 50 طفلا

بيروت: «الشرق الأوسط»

أعلن وزير الصحة اللبناني أن الغارات الإسرائيلية التي استهدفت جنوب لبنان والبقاع يوم الاثنين أسفرت عن مقتل 558 شخصا، بينهم 50 طفلا و94 امرأة، وإصابة 1835 آخرين.

وقال الوزير في مؤتمر صحافي إن الحصيلة «غير نهائية»، مشيرا إلى أن فرق الإسعاف ما زالت تبحث عن مفقودين تحت الأنقاض.

ودفعت الغارات عشرات آلاف اللبنانيين إلى النزوح نحو بيروت والشمال، فيما فتحت السلطات 89 مدرسة لإيواء النازحين.

وقال الجيش الإسرائيلي إنه ضرب نحو 1600 هدف لحزب الله خلال يوم واحد.

وكانت الغارات الإسرائيلية قد أوقعت منذ الثامن من أكتوبر الماضي أكثر من 600 قتيل في لبنان، بحسب إحصاء لوكالة الصحافة الفرنسية.`,
    gold: [
      'killed 558 exact people | Lebanese Health Ministry | event',
      'killed 50 exact children | Lebanese Health Ministry | event',
      'killed 94 exact women | Lebanese Health Ministry | event',
      'injured 1835 exact people | Lebanese Health Ministry | event',
      'killed 600 more_than people | AFP | background',
    ],
  },
  {
    id: 'ar-arabiya',
    lang: 'ar',
    published: '2024-12-17',
    text: `غرق قارب مهاجرين قبالة ليبيا.. 61 مفقودا على الأقل

قالت المنظمة الدولية للهجرة إن 61 مهاجرا على الأقل، بينهم نساء وأطفال، يُعتقد أنهم غرقوا بعد انقلاب قارب كان يقلهم قبالة سواحل مدينة زوارة الليبية.

وأضافت المنظمة أن القارب كان يقل 86 شخصا، وأن الناجين، وعددهم 25، نُقلوا إلى مركز احتجاز في طرابلس.

وانتشلت السلطات الليبية جثث 12 مهاجرا حتى الآن، بحسب الهلال الأحمر الليبي.

ولقي أكثر من 2200 مهاجر حتفهم في البحر المتوسط هذا العام، وفق المنظمة.`,
    gold: [
      'missing 61 at_least people | IOM | event',
      'killed 12 exact people | Libyan Red Crescent | event',
      'killed 2200 more_than people | IOM | background',
    ],
  },
  {
    id: 'ar-jazeera',
    lang: 'ar',
    published: '2024-07-14',
    text: `90 شهيدا و300 مصاب في مجزرة إسرائيلية بمواصي خان يونس

أعلنت وزارة الصحة في غزة، السبت، أن حصيلة المجزرة التي ارتكبها الاحتلال الإسرائيلي في منطقة المواصي غرب خان يونس ارتفعت إلى 90 شهيدا و300 مصاب، نصفهم من النساء والأطفال.

وقال الدفاع المدني إن طواقمه انتشلت جثامين 20 شهيدا من تحت الركام، مشيرا إلى أن المنطقة كانت تؤوي نحو 80 ألف نازح.

من جهته، زعم الجيش الإسرائيلي أن الغارة استهدفت قائد كتائب القسام محمد الضيف، وأن "مسلحين" كانوا في المكان.

وفي تطور آخر، استشهد 3 فلسطينيين وأصيب آخرون في قصف استهدف منزلا في مخيم النصيرات وسط القطاع.

وبذلك ترتفع حصيلة العدوان منذ السابع من أكتوبر/تشرين الأول إلى 38 ألفا و443 شهيدا و88 ألفا و481 مصابا، في حين لا يزال آلاف الضحايا تحت الأنقاض.`,
    gold: [
      'killed 90 exact people | Gaza Health Ministry | event',
      'injured 300 exact people | Gaza Health Ministry | event',
      'killed 20 exact people | Gaza Civil Defence | event',
      'killed 3 exact people | null | event',
      'killed 38443 exact people | Gaza Health Ministry | background',
      'injured 88481 exact people | Gaza Health Ministry | background',
    ],
  },
  {
    id: 'ar-yemen',
    lang: 'ar',
    published: '2025-01-20',
    text: `مقتل 9 مدنيين بينهم 4 أطفال بقصف حوثي على تعز

قُتل تسعة مدنيين، بينهم أربعة أطفال وامرأة، وأصيب 13 آخرون، جراء قصف مدفعي شنته جماعة الحوثي على أحياء سكنية شرق مدينة تعز، وفق ما أفادت مصادر طبية.

وقالت المصادر إن بين المصابين طفلين في حالة حرجة، نُقلا إلى مستشفى الثورة العام.

وأوضح مصدر عسكري أن قذائف الهاون سقطت على ثلاثة أحياء، مشيرا إلى أن اللواء 22 ميكا تصدى لمحاولة تسلل حوثية في المنطقة ذاتها، وقتل 6 من عناصر الجماعة.

ويحاصر الحوثيون تعز منذ عام 2015، وتقول منظمات حقوقية إن أكثر من 3 آلاف مدني قتلوا في المدينة منذ بدء الحصار.`,
    gold: [
      'killed 9 exact civilians | medical sources | event',
      'killed 4 exact children | medical sources | event',
      'injured 13 exact civilians | medical sources | event',
      'injured 2 exact children | medical sources | event',
      'killed 6 exact combatants | military source | event',
      'killed 3000 more_than civilians | منظمات حقوقية | background',
    ],
  },
  {
    id: 'ar-quake',
    lang: 'ar',
    published: '2023-09-10',
    text: `المغرب: ارتفاع حصيلة ضحايا الزلزال إلى 2012 قتيلا

أعلنت وزارة الداخلية المغربية، مساء السبت، ارتفاع حصيلة ضحايا الزلزال العنيف الذي ضرب المملكة ليل الجمعة إلى 2012 قتيلا و2059 مصابا، بينهم 1404 في حالة حرجة.

وأوضحت الوزارة أن إقليم الحوز سجل العدد الأكبر من الوفيات بـ1293 حالة، يليه إقليم تارودانت بـ452 حالة.

وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في القرى الجبلية المعزولة، فيما لا يزال العشرات عالقين.

وبلغت قوة الزلزال 6.8 درجات على مقياس ريختر، وهو الأعنف منذ عام 1960، حين قتل زلزال أغادير نحو 12 ألف شخص.`,
    gold: [
      'killed 2012 exact people | Moroccan Interior Ministry | event',
      'injured 2059 exact people | Moroccan Interior Ministry | event',
      'injured 1404 exact people | Moroccan Interior Ministry | event',
      'killed 1293 exact people | Moroccan Interior Ministry | event',
      'killed 452 exact people | Moroccan Interior Ministry | event',
      'killed 12000 about people | null | background',
    ],
  },
  {
    id: 'ar-syria2',
    lang: 'ar',
    published: '2024-12-02',
    text: `المرصد: 412 قتيلا في هجوم الفصائل على حلب وإدلب

ارتفعت حصيلة القتلى منذ بدء هجوم هيئة تحرير الشام وفصائل حليفة لها في شمال سوريا يوم الأربعاء إلى 412 قتيلا، بينهم 61 مدنيا، وفق المرصد السوري لحقوق الإنسان.

وأوضح المرصد أن بين القتلى 214 عنصرا من الهيئة والفصائل و137 عنصرا من قوات النظام والمجموعات الموالية لها.

وقال المرصد إن غارات روسية وسورية استهدفت مدينة إدلب ومحيطها، ما أسفر عن مقتل 21 مدنيا على الأقل وإصابة 50 آخرين.

وأعلن الجيش السوري من جهته مقتل "عشرات الإرهابيين" وتدمير 35 آلية.

وتسبب الهجوم في نزوح ما يزيد عن 48 ألف شخص، بحسب الأمم المتحدة، التي قالت إن نصفهم من الأطفال.

وتشهد سوريا منذ عام 2011 نزاعا داميا أودى بحياة أكثر من نصف مليون شخص وشرد الملايين.`,
    gold: [
      'killed 412 exact people | Syrian Observatory for Human Rights | event',
      'killed 61 exact civilians | Syrian Observatory for Human Rights | event',
      'killed 214 exact combatants | Syrian Observatory for Human Rights | event',
      'killed 137 exact combatants | Syrian Observatory for Human Rights | event',
      'killed 21 at_least civilians | Syrian Observatory for Human Rights | event',
      'injured 50 exact civilians | Syrian Observatory for Human Rights | event',
      'displaced 48000 more_than people | United Nations | event',
      'killed 500000 more_than people | null | background',
    ],
  },
  {
    id: 'ar-nigeria',
    lang: 'ar',
    published: '2024-03-08',
    text: `نيجيريا: خطف 287 تلميذا من مدرسة في ولاية كادونا

أعلنت السلطات في ولاية كادونا شمال غربي نيجيريا أن مسلحين خطفوا 287 تلميذا على الأقل من مدرسة في بلدة كوريغا صباح الخميس.

وقال مسؤول محلي إن المسلحين اقتحموا المدرسة على دراجات نارية، وإن 25 تلميذا تمكنوا من الفرار والعودة إلى منازلهم.

وأضاف أن معلما واحدا خطف مع التلاميذ، فيما قُتل شخص خلال الهجوم.

وتعد هذه أكبر عملية خطف جماعي منذ خطف 276 تلميذة من مدرسة في شيبوك عام 2014.`,
    gold: [
      'detained 287 at_least children | Kaduna state authorities | event',
      'detained 1 exact civilians | مسؤول محلي | event',
      'detained 276 exact children | null | background',
    ],
  },
  {
    id: 'ar-ukraine',
    lang: 'ar',
    published: '2024-07-09',
    text: `روسيا تقصف مستشفى للأطفال في كييف.. و38 قتيلا في أنحاء أوكرانيا

قالت السلطات الأوكرانية إن 38 شخصا على الأقل قتلوا وأصيب أكثر من 170 آخرين في ضربات صاروخية روسية استهدفت خمس مدن أوكرانية، بينها العاصمة كييف، يوم الاثنين.

وفي كييف وحدها، قتل 27 شخصا، بحسب رئيس الإدارة العسكرية للمدينة سيرهي بوبكو، بينهم 3 أطفال.

وأفادت السلطات بأن الصواريخ أصابت مستشفى أوخماتديت للأطفال، حيث كان يعالج مئات المرضى، وتم إجلاء 600 منهم إلى مستشفيات أخرى.

وأطلقت روسيا أكثر من 40 صاروخا من طرازات مختلفة، وأعلنت وزارة الدفاع الروسية أنها استهدفت منشآت عسكرية.`,
    gold: [
      'killed 38 at_least people | Ukrainian authorities | event',
      'injured 170 more_than people | Ukrainian authorities | event',
      'killed 27 exact people | Kyiv military administration (Serhiy Popko) | event',
      'killed 3 exact children | Kyiv military administration (Serhiy Popko) | event',
    ],
  },
  {
    id: 'ar-darfur',
    lang: 'ar',
    published: '2024-11-05',
    text: `مقتل 40 مدنيا في هجوم على قرية بشمال دارفور

أفادت مجموعة محامو الطوارئ السودانية بأن قوات الدعم السريع قتلت 40 مدنيا على الأقل، بينهم 9 نساء، في هجوم على قرية الكومة شمال دارفور يوم الأحد.

وقالت المجموعة إن عشرات الأشخاص أصيبوا، فيما فرت نحو 500 أسرة إلى مدينة الفاشر المجاورة.

وأضافت أن المهاجمين أحرقوا 60 منزلا ونهبوا الماشية، واختطفوا 12 امرأة.

وتشهد ولاية شمال دارفور معارك عنيفة منذ مايو/أيار الماضي، أجبرت أكثر من نصف مليون شخص على النزوح، بحسب المنظمة الدولية للهجرة.`,
    gold: [
      'killed 40 at_least civilians | Emergency Lawyers | event',
      'killed 9 exact women | Emergency Lawyers | event',
      'displaced 500 about people families | Emergency Lawyers | event',
      'detained 12 exact women | Emergency Lawyers | event',
      'displaced 500000 more_than people | IOM | background',
    ],
  },
  {
    id: 'ar-iraq',
    lang: 'ar',
    published: '2024-04-20',
    text: `انفجار في قاعدة للحشد الشعبي جنوب بغداد يقتل عنصرا ويصيب 8

قالت خلية الإعلام الأمني العراقية إن انفجارا وقع ليل الجمعة في قاعدة كالسو العسكرية بمحافظة بابل، أدى إلى مقتل عنصر من الحشد الشعبي وإصابة ثمانية آخرين.

وأوضحت الخلية أن فرق الدفاع المدني تمكنت من السيطرة على الحريق، مشيرة إلى أن لجنة فنية شكلت للتحقيق في أسباب الانفجار.

وكان مصدر أمني قد أفاد في وقت سابق بإصابة 5 عناصر بجروح.

وتضم القاعدة عناصر من الجيش العراقي والشرطة الاتحادية إلى جانب فصائل الحشد.`,
    gold: [
      'injured 8 exact combatants | Iraqi Security Media Cell | event',
      'injured 5 exact combatants | security source | event',
    ],
  },
  {
    id: 'ar-libya',
    lang: 'ar',
    published: '2023-09-14',
    text: `ليبيا: 5300 قتيل و8 آلاف مفقود في فيضانات درنة

أعلنت وزارة الداخلية في الحكومة المكلفة من البرلمان الليبي أن عدد القتلى جراء الفيضانات التي اجتاحت مدينة درنة بلغ 5300 قتيل، فيما لا يزال مصير نحو 8 آلاف شخص مجهولا.

وقال المتحدث باسم الوزارة إن فرق الإنقاذ انتشلت أكثر من 700 جثة خلال الساعات الماضية، ودفنت غالبيتها في مقابر جماعية.

وقالت المنظمة الدولية للهجرة إن 30 ألف شخص على الأقل نزحوا من المدينة.

وكانت العاصفة "دانيال" قد ضربت شرق ليبيا الأحد، ما أدى إلى انهيار سدين على مشارف درنة.`,
    gold: [
      'killed 5300 exact people | Libyan Interior Ministry | event',
      'missing 8000 about people | Libyan Interior Ministry | event',
      'killed 700 more_than people | Libyan Interior Ministry | event',
      'displaced 30000 at_least people | IOM | event',
    ],
  },
  {
    id: 'ar-lebanon2',
    lang: 'ar',
    published: '2024-10-25',
    text: `غارات إسرائيلية على جنوب لبنان تقتل 3 صحفيين

قتل ثلاثة صحفيين يعملون لقناتي الميادين والمنار في غارة إسرائيلية استهدفت مقر إقامتهم في بلدة حاصبيا جنوب لبنان فجر الجمعة، وفق ما أعلنت وزارة الصحة اللبنانية.

وأوضحت الوزارة في بيان أن الغارة استهدفت مجمعا يقيم فيه 18 صحفيا من 7 مؤسسات إعلامية.

وفي غارات أخرى على قرى قضاء صور، قتل 11 شخصا وأصيب 23 آخرون بجروح، بحسب الوزارة.

وأعلنت الوزارة أن حصيلة الغارات الإسرائيلية على لبنان منذ أكتوبر 2023 ارتفعت إلى 2593 قتيلا و12119 جريحا.`,
    gold: [
      'killed 3 exact civilians | Lebanese Health Ministry | event',
      'killed 11 exact people | Lebanese Health Ministry | event',
      'injured 23 exact people | Lebanese Health Ministry | event',
      'killed 2593 exact people | Lebanese Health Ministry | background',
      'injured 12119 exact people | Lebanese Health Ministry | background',
    ],
  },
];
