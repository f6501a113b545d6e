// Spanish lexicon of the casualty-figure extractor. See ../types.ts for the pattern rules.
// Participles agree ("muerto", "muertos", "muerta", "muertas"): patterns write the stem with
// `[oa]s?`. Verb-subject order is common ("murieron 20 personas", "resultaron heridos 12 agentes"),
// so intransitive verbs are 'both'. A count reaches its noun through "de" ("un centenar de civiles",
// "1,5 millones de desplazados"): group, kind and non-person nouns accept a leading "de".
// Verb-first clauses put adjuncts before the subject ("han muerto en Gaza 41.020 personas"): the
// fillers admit one or two of them (ADJUNCT). Tolls may name a group ("el número de civiles muertos")
// and may come after their count ("elevó a 1.311 el número de civiles muertos": GDE lets the group
// be read from the toll phrase). Verbs of exceeding carry their article into the hedge ("supera ya
// los 700 mil"). "Otros N" takes the group of the count before. Students ("estudiantes") are
// people; pupils ("alumnos", "escolares") are children, as "pupils" are in English; "una
// veintena"/"medio centenar" are counts (about).
import type { Locale, LocaleLexicon } from '../types.js';

const DE = String.raw`(?:de )?`;
const ag = (stem: string) => `${stem}[oa]s?`; // muerto, muertos, muerta, muertas

const NATIONALITIES = String.raw`sirios?|sirias?|ucranianos?|ucranianas?|rusos?|rusas?|israelíes|israelí|palestinos?|palestinas?|libaneses|libanesas?|sudaneses|sudanesas?|iraquíes|iraníes|afganos?|afganas?|yemeníes|malienses|congoleños?|congoleñas?|somalíes|etíopes|libios?|libias?|turcos?|turcas?|kurdos?|kurdas?|estadounidenses|franceses|británicos?|egipcios?|haitianos?|haitianas?|gazatíes|rohinyás|rohingyas|uigures|mexicanos?|mexicanas?|colombianos?|colombianas?|venezolanos?|venezolanas?|hondureños?|guatemaltecos?|salvadoreños?|nicaragüenses|ecuatorianos?|peruanos?|bolivianos?|brasileños?|argentinos?|chilenos?|cubanos?|dominicanos?|españoles|españolas?`;

/** "campamento de desplazados" names a place, not a count of displaced people. */
const CAMP = String.raw`(?<!(?:campamentos?|campos?|centros?|albergues?|refugios?|asentamientos?|sitios?) (?:de )?)`;

/** The head of a toll: "la cifra (total) de", "el número de", "el total de", "el recuento de". */
const TOLL_OF = String.raw`(?:(?:la )?cifra (?:oficial |total |global )?de|(?:el )?número (?:total |oficial )?de|(?:el )?total de|(?:el )?recuento de|(?:el )?conteo de) `;

/** Before a group noun: "de", or a toll phrase right after a count ("elevó a 1.311 el número de
 *  civiles muertos"), so the group is read from it and the kind from the noun after it. */
const GDE = String.raw`(?:(?:el|la) (?:número|cifra|total|recuento) (?:total |oficial )?de (?=[\p{L}]+ (?:muert|fallecid|herid|lesionad|asesinad|desplazad|refugiad|desaparecid|detenid|secuestrad))|de )?`;

/** An adjunct of place, time or manner between a verb and the subject it precedes: "en Gaza", "en la
 *  ciudad de Homs", "en {YEAR}", "desde el jueves", "en las últimas 24 horas", "con machetes". */
const ADJUNCT = String.raw`(?:en|desde|durante|tras|con|por) (?:el |la |los |las |un |una )?(?:últim[oa]s (?:\d+ |\p{L}+ )?(?:horas|días|semanas|meses)|{YEAR}|[\p{L}\-]+(?: de(?:l| la| los| las)? [\p{L}\-]+)?)`;

/** A toll named right after its count: "estima en 1,5 millones el número de desplazados". */
const AFTER_COUNT = String.raw`(?<=(?:\p{N}|millones|millón|mil|cien|ciento|cientos)[\s\u00A0])(?:el|la) (?:número|cifra|total|balance|saldo) (?:total |oficial |provisional )?de `;

/** Verbs of amounting after a toll's noun: "se elevan", "ascienden", "suman", "son ya". */
const AMOUNT = String.raw`(?:se elevan|se elevaron|se elevaban|ascienden|ascendieron|ascendían|suman|sumaban|sumaron|llegan|llegaron|son ya|son|eran|(?=(?:ya |hoy |ahora )?(?:superan|superaban|rebasan|sobrepasan|rondan|rozan) ))`;

/** Party patterns "<force noun> <nationality>" with an English name per nationality. */
function national(force: string, rows: Array<[string, string]>) {
  return rows.map(([nat, party]) => ({ re: `${force} (?:${nat})`, party }));
}

const lexicon: LocaleLexicon = {
  lang: 'es',
  kinds: [
    { kind: 'killed', role: 'post', re: String.raw`${AFTER_COUNT}(?:muertos|fallecidos|víctimas mortales|víctimas|decesos|asesinatos)` },
    { kind: 'injured', role: 'post', re: String.raw`${AFTER_COUNT}(?:heridos|lesionados)` },
    { kind: 'displaced', role: 'post', re: String.raw`${AFTER_COUNT}(?:desplazados|refugiados|personas desplazadas|damnificados)` },
    { kind: 'missing', role: 'post', re: String.raw`${AFTER_COUNT}(?:desaparecidos|personas desaparecidas)` },
    { kind: 'detained', role: 'post', re: String.raw`${AFTER_COUNT}(?:detenidos|secuestrados|personas detenidas)` },
    // killed
    { kind: 'killed', role: 'both', re: [ag('asesinad'), ag('ejecutad'), ag('abatid'), ag('fusilad'), ag('masacrad'), ag('decapitad'), ag('linchad'), ag('acribillad'), ag('ultimad'), ag('ametrallad')].join('|') + String.raw`|murieron|murió|mueren|muere|murieran|muriesen|muriera|fallecieran|falleciera|perecieran|perdieran la vida|perdiera la vida|hayan muerto|haya muerto|hubieran muerto|hubiesen muerto|habían perdido la vida|fallecieron|falleció|fallecen|perecieron|pereció|sucumbieron|sucumbió|han sucumbido|perdieron la vida|perdió la vida|pierden la vida|resultaron muert[oa]s|resultó muert[oa]|han muerto|han fallecido|murieron asesinad[oa]s` },
    // "obligó a 10.000 personas a huir", "forzó a 500 familias a abandonar sus hogares"
    { kind: 'displaced', role: 'post', re: String.raw`a (?:huir|desplazarse|abandonar sus (?:hogares|casas|viviendas|tierras|comunidades)|dejar sus (?:hogares|casas|viviendas)|salir de sus (?:hogares|casas|comunidades))(?<=(?:obligó|obligaron|obliga|obligan|obligando|forzó|forzaron|fuerza|forzando|empujó|empujaron|ha obligado|han obligado|ha forzado)[^;]{1,90})` },
    // remains of a count: "restos de al menos 30 personas"
    { kind: 'killed', role: 'pre', re: String.raw`(?:los )?restos (?:humanos |óseos )?de|(?:las )?osamentas de` },
    { kind: 'killed', role: 'pre', re: String.raw`entre (?:los|las) (?:civiles |personas )?(?:muertos|muertas|fallecidos|fallecidas|víctimas mortales|víctimas) (?:figuran|figuraban|hay|había|se encuentran|se cuentan|están)|mató|mataron|matando|matar|mata|matan|matado|dio muerte a|dieron muerte a|dar muerte a|dando muerte a|acabó con la vida de|acabaron con la vida de|segó la vida de|segaron la vida de|quitó la vida a|quitaron la vida a|perdió a|perdieron a|ha perdido a|han perdido a|los cuerpos (?:sin vida )?de|los cadáveres de|los restos mortales de|asesinó|asesinaron|asesinando|ejecutó|ejecutaron|abatió|abatieron|costó la vida a|costaron la vida a|cobró la vida de|cobraron la vida de|cobrándose la vida de|se cobró la vida de|se cobró|causó la muerte de|causaron la muerte de|provocó la muerte de|provocando la muerte de|la muerte de|las muertes de|el fallecimiento de|los fallecimientos de|el deceso de|el asesinato de|los asesinatos de|entre los (?:muertos|fallecidos) (?:hay|figuran|se encuentran|están)|entre las víctimas (?:mortales )?(?:hay|figuran|se encuentran|están)` },
    { kind: 'killed', role: 'post', re: String.raw`(?<=\p{N}[\s\u00A0])(?:el|la) (?:número|cifra|balance|saldo) de (?:muertos|fallecidos|víctimas mortales|víctimas)|haber muerto|haber fallecido|haber perdido la vida|habría muerto|habrían muerto|han perdido la vida|habían muerto|habrían muerto|habían fallecido|fueron hallad[oa]s muert[oa]s|fueron encontrad[oa]s sin vida|fueron hallad[oa]s sin vida|sin vida|fallecid[oa]s|muert[oa]s|entre los muertos|entre los fallecidos|entre las víctimas mortales|figuran entre (?:los|las) (?:muertos|fallecidos|víctimas)|cayeron|caídos en combate` },
    // the buried are dead (not "enterrados vivos", "sepultados bajo los escombros": missing)
    { kind: 'killed', role: 'both', re: String.raw`(?:enterrad[oa]s|sepultad[oa]s|inhumad[oa]s)(?! (?:viv[oa]s|bajo|entre))` },
    // a force's losses: "el ejército perdió 12 hombres", "la pérdida de 9 soldados"
    { kind: 'killed', role: 'pre', re: String.raw`(?:perdió|perdieron|ha perdido|han perdido|había perdido)(?= (?:al menos |más de |cerca de |unos |unas )?[\p{N}\p{L}]+(?: mil)? (?:de sus )?(?:hombres|soldados|militares|efectivos|agentes|elementos|policías|combatientes|uniformados))|la pérdida de(?= (?:al menos |más de |unos )?[\p{N}\p{L}]+ (?:hombres|soldados|militares|efectivos|agentes|elementos|policías|combatientes|uniformados))` },
    // Mexican and Colombian copy: "privados de la vida", "localizaron sin vida a 6", "neutralizaron a 5"
    { kind: 'killed', role: 'both', re: String.raw`privad[oa]s? de la vida|neutralizad[oa]s` },
    { kind: 'killed', role: 'pre', re: String.raw`(?:privó|privaron|priva|privan) de la vida a|(?:localizaron|localizó|hallaron|halló|encontraron|encontró) sin vida a|(?:neutralizó|neutralizaron) a` },
    { kind: 'killed', role: 'post', re: String.raw`(?:fueron |han sido )?(?:localizad[oa]s|hallad[oa]s|encontrad[oa]s) sin vida` },
    // "levantón": a kidnapping ("levantaron a 3 jóvenes")
    { kind: 'detained', role: 'pre', re: String.raw`(?:levantó|levantaron) a` },
    // a side's claim, before or after its count: "los 30 milicianos que dice haber abatido", "que asegura haber matado a 30"
    { kind: 'killed', role: 'both', re: String.raw`(?:que|quienes) (?:dice|dicen|dijo|dijeron|asegura|aseguran|aseguró|afirma|afirman|afirmó|reivindica|reivindicó) haber (?:matado|abatido|eliminado|asesinado|ejecutado|neutralizado)` },
    { kind: 'killed', role: 'noun', re: String.raw`${DE}(?:muert[oa]s|fallecid[oa]s|víctimas mortales|víctimas fatales|decesos|cadáveres|cuerpos sin vida|cuerpos|mártires|personas muertas|personas fallecidas|asesinad[oa]s|homicidios|asesinatos|ejecuciones extrajudiciales|ejecuciones sumarias)` },
    // a kind noun with its article and a verb of amounting is a toll: "los muertos se elevan ya a 85"
    { kind: 'killed', role: 'toll', re: String.raw`(?:los|las) (?:muert[oa]s|fallecid[oa]s|víctimas mortales) ${AMOUNT}` },
    { kind: 'injured', role: 'toll', re: String.raw`(?:los|las) (?:herid[oa]s|lesionad[oa]s) ${AMOUNT}` },
    { kind: 'displaced', role: 'toll', re: String.raw`(?:los|las) (?:desplazad[oa]s|refugiad[oa]s) ${AMOUNT}` },
    { kind: 'missing', role: 'toll', re: String.raw`(?:los|las) desaparecid[oa]s ${AMOUNT}` },
    { kind: 'killed', role: 'toll', re: String.raw`(?:el |un |nuevo |último )?balance(?: provisional| oficial| de víctimas| de muertos| de fallecidos| mortal)?|(?:el |un )?saldo(?: de muertos| mortal| de víctimas| provisional| de fallecidos)?|(?:la )?cifra oficial|${TOLL_OF}(?:[\p{L}]+ )?(?:muert[oa]s|fallecid[oa]s|víctimas mortales|víctimas|asesinad[oa]s)` },
    // injured
    { kind: 'injured', role: 'both', re: [ag('herid'), ag('lesionad'), ag('golpead'), ag('mutilad'), ag('apalead')].join('|') + String.raw`|resultaron herid[oa]s|resultó herid[oa]|resultaron lesionad[oa]s` },
    { kind: 'injured', role: 'pre', re: String.raw`entre (?:los|las) (?:herid[oa]s|lesionad[oa]s) (?:hay|había|figuran|figuraban|se encuentran|se cuentan|están)|hiriendo|hirió|hirieron|hiere|dejando heridos a|lesionó|lesionaron` },
    { kind: 'injured', role: 'post', re: String.raw`(?:permanecen |siguen |están |fueron |han sido |continúan |quedaron )?ingresad[oa]s(?! en (?:prisión|la cárcel|un centro penitenciario|un penal))|(?<=\p{N}[\s\u00A0])(?:el|la) (?:número|cifra) de heridos|sufrieron heridas|sufrieron lesiones|presentan heridas|(?:fueron|están|han sido) hospitalizad[oa]s|hospitalizad[oa]s|en estado grave|en estado crítico|en condición crítica|recibieron atención médica|fueron trasladad[oa]s al hospital|fueron atendid[oa]s|entre los heridos` },
    { kind: 'injured', role: 'noun', re: String.raw`${DE}(?:herid[oa]s|lesionad[oa]s|personas heridas|heridos graves|lesionados graves)` },
    { kind: 'injured', role: 'toll', re: String.raw`${TOLL_OF}(?:[\p{L}]+ )?(?:herid[oa]s|lesionad[oa]s)|(?:el )?balance de heridos|(?<=(?:^|[,;]\s*|\sy\s|\smientras que\s))(?:el|la) de (?:herid[oa]s|lesionad[oa]s)` },
    // displaced
    { kind: 'displaced', role: 'both', re: CAMP + [ag('desplazad'), ag('expulsad'), ag('desarraigad')].join('|') + String.raw`|obligad[oa]s a huir|forzad[oa]s a huir|obligad[oa]s a abandonar sus (?:hogares|casas|viviendas)|huyeron|huyen|huyó|han huido|habían huido|tuvieron que huir|se vieron obligad[oa]s a huir` },
    { kind: 'displaced', role: 'pre', re: String.raw`desplazando|desplazó|desplazaron|obligando a huir a|forzando a huir a|el desplazamiento de|el éxodo de|la huida de` },
    { kind: 'displaced', role: 'post', re: String.raw`(?:han |habían |tuvieron que |han tenido que )?abandon(?:ado|aron|ar) (?:la|el|sus|su) (?:región|ciudad|país|zona|provincia|localidad|comarca|hogares|casas|viviendas|pueblo|pueblos|aldea|aldeas|enclave|territorio|franja)|(?:tuvieron|han tenido|habían tenido|tienen) que (?:huir|abandonar sus (?:hogares|casas|viviendas|pueblos|aldeas|tierras)|dejar sus (?:hogares|casas|viviendas))|(?:se han visto |se vieron |se ven |han sido |fueron )?obligad[oa]s a (?:desplazarse|abandonar sus (?:hogares|casas|viviendas|pueblos|aldeas|tierras)|dejar sus (?:hogares|casas|viviendas)|huir)|se (?:han |habían )?desplazad[oa]s|se desplazaron|huyendo|(?:han |habían )?cruzado la frontera|abandonaron sus (?:hogares|casas|viviendas|pueblos|aldeas)|han abandonado sus (?:hogares|casas)|dejaron sus (?:hogares|casas)|se refugiaron|buscaron refugio|han buscado refugio|cruzaron la frontera|perdieron sus (?:hogares|casas|viviendas)|se quedaron sin hogar|quedaron sin hogar|sin hogar|damnificad[oa]s` },
    { kind: 'displaced', role: 'noun', re: String.raw`${CAMP}${DE}(?:desplazad[oa]s|desplazados internos|refugiad[oa]s|personas desplazadas|personas refugiadas|sin techo)` },
    { kind: 'displaced', role: 'toll', re: String.raw`${TOLL_OF}(?:desplazad[oa]s(?: internos)?|refugiad[oa]s|personas desplazadas|personas refugiadas)` },
    // missing
    { kind: 'missing', role: 'both', re: [ag('desaparecid'), ag('sepultad') + ' bajo los escombros'].join('|') + String.raw`|en paradero desconocido|(?:no han sido|siguen sin ser|aún no han sido|todavía no han sido) (?:localizad[oa]s|encontrad[oa]s|hallad[oa]s)|siguen sin aparecer|no han aparecido|(?:siguen |permanecen |están )?(?:bajo|entre) los escombros|sin localizar|sin rastro` },
    { kind: 'missing', role: 'pre', re: String.raw`se desconoce (?:el paradero|la suerte|el destino) de|(?:la )?desaparición de|sin noticias de` },
    { kind: 'missing', role: 'noun', re: String.raw`${DE}(?:desaparecid[oa]s|personas desaparecidas)` },
    { kind: 'missing', role: 'toll', re: String.raw`${TOLL_OF}(?:[\p{L}]+ )?desaparecid[oa]s` },
    // detained
    { kind: 'detained', role: 'both', re: [ag('detenid'), ag('arrestad'), ag('secuestrad'), ag('capturad'), ag('apresad'), ag('encarcelad'), ag('raptad'), ag('aprehendid'), ag('privad') + ' de (?:su )?libertad', ag('tomad') + ' como rehenes', ag('hech') + ' prisioneros'].join('|') },
    { kind: 'detained', role: 'pre', re: String.raw`(?:mantiene|mantienen|mantenía|mantenían|tiene|tienen|tenía|tenían) (?:retenid[oa]s|secuestrad[oa]s|cautiv[oa]s|en cautiverio|como rehenes|como rehén|en su poder) a|(?:privó|privaron|privan|priva) de (?:la|su) libertad a|detuvo|detuvieron|deteniendo|(?<=(?:además de|tras|después de|luego de) )(?:detener|arrestar|capturar|secuestrar|apresar) a|arrestó|arrestaron|secuestró|secuestraron|secuestrando|capturó|capturaron|apresó|apresaron|raptó|raptaron|la detención de|el arresto de|el secuestro de|la captura de|las detenciones de` },
    { kind: 'detained', role: 'post', re: String.raw`(?:siguen|permanecen|están|continúan) (?:detenid[oa]s|secuestrad[oa]s|en cautiverio|retenid[oa]s|en manos|presos|bajo custodia)|en cautiverio|bajo custodia|tras las rejas` },
    { kind: 'detained', role: 'noun', re: String.raw`${DE}(?:rehenes|detenid[oa]s|pres[oa]s|prisioneros|prisioneras|cautivos|arrestos|detenciones|secuestrad[oa]s|personas detenidas|prisioneros de guerra)` },
  ],
  groups: [
    { who: 'civilians', re: String.raw`${GDE}(?:civiles|civil|no combatientes|trabajadores humanitarios|trabajadoras humanitarias|cooperantes|humanitarios|periodistas|periodista|reporteros|sanitarios|sanitarias|médicos|médicas|enfermeros|enfermeras|personal sanitario|personal médico|trabajadores sanitarios|rescatistas|socorristas|cascos blancos|maestros|maestras|profesores|profesoras|trabajadores de la ONU|empleados de la ONU|miembros de la defensa civil)` },
    { who: 'children', re: String.raw`${GDE}(?:alumnos|alumnas|niños|niñas|niño|niña|menores de edad|menores|menor|bebés|bebé|lactantes|escolares|colegiales|adolescentes|chicos|chicas|infantes)` },
    { who: 'women', re: String.raw`${GDE}(?:mujeres|mujer|madres|embarazadas|mujeres embarazadas)` },
    { who: 'combatants', party: 'rebels', re: String.raw`${GDE}(?:rebeldes|rebelde|insurgentes|insurrectos|combatientes rebeldes|combatientes de la oposición|opositores armados|guerrilleros|guerrilleras)` },
    { who: 'combatants', party: 'police', re: String.raw`${GDE}(?:policías|policía|agentes de policía|agentes policiales|agentes|guardias civiles|guardias nacionales|gendarmes|efectivos policiales|carabineros|uniformados)` },
    { who: 'combatants', party: 'pro-government militias', re: String.raw`${GDE}(?:milicianos|milicianas|paramilitares|miembros de milicias|miembros de las milicias)` },
    { who: 'combatants', re: String.raw`${GDE}(?:cascos azules|soldados de la paz|soldados|soldado|militares|militar|tropas|combatientes|combatiente|yihadistas|islamistas|terroristas|mercenarios|atacantes|asaltantes|hombres armados|pistoleros|sicarios|efectivos|miembros (?:de las |del |de la |de los |de )[\p{L}\- ]{0,40}?(?:fuerzas?|ejército|milicias?|grupo|brigadas?|movimiento|guardia|policía|régimen|cártel|organización)|guardias fronterizos|guardias|marinos|infantes de marina|pilotos|reclutas|reservistas|oficiales|comandantes|elementos|agentes de seguridad|fuerzas de seguridad|narcotraficantes|pandilleros|integrantes (?:de las |del |de la |de los |de )[\p{L}\- ]{0,40}?(?:fuerzas|ejército|milicias?|grupo|cártel|banda|policía|guardia|guerrilla|régimen|movimiento|organización|eln|farc|disidencias?|frente|clan)|talibanes|talibán|yihadistas|milicianos hutíes|hutíes|huthíes)` },
    { who: 'people', unit: 'families', re: String.raw`${GDE}(?:familias|familia)` },
    { who: 'people', unit: 'households', re: String.raw`${GDE}(?:hogares|hogar)` },
    { who: 'people', re: String.raw`${GDE}(?:personas|persona|individuos|jóvenes|habitantes|vecinos|vecinas|residentes|aldeanos|pobladores|fieles|feligreses|pasajeros|peregrinos|migrantes|solicitantes de asilo|víctimas|pacientes|hombres|trabajadores|obreros|empleados|empleadas|funcionarios|funcionarias|estudiantes|universitarios|universitarias|comerciantes|conductores|choferes|mineros|jornaleros|turistas|agricultores|campesinos|pescadores|manifestantes|ciudadanos|nacionales|${NATIONALITIES}|cristianos|musulmanes|alauitas|alauíes|drusos|yazidíes|colonos|extranjeros|indígenas|rehenes|más|en total|seres humanos)` },
  ],
  nonPerson: String.raw`${DE}(?:caballos|yeguas|vacas|reses|cerdos|ovejas|cabras|perros|burros|mulas|gallinas|tercios|cuartos|pueblos?|aldeas?|ciudades|ciudad|localidades?|barrios?|provincias?|regiones?|países|país|campamentos?|sitios?|posiciones?|bombardeos?|ataques?|atentados?|ofensivas?|incursiones|redadas?|obuses|cohetes?|misiles?|drones?|proyectiles?|morteros?|explosiones?|incidentes?|enfrentamientos|combates|operaciones?|frentes?|kilómetros?|km|millas|metros?|m|pies|hectáreas|toneladas?|kilos?|kg|litros?|barriles?|camiones?|vehículos?|tanques?|blindados|aviones?|helicópteros?|barcos?|buques?|embarcaciones?|autobuses|coches|autos|casas?|viviendas?|edificios?|escuelas?|hospitales?|clínicas?|albergues?|centros?|colegios?|institutos?|universidades|estadios?|mezquitas?|iglesias?|refugios?|tiendas de campaña|puentes?|carreteras?|puestos de control|bases?|depósitos?|almacenes|comercios?|mercados?|horas?|días?|semanas?|meses|mes|años|año|décadas?|siglos?|minutos?|segundos?|veces|registros|allanamientos|cateos|decomisos|ocasiones|oportunidades|oleadas|rondas|tandas|por ciento|%|puntos?|dólares|euros|pesos|libras|shekels|rublos|votos?|escaños?|páginas?|artículos?|resoluciones?|informes?|casos?|raciones|comidas|paquetes|dosis|camas|ambulancias?|convoyes|objetivos?|armas?|fusiles?|brigadas?|batallones?|divisiones?|regimientos?|unidades?|grupos?|facciones?|organizaciones?|ONG|partidos?|naciones?|diputados|ministros|grados?|pisos?|plantas|túneles?|cárceles?|prisiones?|vuelos?|fronteras?|puertos?|aeropuertos?|cabezas de ganado|ovejas|cabras|animales|minas|fosas|fosas clandestinas|millones de dólares|millones de euros|kilómetros cuadrados)`,
  maxModifiers: 3,
  stopAfter: String.raw`han|ha|habían|había|fueron|fue|son|es|eran|era|están|está|estaban|resultaron|quedaron|siguen|de|del|en|a|al|con|por|para|sin|desde|durante|tras|antes|después|según|entre|hacia|hasta|contra|sobre|y|e|o|u|pero|mientras|cuando|donde|que|quien|quienes|cuyo|cuya|el|la|los|las|lo|un|una|unos|unas|este|esta|estos|estas|ese|esa|esos|esas|su|sus|se|le|les|también|ya|aún|todavía|todos|todas|menos|ayer|hoy|incluidos|incluidas|por ciento|%|al día|como|así|sólo|solo`,
  hedgesBefore: [
    { qualifier: 'at_least', re: String.raw`(?:al menos|por lo menos|como mínimo) a|al menos|por lo menos|como mínimo|no menos de|cuando menos|un mínimo de|mínimo` },
    { qualifier: 'more_than', re: String.raw`más de|superior a|por encima de|(?:supera|superan|superó|superaron|superaba|superaban|superar|rebasa|rebasan|rebasó|rebasaron|rebasar|sobrepasa|sobrepasan|sobrepasó|sobrepasar|excede|exceden|excedió)(?: ya| ahora| hoy| así| (?:el |este )?(?:{WEEKDAY}))?(?: (?:los|las)| la barrera de(?: los| las)?| la cifra de)?|bastante más de|muy por encima de|poco más de|algo más de|largamente|excede|excedió` },
    { qualifier: 'about', re: String.raw`en(?<=(?:estim|calcul)\p{L}* (?:[^\s.;:!?]+ ){1,6}en)|unos|unas|(?:estima|estiman|estimó|estimaron|calcula|calculan|calculó|calcularon) (?:en|que)(?: (?:unos|unas|los|las))?|(?:ronda|rondan|rondaba|rondaban|rondó)(?: ya)? (?:los|las)|alrededor de|aproximadamente|aprox\.|en torno a|un estimado de|una cifra estimada de|estimad[oa]s? en|calculad[oa]s? en|unos aproximadamente|del orden de|quizás|probablemente|posiblemente|aproximadamente unos|aproximadamente unas` },
    { qualifier: 'nearly', re: String.raw`casi|cerca de|prácticamente|(?:rozando|roza|rozan|rozaba|rozó)(?: ya)?(?: (?:los|las))?|poco menos de|apenas por debajo de|aproximándose a|cercana a|cercano a` },
    { qualifier: 'up_to', re: String.raw`hasta|hasta un máximo de|como máximo|como mucho|no más de|menos de|un máximo de|hasta unos|hasta unas` },
  ],
  fillers: String.raw`(?:este |el )?(?:pasado )?(?:{WEEKDAY})(?: pasado)?(?: por la (?:mañana|tarde|noche))?|${ADJUNCT}|ayer|hoy|anoche|esta mañana|de madrugada|un total de|en total|otros|otras|otro|otra|más|los|las|el|la|un|una|a|de|del|al|también|ya|además|solo|sólo|apenas|oficialmente|la vida a|la vida de|la muerte de|nuevamente|de nuevo|respectivamente`,
  hedgesAfter: [
    { qualifier: 'at_least', re: String.raw`o más|al menos|por lo menos|como mínimo` },
    { qualifier: 'more_than', re: String.raw`y pico|\+` },
    { qualifier: 'about', re: String.raw`aproximadamente|más o menos` },
  ],
  range: { between: String.raw`entre|de`, and: String.raw`y|a|-|–|—`, to: String.raw`a|-|–|—|o|u` },
  subset: {
    before: String.raw`entre ellos|entre ellas|entre los cuales|entre las cuales|de los cuales|de las cuales|incluidos|incluidas|incluyendo|entre las víctimas hay|entre los muertos hay|entre los fallecidos hay|entre los heridos (?:hay|había|figuran|se encuentran)|entre las víctimas|entre los muertos|entre los fallecidos|entre los heridos|entre los desaparecidos|entre los detenidos|entre los secuestrados|en su mayoría|mayoritariamente|la mayoría|sobre todo|principalmente|en particular`,
    after: String.raw`de ellos|de ellas|entre ellos|entre ellas|de los muertos|de las víctimas|de los heridos|de los fallecidos|de los detenidos`,
  },
  // an earlier or other value of the toll just given: "frente a los 6.618 de 2023", "elevando el total a 90"
  tollUpdate: String.raw`(?:ha |había )?(?:pasó|pasaron|pasado|subió|subieron|subido|aumentó|aumentaron|aumentado|creció|crecido|se elevó) de|frente a(?: los| las)?|comparad[oa]s? con(?: los| las)?|en comparación con(?: los| las)?|respecto a(?: los| las)?|(?:elevando|lo que eleva|con lo que se eleva|con lo que asciende) (?:el total|la cifra|el balance|el número)(?: de (?:muertos|fallecidos|víctimas))? a|(?:hasta|para) un total de|tras (?:los|las) \p{L}+ (?:iniciales|anteriores) y|(?:un|el) (?:balance|recuento) (?:anterior|previo|inicial) de`,
  // "otros 4", "4 más" (4 more)
  others: String.raw`otros|otras|más`,
  // "dos de sus soldados", "tres de los rehenes"
  partitive: String.raw`de(?: sus| nuestros| nuestras| estos| estas| esos| esas)?`,
  coordination: String.raw`y|e|a otros|a otras|así como|además de|más|junto a|junto con|,|, y|y otros|y otras|y al menos|y más de`,
  relative: String.raw`(?:, )?(?:muchos|muchas|la mayoría|varios|varias|algunos|algunas|la mitad|un tercio|parte|todos|todas|ninguno|ninguna) de (?:ellos|ellas|los cuales|las cuales|quienes)|,\s(?:que|quienes|los cuales|las cuales)`,
  blockers: String.raw`(?:ha |han |había |habían )?identificado a|identificó a|identificaron a|(?:ha |han |haber |había |habían )?liberado|liberó|liberaron|liberando|se fugaron|se escaparon|fugados|evadidos|atrapad[oa]s|varad[oa]s|se refugiaban|se resguardaban|resguardad[oa]s|evacuad[oa]s|evacuación|rescatad[oa]s|(?:han |ha |habían |había )?(?:rescatado|evacuado)|rescataron|rescató|rescatando|rescatar|evacuaron|evacuó|evacuando|evacuar|salvad[oa]s|liberad[oa]s|puest[oa]s en libertad|excarcelad[oa]s|liberación|canjead[oa]s|intercambiad[oa]s|canje|repatriad[oa]s|regresaron|volvieron a sus hogares|sobrevivieron|sobrevivientes|supervivientes|se concentraron|se manifestaron|marcharon|participaron|asistieron|viven|vivían|habitan|residen|albergad[oa]s|acogid[oa]s|alberga|acoge|necesitan|requieren|dependen de|amenazad[oa]s|en riesgo|movilizad[oa]s|desplegad[oa]s|desplegó|enviad[oa]s|estacionad[oa]s|reclutad[oa]s|entrenad[oa]s|emplead[oa]s|vacunad[oa]s|recibieron|votaron|esperan|esperaban|hacinad[oa]s|cuenta con|tiene capacidad`,
  notCountBefore: String.raw`frente|resolución|ruta|carretera|autopista|brigada|regimiento|división|batallón|cuerpo|ejército|artículo|vuelo|n\.º|nº|núm\.|número|unidad|sección|sector|puerta|bloque|edificio|capítulo|párrafo|nivel|fase|etapa|categoría|tipo|modelo|habitación|sala|zona|distrito|campamento|grupo|canal|página|línea|autobús|torre|terminal|kilómetro|km|hora|horas|día|días|año|años|edad de|la edad de|volumen|temporada|episodio|mandato|clase|talla|apartamento|casa|calle|avenida|plaza|puesto de control|base|posición|colina|altura|punto|puesto|cama|celda|salida|covid-|f-|su-|mig-|t-|al-|kh-|g`,
  notCountAfter: String.raw`(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.?(?=\s*(?:\(|\.-|-|,))|º|ª|°|\.º|\.ª|er|años|año|%|por ciento|h|horas|km|kilómetros|m|metros|cm|kg|grados|meses|días|semanas|minutos|veces|de (?:{MONTH})|de edad`,
  tollLink: String.raw`a|en|de|es de|era de|suma|suman|sumaba|sumaban|(?:muert[oa]s|fallecid[oa]s|víctimas(?: mortales)?|herid[oa]s|desplazad[oa]s(?: internos)?|refugiad[oa]s|desaparecid[oa]s|balance|saldo)(?: (?:ya|ahora|hoy|así))?|asciende a|ascendía a|ascendió a|se eleva a|se elevó a|se elevaba a|llega a|llegó a|alcanza|alcanzó|alcanzaba|aumentó a|aumenta a|subió a|sube a|se sitúa en|se situó en|se situaba en|supera|superó|quedó en|queda en|ya es de|:|–|-|—|ya|ahora|hasta|rebasa|rebasó|ronda|rondaba|elevó a|elevaron a|eleva a|es|era|son|fue`,
  clauseBreak: String.raw`pero|mientras que|mientras|aunque|sin embargo|no obstante|en cambio|por otra parte|por otro lado|asimismo|más tarde`,
  months: String.raw`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene\.|feb\.|abr\.|jun\.|jul\.|ago\.|sep\.|sept\.|oct\.|nov\.|dic\.`,
  monthNames: [
    String.raw`enero|ene\.`, String.raw`febrero|feb\.`, String.raw`marzo`, String.raw`abril|abr\.`, String.raw`mayo`, String.raw`junio|jun\.`,
    String.raw`julio|jul\.`, String.raw`agosto|ago\.`, String.raw`septiembre|setiembre|sept?\.`, String.raw`octubre|oct\.`, String.raw`noviembre|nov\.`, String.raw`diciembre|dic\.`,
  ],
  weekdays: String.raw`lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo`,
  weekdayNames: [String.raw`lunes`, String.raw`martes`, String.raw`miércoles|miercoles`, String.raw`jueves`, String.raw`viernes`, String.raw`sábado|sabado`, String.raw`domingo`],
  reporter: {
    sourceBefore: String.raw`según (?:informó|informaron|indicó|indicaron|dijo|dijeron|señaló|señalaron|precisó|precisaron|explicó|confirmó|confirmaron|afirmó|aseguró|reportó|publicó|detalló|denunció|anunció)|de acuerdo con|de acuerdo a|conforme a|citando a|citando|citado por|citada por|citados por|según datos de|según cifras de|según un balance de|según el balance de|según el último balance de|según un recuento de|según fuentes de|a decir de|en palabras de|difundido por|divulgado por|confirmado por|facilitado por|ofrecido por|proporcionado por|publicado por|informó|informaron|según`,
    saidVerbs: String.raw`calcula|calculó|calculan|calcularon|cifró|cifraron|dijo|dijeron|afirmó|afirmaron|informó|informaron|indicó|indicaron|declaró|declararon|señaló|señalaron|aseguró|aseguraron|precisó|precisaron|añadió|añadieron|agregó|agregaron|explicó|detalló|detallaron|reportó|reportaron|reporta|informa|indica|señala|asegura|afirma|denunció|denunciaron|confirmó|confirmaron|estimó|estimaron|contabilizó|contabiliza|documentó|cifró|elevó|elevaron|publicó|anunció|anunciaron|comunicó|advirtió|escribió|tuiteó|ha informado|ha dicho|ha señalado|ha indicado|ha confirmado|han informado|había informado|había dicho|había señalado|reconoció|reconocieron|actualizó`,
    sourceStop: String.raw`que|quien|quienes|el cual|la cual|cuyo|cuya|ayer|hoy|anteriormente|previamente|inicialmente|también|además|había|habían|ha|han|era|eran|es|son|fue|fueron|está|están|tras|después|cuando|a través|mediante|al menos|más de|cerca de|unos|unas|casi|hasta|\p{N}[\p{N}.,  ]*`,
    sourceNoise: String.raw`en un comunicado|en una declaración|en un informe|en su (?:último |nuevo )?(?:balance|informe|recuento|parte)|en rueda de prensa|en conferencia de prensa|en (?:Telegram|Twitter|X|Facebook|su página web|su cuenta|redes sociales)|a (?:la )?(?:AFP|EFE|Reuters|AP|agencia EFE|agencia AFP|Europa Press)|(?:este |el )?(?:{WEEKDAY})(?: por la (?:mañana|tarde|noche))?|(?:el )?\d{1,2} de (?:{MONTH})|ayer|hoy|anteriormente|previamente|inicialmente|también|además|por su parte|a su vez`,
    determiners: String.raw`el|la|los|las|lo|un|una|unos|unas|este|esta|estos|estas|del|al`,
    anaphora: String.raw`el organismo|la entidad|él|ella|ellos|ellas|la organización|la ONG|el observatorio|la agencia|la misma fuente|misma fuente|esta fuente|la fuente|las fuentes|fuentes|el ministerio|el ejército|las autoridades|los responsables|un responsable|el responsable|el portavoz|la portavoz|el vocero|los activistas|activistas|el grupo|la oficina|el comunicado|el informe|este último|esta última|el organismo|la misión|el comité|la comisión|los servicios de emergencia|los socorristas|el servicio|la entidad`,
    offices: String.raw`gobernador|gobernadora|gobernador regional|alcalde|alcaldesa|ministro|ministra|primer ministro|primera ministra|presidente|presidenta|vicepresidente|vicepresidenta|portavoz|vocero|vocera|jefe|jefa|director|directora|director general|directora general|comandante|responsable|funcionario|funcionaria|alto funcionario|enviado especial|enviada especial|coordinador|coordinadora|representante|secretario general|secretaria general|secretario|general|coronel|capitán|teniente|prefecto|fiscal|fiscal general|defensor del pueblo|comisionado|alto comisionado|embajador|embajadora|médico|médica|doctor|doctora|cirujano|jefe de estado mayor|ministro del interior|ministra del interior|ministro de sanidad|ministra de sanidad|ministro de salud|ministra de salud|ministro de defensa|ministra de defensa|jefe de la policía|jefe del ejército|líder local|líder tribal|líder comunitario|secretario de seguridad`,
  },
  time: {
    background: String.raw`(?:leer también|lea también|lee también|te puede interesar|ver también|noticias relacionadas|relacionado)\s?:|(?<!(?<!(?:sido|han|ha|habían|había|fueron|fue|son|es|están|está|estaban|estaba) )(?<!\p{L})\p{L}+(?:ad|id)[oa]s? |(?:más|menos|peor|peores|mayor|mayores) (?:\p{L}+ )?(?:\p{L}+ )?)desde hace (?:(?:varias |muchas )?(?:semanas|meses|años|décadas)|(?:más de |casi |cerca de )?(?:un año|(?:\p{L}+|\d+) (?:meses|años|décadas)))|desde el golpe(?: de estado| militar)?|desde la toma del poder|desde que (?:comenzó|empezó|estalló|se inició|inició|arrancó|comenzara|empezara|estallara) (?:la guerra|el conflicto|la invasión|la revuelta|la revolución|la crisis)|(?:en|durante) (?:los|estos) últimos (?:\p{L}+ |\d+ )?(?:meses|años|decenios|lustros)|desde (?:principios|comienzos|inicios) de(?:l| este)? mes|en lo que va (?:de|del) mes|en lo que va de (?:{MONTH})|desde entonces|desde (?:(?:el )?(?:inicio|comienzo|principio|estallido) de (?:la guerra|el conflicto|la invasión|la revuelta|la revolución|las hostilidades|la ofensiva israelí|año|la crisis|las protestas|las manifestaciones|las movilizaciones|la represión|los disturbios|el estallido social)|el inicio del conflicto|el comienzo del conflicto|(?:(?:{MONTH}|principios|finales|mediados)(?: de)? )?{YEAR}|(?:el )?\d{1,2} de (?:{MONTH}) de {YEAR}|la guerra|el conflicto|la invasión|entonces)|(?:en|durante) los últimos (?:\p{L}+ )?(?:años|decenios|lustros)|a lo largo de la guerra|durante la guerra|durante el conflicto|(?:en|durante|a finales de|a principios de|a mediados de) {YEAR}|el año pasado|el pasado año|hace (?:\p{L}+ )?años|este año|en lo que va de año|en lo que va del año|desde principios de año|en total desde|en (?:{MONTH})(?: de {YEAR})?(?! \d)|(?:del|el) mes de (?:{MONTH})|(?:en|durante) el (?:primer|segundo|tercer|cuarto|último) (?:trimestre|semestre)(?: del año)?|(?:en|durante) (?:los|las) (?:\p{L}+ )?(?:primer[oa]s|últim[oa]s) (?:\p{L}+ )?(?:meses|semanas) (?:del|de este|de) año|en la primera mitad del año`,
    event: String.raw`desde (?:el )?(?:{WEEKDAY})|desde (?:ayer|esta mañana|anoche|el fin de semana|el inicio de (?:la ofensiva|la operación|el ataque|los combates|la semana)|el lanzamiento de la ofensiva|el amanecer|la madrugada|medianoche)|en las últimas (?:24|48|72) horas|durante las últimas (?:24|48|72) horas|en (?:los )?últimos (?:dos|tres|cuatro|cinco|2|3|4|5) días|en los últimos días|esta semana|(?:el )?(?:{WEEKDAY})|hoy|ayer|anoche|esta mañana|de madrugada|este fin de semana|(?:por|durante|en) la (?:noche|madrugada|mañana|tarde)|esa (?:misma )?(?:noche|madrugada|mañana|tarde)`,
    rate: String.raw`al día|por día|cada día|diarios|diarias|diariamente|por semana|a la semana|cada semana|por mes|al mes|cada mes|al año|por año|cada año|anuales|de media|en promedio|un promedio de|por hora|cada hora|cada noche`,
    wholeWar: String.raw`(?:la (?:\p{L}+ )?guerra|el (?:\p{L}+ )?conflicto)(?: (?:en|de|del|entre)(?: [\p{L}\-]+){1,3})? (?:ya )?(?:ha|había|habría|han) (?:ya )?(?:dejado|causado|matado|costado|provocado|cobrado)|desde su (?:inicio|comienzo|estallido)|(?:por|a causa de|debido a) (?:la|esta|esa) guerra|(?:por|a causa de|debido a) (?:el|este|ese) conflicto|la (?:\p{L}+ )?guerra (?:ha|había|habría) (?:dejado|causado|matado|costado|provocado)|el (?:\p{L}+ )?conflicto (?:ha|había|habría) (?:dejado|causado|matado|costado|provocado)|la guerra civil|de la guerra|del conflicto|durante la guerra|en la guerra|en el conflicto|desde el inicio de la guerra|desde el comienzo de la guerra|desde el inicio del conflicto|balance de la guerra|en \p{L}+ años de (?:guerra|conflicto)|años de guerra|años de conflicto|la guerra que estalló|el conflicto que estalló|la guerra,? que|el conflicto,? que|la campaña (?:ha|había) (?:dejado|matado)|de la insurgencia|de la revuelta`,
    earlier: String.raw`(?:se produce|se produjo|llega|llegó|ocurre|ocurrió) (?:\p{L}+ )?(?:días|semanas|meses) después de|antes del? (?:pasado )?(?:{WEEKDAY})|(?:ataque|atentado|masacre|matanza|terremoto|sismo|bombardeo|naufragio|incendio|tiroteo|huracán|inundaciones|explosión|ofensiva)(?: [\p{L}\-]+){0,2} (?:de|en) {YEAR}|(?:el|del|en el) pasado mes de (?:{MONTH})|(?:el|del|en el) mes de (?:{MONTH}) pasado|el pasado (?:{MONTH})|en (?:{MONTH}) pasado|(?:\p{L}+ |un |el )días? antes|el día anterior|ese mismo día|aquel día|(?:que|cuando) (?:desencadenó|desató|detonó|provocó) (?:la|esta|esa) guerra|desencaden(?:ó|aron) (?:la|esta|esa) guerra|la semana pasada|el mes pasado|el año pasado|hace (?:una|dos|tres|cuatro|varias|unas) (?:semanas|meses|años|semana)|hace (?:ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|[1-9]\d) días|(?:ese|aquel|el) mismo (?:mes|año)|(?:una|dos|tres|varias) (?:semanas|meses|años) antes|en un (?:ataque|bombardeo|atentado) similar|en un (?:ataque|bombardeo|atentado) anterior|en otro (?:ataque|bombardeo|atentado)|un (?:ataque|bombardeo|atentado) anterior|a principios de este año|a principios de este mes|(?:el )?\d{1,2} de (?:{MONTH}) de {YEAR}|(?:a principios|a finales|a mediados) de (?:{MONTH})|el más mortífero|la más mortífera|el más sangriento|la más sangrienta|aniversario|conmemor|recordó`,
  },
  parties: [
    { re: String.raw`(?:fuerzas|milicias|combatientes|tropas) (?:progubernamentales|leales al (?:gobierno|régimen)|afines al (?:gobierno|régimen)|pro-gubernamentales|prorrégimen)`, party: 'pro-government forces' },
    { re: String.raw`(?:fuerzas|tropas|soldados|militares) (?:gubernamentales|del gobierno|del régimen|regulares)|ejército (?:sirio|regular|gubernamental|del régimen)|fuerzas armadas sudanesas|régimen sirio`, party: 'government forces' },
    { re: String.raw`Fuerzas de Apoyo Rápido|FAR|RSF`, party: 'Rapid Support Forces' },
    { re: String.raw`Hayat Tahrir al[ -]Sham|Hayat Tahrir al[ -]Cham|HTS|Organismo de Liberación del Levante`, party: 'HTS' },
    { re: String.raw`Estado Islámico|EI|ISIS|Dáesh|Daesh`, party: 'Islamic State' },
    { re: String.raw`Hamás|Hamas|Hezbolá|Hizbulá|Hezbollah|hutíes|huthíes|talibanes|Boko Haram|Wagner|M23|Cártel de [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?|CJNG|ELN|FARC|disidencias de las FARC|Tren de Aragua`, party: '$0' },
    ...national(String.raw`(?:fuerzas|tropas|soldados|militares|ejército|policías|policía|guardias fronterizos|combatientes|fuerzas de seguridad)`, [
      ['israelíes|israelí', 'Israeli forces'],
      ['rusos?|rusas?', 'Russian forces'],
      ['ucranianos?|ucranianas?', 'Ukrainian forces'],
      ['turcos?|turcas?', 'Turkish forces'],
      ['estadounidenses', 'US forces'],
      ['iraníes|iraní', 'Iranian forces'],
      ['sudaneses|sudanés', 'Sudanese army'],
      ['malienses|maliense', 'Malian army'],
      ['congoleños?', 'Congolese army'],
      ['libaneses|libanés', 'Lebanese army'],
      ['iraquíes|iraquí', 'Iraqi forces'],
      ['mexicanos?|mexicanas?', 'Mexican security forces'],
      ['colombianos?|colombianas?', 'Colombian security forces'],
    ]),
    { re: String.raw`(?:fuerzas|tropas|soldados|militares|ejército|policías|policía|guardias fronterizos|combatientes|fuerzas de seguridad) (?:${NATIONALITIES})`, party: '$0' },
    { re: String.raw`rebeldes|insurgentes|guerrilleros|guerrilla`, party: 'rebels' },
    { re: String.raw`policías|policía|agentes de policía|Guardia Nacional|Guardia Civil`, party: 'police' },
    { re: String.raw`yihadistas`, party: 'jihadists' },
    { re: String.raw`milicias|milicianos|paramilitares|fuerzas de seguridad|ejército`, party: '$0' },
  ],
};

export const es: Locale = { lang: 'es', lexicon };
export default es;
