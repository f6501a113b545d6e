// Word lists for the story matcher: function words and news boilerplate (never distinctive), and
// event concepts (what happened, in five languages) so that reports in different languages of one
// kind of event can meet. Pure data.
import { fold } from './normalize.js';

const STOP_RAW = `
a an the and or but of in on at to for from by with without as is are was were be been being has have had
do does did not no nor so than then that this these those it its they them their there here which who whom
whose what when where why how all any both each few more most other some such only own same too very can
will would should could may might must shall just also into over under after before about against between
through during above below up down out off again further once new says said say told tells according
reported reports report per cent percent one two three four five six seven eight nine ten first last
least since while amid among including near around still yet now today yesterday tonight
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december year years week weeks day days month months time people killed
dead died death deaths toll wounded injured attack attacks official officials government forces news
le la les un une des du de d l et ou mais en au aux dans par pour sur sous avec sans ce cet cette ces
qui que quoi dont où est sont était été être a ont avait avoir fait plus moins selon depuis pendant lors
après avant entre vers contre chez aussi ainsi encore déjà tout tous toute toutes il ils elle elles
on leur leurs son sa ses se sa nous vous y n ne pas lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre an ans année
jour jours semaine morts mort tués tué blessés blessé personnes bilan attaque gouvernement forces
der die das den dem des ein eine einen einem einer eines und oder aber in im am an auf aus bei mit nach
von vor zu zum zur über unter durch für gegen ohne um ist sind war waren wurde wurden worden werden hat
haben hatte hatten sei seien es er sie wir ihr ihre sein seine seit bis als auch noch schon nicht kein
keine mehr sowie laut nach dem wie wo dass montag dienstag mittwoch donnerstag freitag samstag sonntag
januar februar märz juni juli oktober dezember jahr jahre jahren tag tage tagen woche menschen tote toten
getötet verletzt verletzte verletzten angriff angriffe regierung
el la los las un una unos unas y o pero de del al en por para con sin sobre bajo entre hacia desde
hasta según tras durante contra es son fue fueron ser sido está están estaba ha han había haber que
quien cual cuando donde como más menos muy ya también se su sus lo le les nos este esta estos estas ese
esa lunes martes miércoles jueves viernes sábado domingo enero febrero abril mayo junio julio agosto
septiembre setiembre octubre noviembre diciembre año años día días semana muertos muerto heridos
herido personas ataque ataques gobierno fuerzas
في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قد لقد لم لن ما لا أن ان إن
أو او ثم بعد قبل حتى منذ خلال بين عند كل بعض وقال قال قالت وقالت أعلن اعلن أفاد وفق وفقا حسب اليوم
أمس الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد شخص أشخاص قتيل قتلى جريح جرحى مقتل هجوم
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  STOP_RAW.split(/\s+/)
    .filter(Boolean)
    .map((w) => fold(w)),
);

/**
 * Event concepts: a key and stems (folded, matched at a word's start; German compounds also
 * inside a word when the stem is long). Kinds of event and of target, so that a missile strike
 * on a hospital meets "frappe de missile sur un hôpital" and not a drone attack on a market.
 */
const CONCEPTS_RAW: Record<string, string[]> = {
  airstrike: ['airstrike', 'air strike', 'air raid', 'warplane', 'jet', 'bombard', 'bombing', 'frappe aérienne', 'frappes aériennes', 'raid aérien', 'aérien', 'aérienne', 'luftangriff', 'luftschlag', 'bombardier', 'kampfjet', 'kampfflugzeug', 'bombarde', 'ataque aéreo', 'aviación', 'غاره', 'غارات', 'طيران', 'الطيران', 'قصف جوي'],
  missile: ['missile', 'rocket', 'ballistic', 'roquette', 'balistique', 'rakete', 'raketen', 'marschflugkörper', 'misil', 'cohete', 'balístico', 'صاروخ', 'صواريخ', 'صاروخي', 'باليستي'],
  drone: ['drone', 'uav', 'shahed', 'drohne', 'dron', 'مسيره', 'مسيرات', 'درون'],
  shelling: ['shell', 'artillery', 'mortar', 'obus', 'artillerie', 'pilonn', 'mortier', 'beschuss', 'granat', 'mörser', 'artillería', 'obuse', 'mortero', 'قذيف', 'قذائف', 'مدفعي', 'هاون'],
  offensive: ['offensive', 'advance', 'clash', 'fighting', 'battle', 'assault', 'combat', 'affrontement', 'avancée', 'offensiv', 'kämpf', 'gefecht', 'vormarsch', 'ofensiva', 'enfrentamiento', 'combate', 'avance', 'هجوم', 'اشتباك', 'معارك', 'معركه', 'تقدم'],
  bombing: ['explosion', 'blast', 'explosive', 'suicide', 'bomber', 'car bomb', 'ied', 'attentat', 'kamikaze', 'piégé', 'explosi', 'anschlag', 'selbstmord', 'sprengsatz', 'autobombe', 'atentado', 'suicida', 'coche bomba', 'انفجار', 'تفجير', 'انتحاري', 'مفخخ', 'ناسف'],
  shooting: ['shooting', 'gunmen', 'gunfire', 'shot dead', 'opened fire', 'fusillade', 'hommes armés', 'abattu', 'schüsse', 'schütze', 'bewaffnet', 'tiroteo', 'balacera', 'pistoler', 'hombres armados', 'اطلاق نار', 'مسلحين', 'مسلحون'],
  massacre: ['massacre', 'massaker', 'masacre', 'مجزره', 'مذبحه'],
  hospital: ['hospital', 'clinic', 'hôpital', 'clinique', 'krankenhaus', 'klinik', 'spital', 'clínica', 'مستشفي', 'مشفي'],
  school: ['school', 'école', 'schule', 'escuela', 'colegio', 'مدرسه', 'مدارس'],
  market: ['market', 'marché', 'markt', 'mercado', 'سوق'],
  worship: ['mosque', 'church', 'mosquée', 'église', 'moschee', 'kirche', 'mezquita', 'iglesia', 'مسجد', 'كنيسه', 'جامع'],
  camp: ['camp', 'tent', 'shelter', 'tente', 'abri', 'lager', 'zelt', 'notunterkunft', 'campamento', 'tienda', 'refugio', 'مخيم', 'خيام', 'مأوي', 'ملجا'],
  residential: ['apartment', 'residential', 'building', 'house', 'immeuble', 'résidentiel', 'bâtiment', 'maison', 'wohnhaus', 'wohngebäude', 'hochhaus', 'gebäude', 'edificio', 'vivienda', 'residencial', 'مبني', 'مباني', 'منزل', 'عماره', 'سكني'],
  aid: ['aid', 'convoy', 'humanitarian worker', 'distribution', 'food', 'convoi', 'distribution', 'hilfsgüter', 'konvoi', 'hilfskonvoi', 'lebensmittel', 'ayuda', 'convoy', 'alimentos', 'مساعدات', 'قافله', 'توزيع'],
  energy: ['power plant', 'energy', 'grid', 'electric', 'centrale', 'énergie', 'énergétique', 'kraftwerk', 'energie', 'strom', 'central eléctrica', 'energía', 'energétic', 'الطاقه', 'محطه كهرباء', 'كهرباء'],
  transport: ['train', 'railway', 'station', 'bus', 'gare', 'ferroviaire', 'zug', 'bahnhof', 'tren', 'estación', 'autobús', 'قطار', 'حافله'],
  sea: ['boat', 'ship', 'shipwreck', 'vessel', 'capsize', 'bateau', 'navire', 'naufrage', 'boot', 'schiff', 'kentern', 'barco', 'buque', 'naufragio', 'قارب', 'سفينه', 'غرق'],
  prison: ['prison', 'jail', 'gefängnis', 'prisión', 'cárcel', 'سجن'],
  port: ['port', 'harbour', 'harbor', 'hafen', 'puerto', 'ميناء'],
  earthquake: ['earthquake', 'quake', 'séisme', 'tremblement', 'erdbeben', 'terremoto', 'sismo', 'زلزال'],
  flood: ['flood', 'inondation', 'crue', 'überschwemm', 'hochwasser', 'inundacion', 'inundación', 'riada', 'فيضان', 'سيول'],
  landslide: ['landslide', 'mudslide', 'glissement', 'erdrutsch', 'deslizamiento', 'انهيار ارضي'],
  storm: ['storm', 'cyclone', 'hurricane', 'typhoon', 'tempête', 'ouragan', 'sturm', 'wirbelsturm', 'hurrikan', 'tormenta', 'huracán', 'ciclón', 'إعصار', 'عاصفه'],
  fire: ['fire', 'blaze', 'incendie', 'feuer', 'brand', 'incendio', 'حريق'],
  ceasefire: ['ceasefire', 'truce', 'cessez', 'trêve', 'waffenruhe', 'waffenstillstand', 'feuerpause', 'alto el fuego', 'tregua', 'هدنه', 'وقف اطلاق النار'],
  hostages: ['hostage', 'captive', 'otage', 'geisel', 'rehén', 'rehenes', 'رهائن', 'رهينه', 'اسري'],
  kidnapping: ['kidnap', 'abduct', 'enlèvement', 'enlevé', 'entführ', 'secuestr', 'اختطاف', 'خطف'],
  protest: ['protest', 'demonstrat', 'manifestation', 'manifestant', 'protesta', 'manifestación', 'manifestante', 'احتجاج', 'متظاهر', 'تظاهر'],
  famine: ['famine', 'starvation', 'hunger', 'malnutrition', 'hungersnot', 'hambruna', 'desnutrición', 'مجاعه', 'جوع'],
  epidemic: ['cholera', 'outbreak', 'epidemic', 'choléra', 'épidémie', 'cholera', 'epidemie', 'cólera', 'epidemia', 'كوليرا', 'وباء'],
  displacement: ['displac', 'fled', 'flee', 'exodus', 'déplacé', 'fuite', 'fuient', 'vertrieb', 'flucht', 'geflohen', 'desplazad', 'huida', 'huyeron', 'نزوح', 'نازح', 'فرار'],
  raid: ['raid', 'incursion', 'operation', 'razzia', 'opération', 'einsatz', 'razzia', 'operativo', 'incursión', 'اقتحام', 'مداهمه', 'عمليه'],
};

export interface Concept {
  key: string;
  /** single-word stems (folded) */
  stems: string[];
  /** multi-word phrases (folded token arrays) */
  phrases: string[][];
}

export const CONCEPTS: Concept[] = Object.entries(CONCEPTS_RAW).map(([key, list]) => {
  const stems: string[] = [];
  const phrases: string[][] = [];
  for (const w of list) {
    const parts = fold(w).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length > 1) phrases.push(parts);
    else if (parts.length === 1) stems.push(parts[0]);
  }
  return { key, stems: [...new Set(stems)], phrases };
});
