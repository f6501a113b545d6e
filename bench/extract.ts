// Throughput of extractFigures on synthetic news articles (2–6 KB, en/fr/de/es/ar), one process.
// usage: npm run bench [-- --articles N] [--rounds R] [--dump FILE]
// --dump FILE writes the articles as JSON lines {id,lang,text} (input for `sitrep analyze`) and exits.
// Articles are built from templates written for this bench (no real article text): a headline,
// casualty sentences with hedges, groups, reporters and time phrases, and filler paragraphs.
import { writeFileSync } from 'node:fs';
import { extractFigures } from '../src/analysis/figures/index.js';
import type { Lang } from '../src/analysis/types.js';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const N = arg('articles', 1500);
const ROUNDS = arg('rounds', 3);
const dumpAt = argv.indexOf('--dump');
const DUMP = dumpAt >= 0 ? argv[dumpAt + 1] : undefined;

// Deterministic PRNG (mulberry32).
let seed = 0x5eed;
const rnd = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const num = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo));
const fmt = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

interface Templates {
  places: string[];
  reporters: string[];
  hedges: string[];
  groups: string[];
  casualty: ((n: string, g: string, h: string, r: string, p: string) => string)[];
  filler: string[];
  headline: (n: string, p: string) => string;
  sep: string;
}

const T: Record<Lang, Templates> = {
  en: {
    places: ['Kharkiv', 'El Fasher', 'Khan Younis', 'Goma', 'Taiz', 'Mopti', 'Aleppo', 'Mekelle', 'Sittwe', 'Kunduz'],
    reporters: ['the health ministry said', 'according to the UN humanitarian office', 'a local official told reporters', 'the regional governor said on Telegram', 'the monitoring group reported'],
    hedges: ['at least', 'more than', 'nearly', 'about', 'up to', ''],
    groups: ['people', 'civilians', 'children', 'soldiers', 'fighters', 'women'],
    casualty: [
      (n, g, h, r, p) => `Shelling on ${p} killed ${h} ${n} ${g} on Tuesday, ${r}.`,
      (n, g, h, r, p) => `${cap(h)} ${n} ${g} were wounded when a drone struck a market in ${p}, ${r}.`,
      (n, g, h, r, p) => `The death toll from the strikes on ${p} rose to ${n}, ${r}.`,
      (n, g, h, r, p) => `Fighting around ${p} has forced ${h} ${n} families from their homes since the weekend, ${r}.`,
      (n, _g, h, r, p) => `${cap(h)} ${n} people were killed and dozens more injured in ${p}, ${r}, including 3 children.`,
      (n, _g, _h, _r, p) => `The war has killed more than ${n} people since it began, and 14 villages near ${p} lie in ruins.`,
    ],
    filler: [
      'The offensive is the largest in months and has drawn condemnation from neighbouring governments, which called for an immediate halt to the hostilities and for access for aid convoys.',
      'Residents described a night of heavy bombardment, with explosions shaking buildings across the city until dawn. Many said they had nowhere left to go.',
      'Diplomats at the United Nations were due to meet later in the week to discuss a ceasefire proposal, although previous rounds of talks have made little progress.',
      'Aid agencies warned that hospitals were running out of fuel and medicine, and that roads into the area had been cut by the fighting for the third time this year.',
      'Analysts said the advance reflected a shift in the balance of forces on the ground after months of attrition along a front line of more than 1,000 kilometres.',
    ],
    headline: (n, p) => `${n} killed in strikes on ${p} as fighting intensifies`,
    sep: ',',
  },
  fr: {
    places: ['Kharkiv', 'El-Facher', 'Khan Younès', 'Goma', 'Taëz', 'Mopti', 'Alep', 'Mekele'],
    reporters: ['selon le ministère de la Santé', "a indiqué l'Observatoire syrien des droits de l'homme", 'a déclaré un responsable local à l’AFP', 'selon les secours'],
    hedges: ['au moins', 'plus de', 'près de', 'environ', "jusqu'à", ''],
    groups: ['personnes', 'civils', 'enfants', 'soldats', 'combattants', 'femmes'],
    casualty: [
      (n, g, h, r, p) => `Des bombardements sur ${p} ont tué ${h} ${n} ${g} mardi, ${r}.`,
      (n, g, h, r, p) => `${cap(h)} ${n} ${g} ont été blessés lorsqu'un drone a frappé un marché de ${p}, ${r}.`,
      (n, _g, _h, r, p) => `Le bilan des frappes sur ${p} s'élève désormais à ${n} morts, ${r}.`,
      (n, _g, h, r, p) => `Les combats autour de ${p} ont déplacé ${h} ${n} familles depuis le week-end, ${r}.`,
      (n, _g, _h, _r, p) => `La guerre a fait plus de ${n} morts depuis 2011, et 14 villages près de ${p} sont en ruines.`,
    ],
    filler: [
      "L'offensive est la plus importante depuis des mois et a suscité la condamnation des gouvernements voisins, qui ont appelé à un arrêt immédiat des hostilités.",
      'Les habitants ont décrit une nuit de bombardements intenses, les explosions faisant trembler les immeubles de toute la ville jusqu’à l’aube.',
      "Les diplomates de l'ONU doivent se réunir plus tard dans la semaine pour discuter d'une proposition de cessez-le-feu, sans grand espoir de progrès.",
      "Les agences humanitaires ont averti que les hôpitaux manquaient de carburant et de médicaments, et que les routes avaient été coupées par les combats.",
    ],
    headline: (n, p) => `${n} morts dans des frappes sur ${p}`,
    sep: '\u202f',
  },
  de: {
    places: ['Charkiw', 'Al-Faschir', 'Chan Junis', 'Goma', 'Tais', 'Mopti', 'Aleppo', 'Mekelle'],
    reporters: ['teilte das Gesundheitsministerium mit', 'sagte ein örtlicher Beamter', 'berichtete die Syrische Beobachtungsstelle für Menschenrechte', 'laut den Vereinten Nationen'],
    hedges: ['mindestens', 'mehr als', 'fast', 'rund', 'bis zu', ''],
    groups: ['Menschen', 'Zivilisten', 'Kinder', 'Soldaten', 'Kämpfer', 'Frauen'],
    casualty: [
      (n, g, h, r, p) => `Bei Angriffen auf ${p} wurden am Dienstag ${h} ${n} ${g} getötet, ${r}.`,
      (n, g, h, r, p) => `${cap(h)} ${n} ${g} wurden verletzt, als eine Drohne einen Markt in ${p} traf, ${r}.`,
      (n, _g, _h, r, p) => `Die Zahl der Toten nach den Angriffen auf ${p} stieg auf ${n}, ${r}.`,
      (n, _g, h, r, p) => `Die Kämpfe um ${p} haben seit dem Wochenende ${h} ${n} Familien vertrieben, ${r}.`,
      (n, _g, _h, _r, p) => `Der Krieg hat seit 2011 mehr als ${n} Menschen das Leben gekostet, 14 Dörfer bei ${p} liegen in Trümmern.`,
    ],
    filler: [
      'Die Offensive ist die größte seit Monaten und wurde von den Nachbarregierungen verurteilt, die einen sofortigen Stopp der Kampfhandlungen forderten.',
      'Bewohner schilderten eine Nacht schwerer Bombardements, die Explosionen erschütterten bis zum Morgengrauen Gebäude in der ganzen Stadt.',
      'Diplomaten der Vereinten Nationen wollen später in der Woche über einen Vorschlag für eine Waffenruhe beraten, frühere Gespräche blieben jedoch ergebnislos.',
      'Hilfsorganisationen warnten, dass den Krankenhäusern Treibstoff und Medikamente ausgingen und die Straßen durch die Kämpfe abgeschnitten seien.',
    ],
    headline: (n, p) => `${n} Tote bei Angriffen auf ${p}`,
    sep: '.',
  },
  es: {
    places: ['Járkov', 'El Fasher', 'Jan Yunis', 'Goma', 'Taiz', 'Mopti', 'Alepo', 'Mekele'],
    reporters: ['según el Ministerio de Sanidad', 'informó el Observatorio Sirio de Derechos Humanos', 'dijo un funcionario local', 'según Naciones Unidas'],
    hedges: ['al menos', 'más de', 'casi', 'unas', 'hasta', ''],
    groups: ['personas', 'civiles', 'niños', 'soldados', 'combatientes', 'mujeres'],
    casualty: [
      (n, g, h, r, p) => `Los bombardeos sobre ${p} mataron a ${h} ${n} ${g} el martes, ${r}.`,
      (n, g, h, r, p) => `${cap(h)} ${n} ${g} resultaron heridos cuando un dron alcanzó un mercado de ${p}, ${r}.`,
      (n, _g, _h, r, p) => `El balance de muertos por los ataques contra ${p} se elevó a ${n}, ${r}.`,
      (n, _g, h, r, p) => `Los combates en torno a ${p} han desplazado a ${h} ${n} familias desde el fin de semana, ${r}.`,
      (n, _g, _h, _r, p) => `La guerra ha dejado más de ${n} muertos desde 2011, y 14 aldeas cerca de ${p} están en ruinas.`,
    ],
    filler: [
      'La ofensiva es la mayor en meses y ha provocado la condena de los gobiernos vecinos, que pidieron el cese inmediato de las hostilidades.',
      'Los vecinos describieron una noche de intensos bombardeos, con explosiones que sacudieron los edificios de toda la ciudad hasta el amanecer.',
      'Los diplomáticos de Naciones Unidas se reunirán a finales de semana para debatir una propuesta de alto el fuego, aunque las rondas anteriores fracasaron.',
      'Las agencias humanitarias advirtieron de que los hospitales se están quedando sin combustible ni medicinas y de que las carreteras están cortadas.',
    ],
    headline: (n, p) => `${n} muertos en ataques contra ${p}`,
    sep: '.',
  },
  ar: {
    places: ['خاركيف', 'الفاشر', 'خان يونس', 'غوما', 'تعز', 'حلب', 'مقلي'],
    reporters: ['بحسب وزارة الصحة', 'وفق المرصد السوري لحقوق الإنسان', 'قال مسؤول محلي', 'بحسب الأمم المتحدة'],
    hedges: ['ما لا يقل عن', 'أكثر من', 'نحو', 'قرابة', ''],
    groups: ['شخصا', 'مدنيا', 'طفلا', 'جنديا', 'مقاتلا'],
    casualty: [
      (n, g, h, r, p) => `قتل ${h} ${n} ${g} في قصف على ${p} يوم الثلاثاء، ${r}.`,
      (n, g, h, r, p) => `أصيب ${h} ${n} ${g} عندما استهدفت طائرة مسيرة سوقا في ${p}، ${r}.`,
      (n, _g, _h, r, p) => `ارتفعت حصيلة القتلى في ${p} إلى ${n}، ${r}.`,
      (n, _g, h, r, p) => `نزحت ${h} ${n} عائلة من ${p} منذ نهاية الأسبوع، ${r}.`,
      (n, _g, _h, _r, p) => `أسفرت الحرب عن مقتل أكثر من ${n} شخص منذ عام 2011، ودمرت 14 قرية قرب ${p}.`,
    ],
    filler: [
      'وتعد هذه الهجمات الأعنف منذ أشهر، وقد أثارت إدانات من حكومات الدول المجاورة التي دعت إلى وقف فوري للأعمال القتالية والسماح بدخول المساعدات.',
      'ووصف السكان ليلة من القصف العنيف، إذ هزت الانفجارات المباني في أنحاء المدينة حتى الفجر، وقال كثيرون إنه لم يعد لديهم مكان يلجؤون إليه.',
      'ومن المقرر أن يجتمع دبلوماسيون في الأمم المتحدة في وقت لاحق من الأسبوع لبحث مقترح لوقف إطلاق النار، رغم أن الجولات السابقة لم تحرز تقدما.',
      'وحذرت وكالات الإغاثة من أن المستشفيات تعاني نقصا في الوقود والأدوية، وأن الطرق المؤدية إلى المنطقة قطعت بسبب القتال.',
    ],
    headline: (n, p) => `${n} قتيلا في غارات على ${p}`,
    sep: ',',
  },
};

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function article(lang: Lang): string {
  const t = T[lang];
  const place = pick(t.places);
  const target = 2048 + Math.floor(rnd() * 4096);
  const parts = [t.headline(String(num(3, 90)), place), ''];
  let len = parts[0].length;
  while (len < target) {
    const para: string[] = [];
    if (rnd() < 0.6) {
      const n = num(2, 60000);
      para.push(pick(t.casualty)(fmt(n, t.sep), pick(t.groups), pick(t.hedges), pick(t.reporters), place).replace(/\s+/g, ' '));
    }
    para.push(pick(t.filler));
    if (rnd() < 0.5) para.push(pick(t.filler));
    const p = para.join(' ');
    parts.push(p, '');
    len += p.length + 2;
  }
  return parts.join('\n');
}

const LANG_MIX: Lang[] = ['en', 'en', 'en', 'fr', 'de', 'es', 'ar'];

/** `n` synthetic articles, the same ones for the same `n` (seeded). */
export function makeArticles(n: number): { lang: Lang; text: string }[] {
  seed = 0x5eed;
  return Array.from({ length: n }, (_, i) => {
    const lang = LANG_MIX[i % LANG_MIX.length];
    return { lang, text: article(lang) };
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) run();

function run(): void {
  const articles = makeArticles(N);
  if (DUMP) {
    writeFileSync(DUMP, articles.map((a, i) => JSON.stringify({ id: `bench-${i}`, lang: a.lang, text: a.text }) + '\n').join(''));
    return;
  }
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);

  // warm-up (regex compilation, JIT)
  for (const a of articles.slice(0, 50)) extractFigures(a.text, { lang: a.lang, published: '2024-11-29' });

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  let figures = 0;
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      figures += extractFigures(a.text, { lang: a.lang, published: '2024-11-29' }).length;
      if ((i & 127) === 0) sample();
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, secs);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
    sample();
  }
  // per language, one round
  const perLang = new Map<Lang, { n: number; secs: number }>();
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    extractFigures(a.text, { lang: a.lang, published: '2024-11-29' });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const e = perLang.get(a.lang) ?? { n: 0, secs: 0 };
    e.n++;
    e.secs += secs;
    perLang.set(a.lang, e);
  }
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
  console.log(`articles: ${N} (${(bytes / N / 1024).toFixed(1)} KB on average, langs en/fr/de/es/ar), rounds: ${ROUNDS}`);
  console.log(`figures per round: ${figures / ROUNDS}`);
  console.log(`throughput (best round, wall clock): ${(N / best).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / best).toFixed(2)} MB/s`);
  console.log(`throughput (best round, CPU time of this process): ${(N / bestCpu).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / bestCpu).toFixed(2)} MB/s`);
  console.log(`per language: ${[...perLang].map(([l, e]) => `${l} ${(e.n / e.secs).toFixed(0)}/s`).join(', ')}`);
  console.log(`peak RSS: ${mb(maxRss)} MB, peak heap used: ${mb(peakHeap)} MB`);
}
