// French lexicon of the casualty-figure extractor. See ../types.ts for the pattern rules.
// Participles agree in gender and number ("tué", "tués", "tuée", "tuées"): patterns write the stem
// with `e?s?`. A count reaches its noun through "de" ("une vingtaine de civils", "2 millions de
// déplacés"), so group, kind and non-person nouns accept a leading "de"/"d'".
// Tolls may name a group ("le nombre de civils tués") and may come after their count ("a porté à 312
// le nombre de civils tués"). Verbs of exceeding/nearing carry their article into the hedge
// ("dépasse désormais les 700", "franchi le cap du millier"); "estime à" = about. "On compte N" is
// a tally, "la ville compte N habitants" a population (COMPTE). Students ("étudiants") are
// people; pupils ("élèves", "écoliers") are children, as "pupils" are in English; "une dizaine"/"une vingtaine" are counts (about).
import type { Locale, LocaleLexicon } from '../types.js';

/** Optional "de " / "d'" before a counted noun. */
const DE = String.raw`(?:de |d['’])?`;
const ag = (stem: string) => `${stem}(?:e|es|s)?`; // past participle agreement: tué, tués, tuée, tuées

const NATIONALITIES = String.raw`syriens?|syriennes?|ukrainiens?|ukrainiennes?|russes?|israéliens?|israéliennes?|palestiniens?|palestiniennes?|libanais(?:es?)?|soudanais(?:es?)?|irakiens?|irakiennes?|iraniens?|iraniennes?|afghans?|afghanes?|yéménites?|maliens?|maliennes?|burkinabè|burkinabés?|nigériens?|nigérianes?|nigérians?|congolais(?:es?)?|somaliens?|somaliennes?|éthiopiens?|éthiopiennes?|libyens?|libyennes?|turcs?|turques?|kurdes?|américains?|américaines?|français(?:es?)?|britanniques?|égyptiens?|égyptiennes?|tchadiens?|tchadiennes?|camerounais(?:es?)?|haïtiens?|haïtiennes?|gazaouis?|gazaouies?|rohingyas?|ouïghours?|arméniens?|arméniennes?|azerbaïdjanais(?:es?)?`;

/** "camp de déplacés" names a place, not a count of displaced people. */
const CAMP = String.raw`(?<!(?:camps?|sites?|centres?|abris|refuges?) (?:(?:de |d['’]|pour )(?:personnes )?)?)`;

/** Right after a count (digits or a number word): "estime à 1,2 million le nombre de déplacés". */
const AFTER_COUNT = String.raw`(?<=(?:\p{N}|million|millions|mille|cent|cents)[\s\u00A0])`;

/** Before a group noun: "de", or a toll phrase right after a count ("a porté à 312 le nombre de civils
 *  tués"), so the group is read from it and the kind from the noun after it. */
const GDE = String.raw`(?:le nombre (?:de |d['’])(?=[\p{L}]+ (?:tué|mort|décédé|blessé|déplacé|réfugié|disparu|enlevé|arrêté|détenu))|de |d['’])?`;

/** "compte" as "is home to" ("la ville compte 300 000 habitants") blocks a count; not "on compte 12
 *  morts" (a tally), nor a place that counts people by their kind ("la région compte 2 000 déplacés"). */
const COMPTE = String.raw`(?<!(?:^|[^\p{L}])on )compt(?:e|ent|ait|aient)(?! (?:(?:au moins|près de|plus de|environ|quelque|désormais|déjà) )*[\d\s\u00A0.,]+(?:millions? |milliers? )?(?:de |d['’])?(?:morts|tués|blessés|déplacés|réfugiés|disparus|victimes|otages|détenus|prisonniers|sans-abri))`;

/** Party patterns "<force noun> <nationality>" with an English name per nationality. */
function national(force: string, rows: Array<[string, string]>) {
  return rows.map(([nat, party]) => ({ re: `${force} (?:${nat})`, party }));
}

const lexicon: LocaleLexicon = {
  lang: 'fr',
  kinds: [
    // killed
    { kind: 'killed', role: 'both', re: [ag('tué'), ag('éliminé'), ag('abattu'), ag('assassiné'), ag('massacré'), ag('exécuté'), ag('fusillé'), ag('décapité'), ag('égorgé'), ag('lynché'), ag('mortellement touché'), ag('mortellement blessé'), ag('neutralisé')].join('|') },
    // the drowned are dead: "14 personnes se sont noyées", "morts noyés"
    { kind: 'killed', role: 'post', re: String.raw`(?:se sont|s['’]est|se seraient) noyée?s?|(?:sont |ont )?(?:morte?s|péri) noyée?s?|noyée?s` },
    // a force's losses: "l'armée a perdu 12 hommes", "la perte de 9 soldats"
    { kind: 'killed', role: 'pre', re: String.raw`(?:a|ont|avait|avaient|aurait|auraient) perdu(?= (?:au moins |plus de |près de |environ |quelque )?[\p{N}\p{L}\-]+(?: [\p{N}]+)? (?:de ses |de leurs )?(?:hommes|soldats|militaires|combattants|éléments|policiers|gendarmes|casques bleus))|(?:la |les )?pertes? de(?= (?:au moins |plus de |près de |quelque )?[\p{N}\p{L}\-]+(?: [\p{N}]+)? (?:de ses |de leurs )?(?:hommes|soldats|militaires|combattants|éléments|policiers|gendarmes|casques bleus))` },
    // the buried are dead (not "enterrés vivants", "ensevelis sous les décombres": missing)
    { kind: 'killed', role: 'both', re: String.raw`(?:enterré|inhumé)(?:e|es|s)?(?! (?:vivante?s?|sous))` },
    // a side's claim: "19 combattants qu'elle dit avoir éliminés", "qui affirme avoir tué 30 soldats"
    { kind: 'killed', role: 'both', re: String.raw`(?:qu['’](?:il|elle|ils|elles|on)|qui) (?:dit|disent|affirme|affirment|assure|assurent|revendique|revendiquent|déclare|déclarent) avoir (?:tué|éliminé|abattu|neutralisé|exécuté)(?:e|es|s)?` },
    { kind: 'killed', role: 'pre', re: String.raw`parmi les (?:morts|tués|victimes|personnes tuées) (?:figurent|figuraient|se trouvent|se trouvaient|on compte|on dénombre|il y a)|les corps (?:sans vie )?de|les dépouilles de|tuant|tue|tuent|tuer|a coûté la vie à|ont coûté la vie à|coûté la vie à|coûtant la vie à|coûte la vie à|causant la mort de|causé la mort de|provoquant la mort de|provoqué la mort de|entraînant la mort de|la mort de|mort de|les morts de|le décès de|décès de|la vie de|massacrant|exécutant|abattant` },
    { kind: 'killed', role: 'post', re: String.raw`${AFTER_COUNT}(?:le|un) (?:nombre|bilan) (?:de|des) (?:morts|tués|victimes|décès)|${AFTER_COUNT}le bilan(?! (?:des|de) (?:blessés|déplacés|réfugiés|disparus|dégâts))|sont mortes|est mort|est morte|étaient morts|sont décédés|sont décédées|est décédé|est décédée|sont tombés|sont tombées|ont péri|a péri|périssent|ont trouvé la mort|a trouvé la mort|trouvent la mort|ont perdu la vie|a perdu la vie|perdent la vie|ont succombé|a succombé|succombé|meurent|mouraient|sont tombés sous les balles|(?:ont été|sont|étaient) retrouvés morts|ont été retrouvées mortes|figurent parmi les morts|parmi les morts|parmi les victimes|parmi les tués|décédés|décédées|morts|mortes|tombés|victimes mortelles` },
    { kind: 'killed', role: 'noun', re: String.raw`${DE}(?:morts|mortes|tués|tuées|décès|martyrs|cadavres|corps sans vie|corps|dépouilles|victimes mortelles|personnes tuées|personnes décédées|homicides|meurtres|assassinats)` },
    // remains: "les restes de 30 personnes"
    { kind: 'killed', role: 'pre', re: String.raw`(?:les )?restes (?:humains )?de|les ossements de` },
    // "les victimes sont au nombre de 23"
    { kind: 'killed', role: 'toll', re: String.raw`les (?:victimes|morts|tués|décès) (?:sont|étaient|seraient) (?:désormais |déjà |maintenant )?au nombre` },
    { kind: 'injured', role: 'toll', re: String.raw`les blessés (?:sont|étaient|seraient) (?:désormais |déjà |maintenant )?au nombre` },
    { kind: 'killed', role: 'toll', re: String.raw`(?:le |un |ce |nouveau |dernier )?bilan(?: humain| provisoire| officiel| total| global| définitif| actualisé| macabre| des morts| des victimes| des décès)?|nombre (?:de |des |d['’])(?:[\p{L}]+ )?(?:morts|mortes|tués|tuées|victimes|décès|martyrs)|décompte des morts|le nombre de morts|le nombre de tués|les morts (?:se chiffrent|sont)` },
    // injured
    { kind: 'injured', role: 'both', re: [ag('blessé'), ag('grièvement blessé'), ag('légèrement blessé'), ag('mutilé'), ag('battu'), ag('passé à tabac')].join('|') },
    { kind: 'injured', role: 'pre', re: String.raw`parmi les blessés (?:figurent|figuraient|se trouvent|se trouvaient|on compte|on dénombre|il y a)|blessant|blesse|blessent|blesser|faisant également|et blessé` },
    { kind: 'injured', role: 'post', re: String.raw`${AFTER_COUNT}le (?:nombre|bilan) (?:de|des) blessés|(?:souffr(?:ent|aient|ant)|présent(?:ent|aient|ant)) (?:de|des) blessures|(?:ont été|sont|étaient|ont dû être) (?:hospitalisés|hospitalisées|soignés|soignées|pris en charge)|hospitalisés|hospitalisées|souffrent de blessures|ont été touchés|sont dans un état grave|dans un état critique|grièvement atteints` },
    { kind: 'injured', role: 'noun', re: String.raw`${DE}(?:blessés|blessées|blessés graves|personnes blessées)` },
    { kind: 'injured', role: 'toll', re: String.raw`nombre (?:de |des |d['’])(?:[\p{L}]+ )?(?:blessés|blessées)|bilan des blessés` },
    // displaced
    { kind: 'displaced', role: 'both', re: CAMP + [ag('déplacé'), ag('chassé'), ag('expulsé'), ag('déraciné'), ag('forcé') + ' de fuir', ag('contraint') + ' de fuir', ag('contraint') + ' à fuir', ag('poussé') + ' à fuir', ag('jeté') + ' sur les routes', ag('forcé') + ' à quitter leurs? (?:foyers?|maisons?|domiciles?)'].join('|') },
    // "a poussé 10 000 personnes à fuir", "forcé 500 familles à quitter leurs maisons"
    { kind: 'displaced', role: 'post', re: String.raw`(?:à|de) (?:fuir|quitter (?:leurs?|ses) (?:foyers?|maisons?|domiciles?|logements?|villages?|terres?)|prendre la fuite|partir)(?<=(?:poussé|poussant|poussent|pousse|forcé|forçant|forcent|force|contraint|contraignant|obligé|obligeant)[^;]{1,90})` },
    { kind: 'displaced', role: 'pre', re: String.raw`déplaçant|forçant|contraignant|poussant|jetant sur les routes|le déplacement de|l['’]exode de|la fuite de` },
    { kind: 'displaced', role: 'post', re: String.raw`${AFTER_COUNT}le nombre (?:de|des) (?:déplacés|réfugiés|personnes déplacées)|(?:ont dû|ont été contraintes? de|ont été forcée?s de|ont été obligée?s de|doivent|devaient) (?:fuir|quitter leurs? (?:foyers?|maisons?|domiciles?|logements?|villages?|terres?))|(?:sont|étaient|seraient) arrivée?s|fuyant(?: les (?:combats|violences|affrontements|bombardements)| la guerre)?|ont quitté (?:le|les) camps?|(?:ont|a|avaient|avait) (?:déjà |aussi |également |ainsi |encore )?fui|fuient|fuyaient|ont dû fuir|ont franchi la frontière|pour fuir (?:les|la|le|l['’])|nouvellement arrivée?s|ont pris la fuite|ont quitté leurs? (?:foyers?|maisons?|domiciles?|villages?)|ont quitté la ville|ont abandonné leurs? (?:foyers?|maisons?)|se sont réfugiés|se sont réfugiées|ont trouvé refuge|ont cherché refuge|ont traversé la frontière|sont arrivés|ont perdu leurs? (?:foyers?|maisons?|logements?)|(?:ont été|sont) (?:déplacés|jetés sur les routes)|sans[- ]abri` },
    { kind: 'displaced', role: 'noun', re: String.raw`${CAMP}${DE}(?:déplacés|déplacées|réfugiés|réfugiées|déplacés internes|personnes déplacées|sans-abri|sinistrés)` },
    { kind: 'displaced', role: 'toll', re: String.raw`nombre (?:de |des )(?:déplacés|réfugiés|personnes déplacées)` },
    // missing
    { kind: 'missing', role: 'both', re: [ag('disparu'), ag('porté') + ' disparus?', ag('portée') + ' disparues?'].join('|') + String.raw`|introuvables|manquent (?:toujours |encore )?à l['’]appel|(?:sont |restent )?(?:toujours |encore )recherchée?s|(?:toujours |encore )?sous les décombres|ensevelis(?:es)? sous les décombres` },
    { kind: 'missing', role: 'pre', re: String.raw`(?:on )?ignore (?:toujours |encore )?le sort de|(?:on est |restent |reste )?sans nouvelles? de|la disparition de|les recherches pour retrouver` },
    { kind: 'missing', role: 'noun', re: String.raw`${DE}(?:disparus|disparues|personnes disparues)` },
    { kind: 'missing', role: 'toll', re: String.raw`nombre (?:de |des |d['’])(?:[\p{L}]+ )?(?:disparus|disparues)` },
    // detained
    { kind: 'detained', role: 'both', re: [ag('arrêté'), ag('interpellé'), ag('enlevé'), ag('kidnappé'), ag('capturé'), ag('incarcéré'), ag('emprisonné'), ag('appréhendé'), ag('séquestré'), ag('fait') + ' prisonniers?', ag('pris') + ' en otages?', ag('placé') + ' en garde à vue', ag('placé') + ' en détention', ag('mis') + ' aux arrêts', ag('écroué'), ag('placé') + ' sous mandat de dépôt', ag('retenu') + ' en otages?', ag('fait') + ' prisonnières?'].join('|') },
    { kind: 'detained', role: 'pre', re: String.raw`(?:retien(?:nent|t)|détien(?:nent|t)|retenaient|détenaient)(?: toujours| encore)? (?:en otages?|en captivité|prisonniers?)|l['’]interpellation de|interpellation de|l['’]incarcération de|arrêtant|enlevant|kidnappant|capturant|arrêter|enlever|l['’]arrestation de|arrestation de|l['’]enlèvement de|enlèvement de|la capture de|la détention de|a arrêté|ont arrêté|a enlevé|ont enlevé|a capturé|ont capturé` },
    { kind: 'detained', role: 'post', re: String.raw`(?:sont|restent|étaient|demeurent|sont toujours|sont encore) (?:détenus|détenues|retenus|retenues|en détention|aux mains|en captivité|otages)|otages|en détention` },
    { kind: 'detained', role: 'noun', re: String.raw`${DE}(?:otages|détenus|détenues|prisonniers|prisonnières|captifs|personnes arrêtées|arrestations|interpellations|prisonniers de guerre)` },
  ],
  groups: [
    { who: 'civilians', re: String.raw`${GDE}(?:civils|civiles|civil|civile|non-combattants|humanitaires|travailleurs humanitaires|employés humanitaires|agents humanitaires|journalistes|journaliste|secouristes|secouriste|médecins|médecin|infirmiers|infirmières|infirmier|infirmière|enseignant|enseignante|soignants|soignantes|personnels? soignants?|personnels? de santé|personnels? médicaux|membres de la défense civile|casques blancs|enseignants|employés de l['’]onu|membres du personnel de l['’]onu)` },
    { who: 'children', re: String.raw`${GDE}(?:lycéennes|lycéens|élèves|enfants|enfant|mineurs|mineures|mineur|bébés|bébé|nourrissons|écoliers|écolières|collégiens|collégiennes|adolescents|adolescentes|fillettes|garçons|petites filles|filles)` },
    { who: 'women', re: String.raw`${GDE}(?:femmes|femme|mères|femmes enceintes)` },
    { who: 'combatants', party: 'rebels', re: String.raw`${GDE}(?:rebelles|rebelle|insurgés|combattants rebelles|combattants de l['’]opposition|opposants armés)` },
    { who: 'combatants', party: 'police', re: String.raw`${GDE}(?:policiers|policières|policier|gendarmes|gendarme|agents de police|membres des forces de l['’]ordre|membres de la police|agents de sécurité)` },
    { who: 'combatants', party: 'pro-government militias', re: String.raw`${GDE}(?:miliciens|membres de milices|membres des milices|paramilitaires)` },
    { who: 'combatants', re: String.raw`${GDE}(?:casques bleus|soldats de la paix|soldats|soldat|militaires|militaire|troupes|combattants|combattant|djihadistes|jihadistes|islamistes|terroristes|mercenaires|assaillants|hommes armés|membres (?:des |du |de la |de l['’]|d['’])[\p{L}\- '’]{0,40}?(?:forces|armée|milices?|groupe|brigades?|mouvement|gardes?|police|régime|hezbollah|hamas|hts)|gardes-frontières|gardes-frontière|gardes|marins|pilotes|conscrits|réservistes|officiers|commandants|parachutistes|membres des forces de sécurité|forces de sécurité|éléments|kamikazes|talibans|talibants|shebabs|chebabs|houthis)` },
    { who: 'people', unit: 'families', re: String.raw`${GDE}(?:familles|famille)` },
    { who: 'people', unit: 'households', re: String.raw`${GDE}(?:foyers|ménages)` },
    { who: 'people', re: String.raw`${GDE}(?:personnes|personne|individus|habitants|villageois|résidents|jeunes|jeunes gens|fidèles|passagers|étudiants|étudiantes|employés|employées|salariés|salariées|fonctionnaires|commerçants|chauffeurs|touristes|mineurs de fond|orpailleurs|pèlerins|migrants|demandeurs d['’]asile|victimes|patients|hommes|ouvriers|travailleurs|agriculteurs|paysans|pêcheurs|manifestants|protestataires|fidèles|citoyens|ressortissants|âmes|autres|au total|en tout|${NATIONALITIES}|chrétiens|musulmans|alaouites|druzes|sunnites|chiites|yézidis|colons|étrangers|prisonniers|otages)` },
  ],
  nonPerson: String.raw`${DE}(?:tiers|quarts|villages?|villes?|localités?|quartiers?|provinces?|régions?|pays|camps?|sites?|positions?|frappes?(?: aériennes)?|raids?|bombardements?|attaques?|attentats?|obus|roquettes?|missiles?|drones?|mortiers?|projectiles?|explosions?|incidents?|affrontements|combats|opérations?|offensives?|fronts?|kilomètres?|km|milles|mètres?|m|pieds|hectares?|tonnes?|kg|kilos?|litres?|barils?|camions?|véhicules?|chars?|blindés|avions?|hélicoptères?|bateaux?|navires?|embarcations?|bus|autocars?|voitures?|maisons?|logements?|habitations?|bâtiments?|immeubles?|écoles?|hôpitaux|hôpital|cliniques?|mosquées?|églises?|abris?|tentes?|ponts?|routes?|barrages?|points? de contrôle|bases?|dépôts?|entrepôts?|magasins?|commerces?|marchés?|heures?|jours?|journées?|matinées?|soirées?|nuits?|semaines?|mois|ans|années?|décennies?|siècles?|minutes?|secondes?|fois|perquisitions|saisies|fouilles|reprises|vagues|pour ?cent|%|points?|dollars?|euros?|francs?|livres?|shekels?|roubles?|hryvnias?|voix|sièges?|pages?|articles?|résolutions?|rapports?|cas|repas|colis|doses?|lits?|ambulances?|convois?|cibles?|armes?|fusils?|brigades?|bataillons?|divisions?|régiments?|unités?|compagnies|sections|groupes?|factions?|organisations?|ong|partis?|nations?|députés|ministres|degrés?|étages?|pièces|cellules|tunnels?|prisons?|vols?|frontières?|ports?|aéroports?|têtes de bétail|moutons|chèvres|vaches|animaux|mines|langues|étapes|phases|lignes|mots|lettres|vidéos|images|photos|sanctions|mesures|ans de prison|kilomètres carrés|km2)`,
  maxModifiers: 3,
  stopAfter: String.raw`ont|a|sont|est|étaient|était|avaient|avait|seront|sera|auraient|aurait|ont été|a été|sont été|dont|qui|que|qu['’]|et|ou|mais|dans|en|à|au|aux|sur|sous|par|pour|avec|sans|depuis|pendant|durant|après|avant|lors|selon|d['’]après|parmi|entre|près|vers|contre|chez|le|la|les|l['’]|un|une|des|du|de|d['’]|ce|ces|cette|leur|leurs|son|sa|ses|il|ils|elle|elles|on|nous|se|s['’]|y|ne|n['’]|aussi|encore|déjà|tous|toutes|plus|moins|hier|aujourd['’]hui|cette semaine|par jour|pour cent|%|comme|tels|telles|lorsque|quand|alors|tandis|puisque|car|donc|ainsi|également|notamment|seulement|toujours|restent|reste|demeurent|laissant|faisant`,
  hedgesBefore: [
    { qualifier: 'at_least', re: String.raw`au moins|au minimum|pas moins de|pas moins d['’]|au bas mot|a minima|un minimum de|au moins de` },
    { qualifier: 'more_than', re: String.raw`plus de|plus d['’]|au-delà de|au delà de|davantage que|plus que|(?:dépassant|dépassé|dépasse|dépassent|dépassait|dépasser|franchi|franchit|franchir|excède|excédait)(?: désormais| déjà| maintenant| (?:ce )?(?:{WEEKDAY}))?(?: (?:les|(?:la barre|le cap|le seuil)(?: des| de| du)?))?|largement plus de|bien plus de|bien au-delà de|bien au delà de|nettement plus de|franchi la barre des|franchi le cap des|la barre des|le cap des|plus de la|plus des` },
    { qualifier: 'about', re: String.raw`environ|quelque|(?:estime|estiment|estimait|estimaient|évalue|évaluent|évaluait) (?:à|au)|autour de|aux alentours de|une estimation de|estimé à|estimés à|estimée à|estimées à|estimé|approximativement|à peu près|grosso modo|en gros|de l['’]ordre de|un nombre estimé à|un nombre estimé de|quelque part autour de|probablement|peut-être|sans doute` },
    { qualifier: 'nearly', re: String.raw`près de|près d['’]|presque|quasiment|pratiquement|pas loin de|pas loin d['’]|(?:frôlant|frôle|frôlait|avoisinant|avoisine|avoisinait|approchant|approche|approchait)(?: désormais| déjà)?(?: les)?|un peu moins de|un peu moins d['’]|juste en dessous de|tout près de|quasi` },
    { qualifier: 'up_to', re: String.raw`jusqu['’]à|jusqu['’]au|pas plus de|pas plus d['’]|au plus|au maximum|tout au plus|moins de|moins d['’]|pouvant atteindre|pourrait atteindre|jusqu['’]|un maximum de` },
  ],
  fillers: String.raw`(?:ce |le )?(?:{WEEKDAY})(?: matin| soir| après-midi)?|hier|aujourd['’]hui|dans la nuit|au total|un total de|en tout|au moins|encore|de plus|supplémentaires|autres|les|des|de|d['’]|le|la|l['’]|un|une|au|aux|seulement|officiellement|déjà|également|aussi|ainsi|respectivement|alors|hier|la vie à|la mort de`,
  hedgesAfter: [
    { qualifier: 'at_least', re: String.raw`ou plus|au moins|voire plus|au minimum|ou davantage|au bas mot` },
    { qualifier: 'more_than', re: String.raw`et plus|\+|et quelques` },
    { qualifier: 'about', re: String.raw`environ|à peu près|approximativement|ou presque` },
  ],
  range: { between: String.raw`entre|de`, and: String.raw`et|à|-|–|—`, to: String.raw`à|-|–|—|ou|voire` },
  subset: {
    before: String.raw`dont ceux de|dont celles de|dont ceux d['’]|dont celles d['’]|dont celui de|dont celle de|dont|parmi lesquels|parmi lesquelles|parmi eux|parmi elles|y compris|notamment|parmi les victimes figurent|parmi les morts figurent|parmi les blessés figurent|parmi les victimes|parmi les morts|parmi les tués|parmi les blessés|parmi les disparus|parmi les otages|parmi les déplacés|parmi les personnes (?:tuées|blessées|enlevées|arrêtées|disparues|déplacées)|en majorité|majoritairement|pour la plupart|la plupart|essentiellement|principalement|en particulier|parmi ces derniers`,
    after: String.raw`d['’]entre eux|d['’]entre elles|parmi eux|parmi elles|parmi les morts|parmi les victimes|parmi les blessés|parmi les tués|de ces derniers|d['’]entre les victimes|des victimes|des morts|des tués|des blessés|des otages|des disparus|des personnes (?:tuées|blessées|enlevées|disparues)`,
  },
  // an earlier or other value of the toll just given: "contre 57 la veille", "portant le bilan à 90"
  tollUpdate: String.raw`(?:est |a |était |avait )?(?:passée?|grimpé|montée?|augmenté|bondi) de|contre|comparé à|par rapport à|au lieu de|après un (?:précédent|premier) bilan de|(?:portant|ce qui porte|qui porte|ce qui fait passer) (?:le bilan|le total|le nombre)(?: (?:total|global))?(?: (?:des|de) (?:morts|victimes|tués))? à|(?:pour|soit) un total de`,
  others: String.raw`autres|d['’]autres`,
  coordination: String.raw`et de|et d['’]|et|ainsi que|plus|de même que|outre|,|, et|et encore|et au moins|et plus de|sans compter|en plus de|auxquels s['’]ajoutent`,
  relative: String.raw`(?:, )?(?:beaucoup|la plupart|plusieurs|certains|certaines|nombre|une partie|la moitié|un tiers|la majorité|une majorité|tous|toutes|aucun|aucune) d['’]entre (?:eux|elles)|qui|lesquels|lesquelles|auxquels|desquels`,
  blockers: String.raw`(?:a |ont |avoir |avait |avaient )?libéré|libérant|se sont évadés|se sont évadées|évadés|évadées|se sont échappés|évasion|piégés|piégées|coincés|coincées|bloqués|bloquées|encerclés|assiégés|abrités|s['’]abritent|s['’]abritaient|évacués|évacuées|évacuation|secourus|secourues|sauvés|sauvées|(?:a |ont |avoir |avait |avaient )?(?:évacué|secouru|sauvé)|évacuant|secourant|sauvant|libérés|libérées|relâchés|relâchées|remis en liberté|remises en liberté|libération|échangés|échangées|rapatriés|rapatriées|rentrés chez eux|sont rentrés|retournés|sont retournés|ont survécu|survivants|survivantes|rescapés|rescapées|rassemblés|rassemblées|se sont rassemblés|ont manifesté|manifestaient|ont défilé|ont participé|participaient|participent|vivent|vivaient|habitent|habitaient|résident|résidaient|hébergés|hébergées|accueillis|accueillies|accueille|accueillait|abrite|abritait|${COMPTE}|peuplée de|peuplé de|ont besoin|a besoin|besoin|risquent|risque|menacés|menacées|mobilisés|déployés|déployé|recrutés|envoyés|stationnés|formés|employés|vaccinés|nourris|ont reçu|recevront|enregistrés|inscrits|ont voté|attendent|attendaient|entassés|entassées`,
  notCountBefore: String.raw`résolution|route|autoroute|brigade|régiment|division|bataillon|corps|armée|article|vol|n°|no\.|numéro|unité|section|secteur|porte|bloc|bâtiment|chapitre|paragraphe|niveau|phase|étape|catégorie|type|modèle|chambre|salle|zone|district|camp|groupe|chaîne|page|ligne|bus|tour|terminal|quai|kilomètre|km|heure|heures|jour|jours|année|années|âgé de|âgée de|âgés de|âgées de|âge de|l['’]âge de|volume|saison|épisode|mandat|classe|taille|appartement|maison|rue|avenue|boulevard|place|point de contrôle|base|position|colline|hauteur|point|poste|lit|cellule|sortie|échangeur|covid-|f-|su-|mig-|mi-|t-|al-|kh-|g|m|hauteur de`,
  notCountAfter: String.raw`e|er|re|ère|ème|eme|è|es|èmes|ans|an|-ans|%|pour cent|pour ?cent|h|heures|heure|km|kilomètres|m|mètres|cm|kg|°|mois|jours|semaines|minutes|fois|-année|ans et demi|ans de prison|millimètres|mm`,
  tollLink: String.raw`à|a|de|d['’]|(?:bilan|morts|tués|victimes|décès|blessés|déplacés|réfugiés|disparus)(?: (?:désormais|déjà|maintenant))?|est de|était de|s['’]élève à|s['’]élevait à|s['’]élève désormais à|s['’]est alourdi à|s['’]établit à|s['’]établissait à|atteint|atteignait|a atteint|atteint désormais|passé à|est passé à|est passé de|grimpé à|a grimpé à|monté à|est monté à|porté à|a été porté à|revu à la hausse à|dépassé|dépasse|a dépassé|:|–|-|—|désormais de|désormais à|fait état de|faisait état de|est désormais de|alourdi à|totalise|s['’]établit désormais à|culmine à|s['’]élèvent à|sont|est|était|ont atteint|de plus de|de près de|d['’]au moins|d['’]environ`,
  clauseBreak: String.raw`mais|tandis que|alors que|cependant|toutefois|en revanche|par ailleurs|en outre|ailleurs|(?<!(?:jours?|semaines?|mois|heures?|ans) )plus tôt|(?<!(?:jours?|semaines?|mois|heures?|ans) )plus tard|néanmoins|pourtant|quant à`,
  months: String.raw`janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\.?|févr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?`,
  partitive: String.raw`de(?: ses| leurs| ces| nos)?|d['’]`,
  monthNames: [
    String.raw`janvier|janv\.?`, String.raw`février|fevrier|févr\.?`, String.raw`mars`, String.raw`avril|avr\.?`, String.raw`mai`, String.raw`juin`,
    String.raw`juillet|juil\.?`, String.raw`août|aout`, String.raw`septembre|sept\.?`, String.raw`octobre|oct\.?`, String.raw`novembre|nov\.?`, String.raw`décembre|decembre|déc\.?`,
  ],
  weekdays: String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`,
  weekdayNames: [String.raw`lundi`, String.raw`mardi`, String.raw`mercredi`, String.raw`jeudi`, String.raw`vendredi`, String.raw`samedi`, String.raw`dimanche`],
  reporter: {
    sourceBefore: String.raw`selon un bilan de|selon le bilan de|selon un nouveau bilan de|selon le dernier bilan de|selon les chiffres de|selon des chiffres de|selon un décompte de|d['’]après un bilan de|d['’]après le bilan de|d['’]après les chiffres de|relayé par|relayés par|annoncé par|confirmé par|fourni par|fournis par|publié par|publiés par|communiqué par|recensés par|recensé par|dénombrés par|établi par|selon|d['’]après|citant|cité par|citée par|cités par`,
    saidVerbs: String.raw`a indiqué|a déclaré|a affirmé|a annoncé|a rapporté|a précisé|a ajouté|a fait savoir|a fait état|a dit|a confirmé|a estimé|a recensé|a dénombré|a signalé|a souligné|a expliqué|a assuré|a averti|a communiqué|a publié|a tweeté|a écrit|a relevé|a comptabilisé|a rapporté|a encore indiqué|a-t-il indiqué|a-t-elle indiqué|a-t-il déclaré|a-t-elle déclaré|a-t-il ajouté|a-t-elle ajouté|a-t-il précisé|a-t-elle précisé|a-t-il dit|a-t-elle dit|ont-ils indiqué|ont-ils déclaré|ont indiqué|ont déclaré|ont annoncé|ont rapporté|ont précisé|ont ajouté|ont affirmé|ont confirmé|ont fait savoir|ont dit|ont signalé|ont recensé|avait fait état|avait indiqué|avait annoncé|avait rapporté|avait déclaré|avait précisé|avaient indiqué|indique|déclare|affirme|annonce|rapporte|précise|ajoute|fait savoir|fait état|dit|confirme|estime|recense|dénombre|signale|souligne|explique|assure|avertit|comptabilise|communique|écrit|indiquait|déclarait|annonçait|rapportait|précisait|ajoutait|affirmait|indiquent|annoncent|rapportent|affirment|déclarent|précisent|ajoutent|signalent|font état|selon qui|a fourni|a livré|a publié un bilan|ont publié`,
    sourceStop: String.raw`établi|établie|établis|publié|publiée|compilé|que|qu['’]|qui|lequel|laquelle|dont|hier|aujourd['’]hui|plus tôt|plus tard|précédemment|initialement|aussi|également|avait|avaient|a|ont|était|étaient|est|sont|après|lorsque|quand|sur|dans|lors|{WEEKDAY}|au moins|plus de|plus d['’]|près de|environ|quelque|jusqu['’]à|\p{N}[\p{N}.,  ]*`,
    sourceNoise: String.raw`(?:dans|par) un communiqué|dans un bilan|dans un nouveau bilan|dans son (?:dernier |nouveau )?bilan|dans une déclaration|dans un rapport|lors d['’]une conférence de presse|sur (?:telegram|twitter|x|facebook|son site|son site internet|son compte|sa chaîne telegram|les réseaux sociaux)|à l['’]afp|à l['’]agence france-presse|à reuters|à l['’]ap|à la presse|(?:{WEEKDAY})(?: (?:matin|après-midi|soir))?|(?:le )?\d{1,2} (?:{MONTH})|hier|aujourd['’]hui|plus tôt|plus tard|précédemment|initialement|également|aussi|encore|de son côté|pour sa part|jusqu['’]ici|jusque-là`,
    determiners: String.raw`le|la|les|l['’]|un|une|des|du|ce|cette|ces`,
    anaphora: String.raw`il|ils|elle|elles|on|l['’]ong|l['’]organisation|l['’]observatoire|l['’]agence|la même source|même source|cette source|la source|ces sources|l['’]office|le ministère|l['’]armée|les autorités|les responsables|un responsable|le responsable|le porte-parole|la porte-parole|les sources|des sources|les militants|des militants|les activistes|des activistes|le groupe|le bureau|le communiqué|le rapport|celui-ci|celle-ci|ce dernier|cette dernière|l['’]ong basée au royaume-uni|l['’]organisme|la mission|le comité|la commission|les services|le service|les secours`,
    offices: String.raw`gouverneur|gouverneure|gouverneur régional|maire|ministre|premier ministre|président|présidente|vice-président|porte-parole|chef|cheffe|directeur|directrice|directeur général|directrice générale|commandant|responsable|haut responsable|haut fonctionnaire|envoyé spécial|envoyée spéciale|émissaire|coordinateur|coordinatrice|représentant|représentante|secrétaire général|secrétaire générale|général|colonel|capitaine|lieutenant|préfet|préfète|procureur|procureure|médiateur|commissaire|haut-commissaire|ambassadeur|ambassadrice|médecin|docteur|dr|chirurgien|chef d['’]état-major|ministre de l['’]intérieur|ministre de la santé|ministre de la défense|chef de la police|chef de l['’]armée|chef local|chef tribal|responsable local|élu local|moukhtar|cheikh`,
  },
  time: {
    background: String.raw`depuis que (?:la guerre|le conflit|l['’]invasion|la révolte|la révolution|la crise) (?:a |avait )?(?:éclaté|commencé|débuté)|(?:au cours des|durant les|pendant les|ces) (?:\p{L}+ |\d+ )?derniers mois|depuis le début du mois|depuis le début de ce mois|depuis lors|depuis (?:(?:le )?(?:début|déclenchement) (?:de la guerre|du conflit|de l['’]invasion|de la révolte|du soulèvement|des hostilités|de la révolution|de l['’]année)|(?:(?:{MONTH}|début|fin|mi-)[ -]?)?{YEAR}|(?:le )?\d{1,2} (?:{MONTH}) {YEAR}|la guerre|le conflit|l['’]invasion|la révolution|le coup d['’]état|lors)|au cours des (?:\p{L}+ )?(?:dernières )?(?:années|décennies)|ces (?:\p{L}+ )?dernières années|ces dernières décennies|pendant la guerre|durant la guerre|tout au long de la guerre|tout au long du conflit|(?:en|pour|durant|au cours de|fin|début) {YEAR}|l['’]an dernier|l['’]année dernière|l['’]an passé|l['’]année passée|il y a (?:\p{L}+ )?(?:ans|années|an)|cette année|depuis le début de l['’]année|au total depuis|en (?:{MONTH})(?: {YEAR})?(?! \d)|(?:du|au) mois de (?:{MONTH})|(?:au|du) (?:premier|deuxième|second|troisième|dernier) (?:trimestre|semestre)|(?:au cours des|durant les|pendant les|dans les|sur les) (?:\p{L}+ )?premiers mois de (?:l['’]année|cette année)`,
    event: String.raw`depuis (?:{WEEKDAY})|depuis (?:hier|ce matin|la nuit dernière|le week-end|le début de (?:l['’]offensive|l['’]opération|l['’]attaque|l['’]assaut|la semaine|l['’]offensive)|(?:le )?lancement de (?:l['’]offensive|l['’]opération|l['’]attaque)|l['’]aube|minuit|le début des combats|le début des affrontements)|(?:au cours|en l['’]espace|en) des (?:dernières )?(?:24|48|72) (?:dernières )?heures|ces (?:dernières )?(?:24|48|72) heures|(?:ces|les) (?:deux|trois|quatre|cinq|2|3|4|5|derniers) (?:derniers )?jours|cette semaine|(?:{WEEKDAY})|aujourd['’]hui|hier|la nuit dernière|ce matin|dans la nuit|ce week-end`,
    rate: String.raw`par jour|chaque jour|par semaine|par mois|par an|chaque semaine|chaque mois|chaque année|quotidiennement|en moyenne|une moyenne de|par heure|chaque nuit|par nuit|tous les jours|toutes les heures`,
    wholeWar: String.raw`(?:par|à cause de|en raison de) (?:la|cette) guerre|(?:par|à cause du|en raison du) conflit|par ce conflit|la (?:\p{L}+ )?guerre (?:a|avait|aurait) (?:fait|coûté|tué)|le (?:\p{L}+ )?conflit (?:a|avait|aurait) (?:fait|coûté|tué)|la guerre civile|de la guerre|du conflit|pendant la guerre|durant la guerre|au cours de la guerre|depuis le début de la guerre|depuis le début du conflit|bilan de la guerre|bilan du conflit|en \p{L}+ ans de (?:guerre|conflit)|années de guerre|années de conflit|la guerre qui a éclaté|le conflit qui a éclaté|la guerre,? qui|le conflit,? qui|la guerre déclenchée|le conflit déclenché|la campagne (?:a|avait) (?:fait|tué)|dans la guerre|dans le conflit|de l['’]insurrection|de la révolte|guerre qui dure|conflit qui dure`,
    earlier: String.raw`avant (?:ce |le )?(?:{WEEKDAY})|(?:attaque|attentat|massacre|tuerie|séisme|tremblement de terre|bombardement|naufrage|incendie|fusillade|ouragan|cyclone|inondations|explosion|offensive)(?: [\p{L}\-'’]+){0,2} (?:de|en) {YEAR}|(?:\p{L}+ )jours (?:plus tôt|auparavant)|ce jour-là|(?:qui|ayant) (?:a |avait )?déclenché (?:la|cette) guerre|(?:a été |avait été )?déclenchée par|la semaine dernière|la semaine passée|le mois dernier|le mois passé|l['’]an dernier|l['’]année dernière|il y a (?:une|deux|trois|quatre|plusieurs|quelques) (?:semaines|mois|ans|années|semaine)|(?:une|deux|trois|plusieurs|quelques) (?:semaines|mois|années|ans) (?:plus tôt|auparavant|avant)|lors d['’]une (?:précédente|autre) (?:attaque|frappe|offensive)|dans une (?:attaque|frappe) similaire|lors d['’]un (?:précédent|autre) (?:attentat|raid|bombardement|massacre)|une (?:précédente|autre) (?:attaque|frappe)|un (?:précédent|autre) (?:attentat|raid|bombardement|massacre)|plus tôt cette année|plus tôt ce mois|(?:le )?\d{1,2} (?:{MONTH}) {YEAR}|(?:début|fin|mi-)(?:{MONTH})|le plus meurtrier|la plus meurtrière|les plus meurtriers|anniversaire|commémor|rappel(?:ant|le)`,
  },
  parties: [
    { re: String.raw`(?:forces|milices|combattants|troupes|hommes) (?:pro-gouvernementa(?:les|ux)|progouvernementa(?:les|ux)|loyalistes|pro-régime|prorégime|du régime|pro-assad|fidèles au (?:régime|gouvernement))`, party: 'pro-government forces' },
    { re: String.raw`(?:forces|troupes|soldats|militaires) (?:gouvernementa(?:les|ux)|régulières|du gouvernement|de damas|de khartoum|de kinshasa|de bamako)|armée (?:régulière|gouvernementale)|forces armées soudanaises|l['’]armée syrienne|armée syrienne|forces syriennes|soldats syriens|régime syrien|forces du régime`, party: 'government forces' },
    { re: String.raw`forces de soutien rapide|fsr`, party: 'Rapid Support Forces' },
    { re: String.raw`hayat tahrir al-cham|hayat tahrir al-sham|hayat tahrir al-chams|hts|organisation de libération du levant`, party: 'HTS' },
    { re: String.raw`forces démocratiques syriennes|fds`, party: 'SDF' },
    { re: String.raw`(?:groupe )?(?:état islamique|ei|daech|daesh)`, party: 'Islamic State' },
    { re: String.raw`hamas|hezbollah|houthis?|talibans?|boko haram|wagner|africa corps|m23|jnim|shebab|chebab|al-qaïda|al-qaida|tsahal`, party: '$0' },
    ...national(String.raw`(?:forces|troupes|soldats|militaires|armée|policiers|police|gardes-frontières|combattants|forces de sécurité|militaires)`, [
      [String.raw`israéliens?|israéliennes?`, 'Israeli forces'],
      [String.raw`russes?`, 'Russian forces'],
      [String.raw`ukrainiens?|ukrainiennes?`, 'Ukrainian forces'],
      [String.raw`turcs?|turques?`, 'Turkish forces'],
      [String.raw`américains?|américaines?`, 'US forces'],
      [String.raw`iraniens?|iraniennes?`, 'Iranian forces'],
      [String.raw`soudanais(?:es?)?`, 'Sudanese army'],
      [String.raw`maliens?|maliennes?`, 'Malian army'],
      [String.raw`nigériens?|nigériennes?`, 'Nigerien army'],
      [String.raw`burkinabè|burkinabés?`, 'Burkinabe army'],
      [String.raw`congolais(?:es?)?`, 'Congolese army'],
      [String.raw`éthiopiens?|éthiopiennes?`, 'Ethiopian army'],
      [String.raw`libanais(?:es?)?`, 'Lebanese army'],
      [String.raw`irakiens?|irakiennes?`, 'Iraqi forces'],
    ]),
    { re: String.raw`(?:forces|troupes|soldats|militaires|armée|policiers|police|gardes-frontières|combattants|forces de sécurité) (?:${NATIONALITIES})`, party: '$0' },
    { re: String.raw`rebelles?|forces de l['’]opposition|combattants de l['’]opposition|opposition armée|insurgés`, party: 'rebels' },
    { re: String.raw`police|policiers|gendarmes|gendarmerie`, party: 'police' },
    { re: String.raw`jihadistes|djihadistes`, party: 'jihadists' },
    { re: String.raw`paramilitaires|milices?|miliciens|forces de sécurité`, party: '$0' },
  ],
};

export const fr: Locale = { lang: 'fr', lexicon };
export default fr;
