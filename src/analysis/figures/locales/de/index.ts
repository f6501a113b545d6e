// German lexicon of the casualty-figure extractor. See ../types.ts for the pattern rules.
// Nouns are declined ("Tote"/"Toten", "Kinder"/"Kindern") and compounded ("Regierungssoldaten",
// "Hamas-Kämpfer"): group patterns accept the case endings and a compound head. The verb often
// closes the clause ("... wurden 20 Zivilisten getötet"), which the 'post' role covers; separable
// verbs ("teilte ... mit") leave their particle to `sourceStop`.
import type { Locale, LocaleLexicon } from '../types.js';

/** A compound ending in `head`: "Regierungssoldaten", "IS-Kämpfer", "Hamas-Kämpfern". */
const compound = (head: string) => String.raw`[\p{L}]{0,24}-?(?:${head})`;

const NATIONALITIES_ADJ = String.raw`(?:syrisch|ukrainisch|russisch|israelisch|palästinensisch|libanesisch|sudanesisch|irakisch|iranisch|afghanisch|jemenitisch|malisch|nigrisch|nigerianisch|kongolesisch|somalisch|äthiopisch|libysch|türkisch|kurdisch|amerikanisch|us-amerikanisch|französisch|britisch|ägyptisch|pakistanisch|indisch|tschadisch|burkinisch|myanmarisch|haitianisch)(?:e|en|er|es)?`;

/** Party patterns "<nationality adjective> <force noun>" with an English name per nationality. */
function national(force: string, rows: Array<[string, string]>) {
  return rows.map(([nat, party]) => ({ re: `(?:${nat})(?:e|en|er|es)? ${force}`, party }));
}

const lexicon: LocaleLexicon = {
  lang: 'de',
  kinds: [
    // killed
    { kind: 'killed', role: 'both', re: String.raw`getötet|umgebracht|ermordet|erschossen|hingerichtet|massakriert|enthauptet|gelyncht|tödlich verletzt|tödlich verwundet|tödlich getroffen|niedergeschossen` },
    { kind: 'killed', role: 'pre', re: String.raw`kostete|kosteten|tötete|töteten|tötet|töten|tötend|erschoss|erschossen|ermordete|ermordeten|forderte|forderten|fordert|kostete das Leben von|kosteten das Leben von|das Leben von|den Tod von|der Tod von|riss|rissen in den Tod|tötungen von|unter den Toten (?:sind|waren|seien|befinden sich|befanden sich)|unter den Opfern (?:sind|waren|seien|befinden sich)` },
    { kind: 'killed', role: 'both', re: String.raw`starben|sterben|stirbt|starb` },
    // a force's losses: "die Armee verlor zwölf Soldaten"
    { kind: 'killed', role: 'pre', re: String.raw`(?:verlor|verloren)(?= (?:(?:bei|in|im) [\p{L}]+ (?:[\p{L}]+ )?)?(?:mindestens |mehr als |rund |etwa )?[\p{N}\p{L}.]+ (?:ihrer |seiner )?(?:Soldaten|Männer|Kämpfer|Polizisten|Beamte|Militärs|Angehörige))` },
    // a side's word for killing: "45 Terroristen eliminiert", "ausgeschaltet"
    { kind: 'killed', role: 'both', re: String.raw`eliminiert|ausgeschaltet|neutralisiert` },
    // succumbed: "Vier Menschen erlagen ihren Verletzungen"
    { kind: 'killed', role: 'post', re: String.raw`(?:erlagen|erlag|sind|seien|ist) (?:später |inzwischen |im Krankenhaus )?(?:ihren|seinen|ihrem|seinem) (?:schweren )?(?:Verletzungen|Verwundungen|Verletzung)(?: erlegen)?` },
    // the participle opening the sentence: "Getötet wurden 12 Menschen", "Ums Leben kamen acht"
    { kind: 'killed', role: 'pre', re: String.raw`(?<=^|[.;:]\s*)(?:getötet|ermordet|erschossen) (?:wurden|worden sind|sind|seien|waren)|(?<=^|[.;:,]\s*)ums Leben (?:kamen|kam|gekommen sind)` },
    { kind: 'injured', role: 'pre', re: String.raw`(?<=^|[.;:,]\s*|\sund\s)(?:verletzt|verwundet|schwer verletzt) (?:wurden|worden sind|sind|seien|waren)` },
    { kind: 'killed', role: 'post', re: String.raw`das Leben gekostet|das Leben kostete|das Leben kosteten|ums Leben gebracht|ums Leben|zu Tode|sind gestorben|seien gestorben|waren gestorben|gestorben|kamen ums Leben|kam ums Leben|sind ums Leben gekommen|seien ums Leben gekommen|ums Leben gekommen|kamen zu Tode|zu Tode gekommen|verloren ihr Leben|verlor sein Leben|verlor ihr Leben|(?:sind|seien|waren|wurden) tot|tot aufgefunden|tot geborgen|leblos geborgen|tot|sind gefallen|fielen|gefallen|unter den Toten|unter den Opfern|unter den Getöteten|zu beklagen` },
    { kind: 'killed', role: 'noun', re: String.raw`Tote|Toten|Todesopfer|Todesopfern|Getötete|Getöteten|Menschenleben|Gefallene|Gefallenen|Leichen|Tote zu beklagen|Opfer zu beklagen|Morde|Tötungsdelikte` },
    // bodies and remains of a count: "die Leichen von 20 Männern", "die Überreste von 30 Menschen"
    { kind: 'killed', role: 'pre', re: String.raw`(?:die )?(?:Leichen|Leichname|Überreste|sterblichen Überreste) von` },
    { kind: 'killed', role: 'toll', re: String.raw`(?:die )?Zahl der (?:Toten|Todesopfer|Getöteten|Opfer|getöteten (?:Menschen|Zivilisten|Personen)|Gefallenen)|Todeszahl|Totenzahl|Opferzahl|Zahl der Todesfälle|(?:vorläufige |neue |offizielle )?Bilanz|Opferbilanz|Todesbilanz` },
    // injured
    { kind: 'injured', role: 'both', re: String.raw`verletzt|verwundet|schwer verletzt|leicht verletzt|schwerverletzt|lebensgefährlich verletzt|verstümmelt|geschlagen|misshandelt|verprügelt` },
    { kind: 'injured', role: 'pre', re: String.raw`verletzte|verletzten|verwundete|verwundeten|verletzend` },
    { kind: 'injured', role: 'post', re: String.raw`(?:mussten|müssen|wurden|werden) (?:im Krankenhaus )?behandelt|(?:wurden|werden) ins Krankenhaus gebracht|erlitten (?:schwere |leichte )?Verletzungen|erlitten Verletzungen|schweben in Lebensgefahr|in Lebensgefahr|in kritischem Zustand|unter den Verletzten` },
    { kind: 'injured', role: 'post', re: String.raw`(?<=davon )(?:schwer|lebensgefährlich|leicht|schwerst)(?:verletzt)?(?<=(?:Verletzte|Verletzten|Verwundete|Verwundeten)[^.;]{0,60})` },
    { kind: 'injured', role: 'noun', re: String.raw`Verletzte|Verletzten|Verwundete|Verwundeten|Schwerverletzte|Schwerverletzten|Leichtverletzte|Leichtverletzten` },
    { kind: 'injured', role: 'toll', re: String.raw`(?:die )?Zahl der (?:Verletzten|Verwundeten)` },
    // displaced
    { kind: 'displaced', role: 'both', re: String.raw`vertrieben|verjagt|entwurzelt|zur Flucht gezwungen|in die Flucht getrieben|obdachlos geworden|obdachlos` },
    { kind: 'displaced', role: 'pre', re: String.raw`vertrieb|vertrieben|zwang|zwangen|die Flucht von|Vertreibung von` },
    { kind: 'displaced', role: 'both', re: String.raw`flohen|flüchteten|fliehen|flüchten|floh|flüchtete|flieht|flüchtet` },
    { kind: 'displaced', role: 'post', re: String.raw`sind geflohen|seien geflohen|waren geflohen|geflohen|geflüchtet|mussten fliehen|mussten flüchten|sind auf der Flucht|auf der Flucht|verließen ihre (?:Häuser|Wohnungen|Heimat|Dörfer)|haben ihre (?:Häuser|Wohnungen|Heimat) verlassen|ihre (?:Häuser|Heimat) verlassen|suchten Zuflucht|haben Zuflucht gesucht|überquerten die Grenze|(?:verloren|verlor) (?:ihr Zuhause|ihre (?:Wohnungen|Wohnung|Häuser|Bleibe|Unterkunft)|ihr (?:Haus|Obdach|Heim))|(?:haben|hatten|hat|hatte) (?:ihr Zuhause|ihre (?:Wohnungen|Wohnung|Häuser|Bleibe|Unterkunft)|ihr (?:Haus|Obdach|Heim)) verloren` },
    { kind: 'displaced', role: 'noun', re: String.raw`Vertriebene|Vertriebenen|Binnenvertriebene|Binnenvertriebenen|Flüchtlinge|Flüchtlingen|Binnenflüchtlinge|Binnenflüchtlingen|Geflüchtete|Geflüchteten|Obdachlose|Obdachlosen` },
    { kind: 'displaced', role: 'toll', re: String.raw`(?:die )?Zahl der (?:Vertriebenen|Flüchtlinge|Geflüchteten|Binnenvertriebenen)` },
    // missing
    { kind: 'missing', role: 'both', re: String.raw`vermisst|verschollen|verschüttet|(?:noch |weiterhin )?unter den Trümmern|unter Trümmern begraben` },
    { kind: 'missing', role: 'noun', re: String.raw`Vermisste|Vermissten|Verschollene|Verschollenen|Verschüttete|Verschütteten` },
    { kind: 'missing', role: 'toll', re: String.raw`(?:die )?Zahl der Vermissten` },
    // detained
    { kind: 'detained', role: 'both', re: String.raw`festgenommen|verhaftet|gefangen genommen|gefangengenommen|entführt|verschleppt|inhaftiert|in Gewahrsam genommen|als Geiseln? genommen|in Geiselhaft|gekidnappt|eingesperrt|interniert` },
    { kind: 'detained', role: 'pre', re: String.raw`verhaftete|verhafteten|entführte|entführten|verschleppte|verschleppten|die Festnahme von|Festnahme von|die Entführung von|Entführung von|die Verhaftung von` },
    { kind: 'detained', role: 'post', re: String.raw`fest(?=\s*[.,;)]|\s*$)|(?:sind|seien|werden|befinden sich) (?:weiterhin |noch )?(?:in Haft|in Gefangenschaft|in Gewahrsam|in der Gewalt)|in Haft|in Gefangenschaft|in Gewahrsam|in der Gewalt|fest` },
    { kind: 'detained', role: 'noun', re: String.raw`Festgenommene|Festgenommenen|Geiseln|Gefangene|Gefangenen|Häftlinge|Häftlingen|Inhaftierte|Festnahmen|Kriegsgefangene|Kriegsgefangenen` },
  ],
  groups: [
    { who: 'civilians', re: String.raw`Zivilisten|Zivilistinnen|Zivilist|Zivilistin|Zivilpersonen|Unbeteiligte|Unbeteiligten|humanitäre Helfer|Helfer|Helferinnen|Hilfskräfte|Hilfskräften|Journalisten|Journalistinnen|Reporter|Sanitäter|Rettungssanitäter|Ärzte|Ärztinnen|Pflegekräfte|medizinisches Personal|Rettungskräfte|Rettungskräften|Retter|Zivilschützer|Lehrer|Lehrerinnen|UN-Mitarbeiter|Mitarbeiter von Hilfsorganisationen|Mitarbeitende` },
    { who: 'children', re: String.raw`Kinder|Kindern|Kind|Minderjährige|Minderjährigen|Jugendliche|Jugendlichen|Babys|Säuglinge|Kleinkinder|Schüler|Schülerinnen|Schulkinder|Mädchen|Jungen|Buben|Teenager` },
    { who: 'women', re: String.raw`Frauen|Frau|Mütter|Schwangere|Schwangeren` },
    { who: 'combatants', party: 'rebels', re: `${compound('Rebellen')}|Aufständische|Aufständischen|Oppositionskämpfer|Oppositionskämpfern|Aufständische Kämpfer` },
    { who: 'combatants', party: 'police', re: String.raw`Polizisten|Polizistinnen|Polizist|Polizeibeamte|Polizeibeamten|Beamte|Beamten|Polizeikräfte|Gendarmen|Sicherheitsbeamte|Sicherheitsbeamten` },
    { who: 'combatants', party: 'pro-government militias', re: String.raw`Milizionäre|Milizionären|Milizangehörige|Milizangehörigen|Paramilitärs|Milizen` },
    { who: 'combatants', re: String.raw`${compound('soldaten|soldatinnen|kämpfer|kämpfern|kämpferinnen|truppen|milizionäre')}|(?:Hamas|Hisbollah|IS|Taliban|Huthi|Al-Kaida|PKK|Wagner|RSF|HTS|Miliz|Armee)-(?:Mitglieder|Mitgliedern|Angehörige|Angehörigen|Kommandeure|Anführer)|Soldat|Soldatin|Militärs|Dschihadisten|Jihadisten|Islamisten|Terroristen|Extremisten|Söldner|Angreifer|Bewaffnete|Bewaffneten|Kombattanten|Militärangehörige|Militärangehörigen|Armeeangehörige|Armeeangehörigen|Wehrpflichtige|Reservisten|Offiziere|Offizieren|Grenzschützer|Grenzsoldaten|Marinesoldaten|Sicherheitskräfte|Sicherheitskräften|Angehörige (?:der|des) [\p{L}\- ]{0,40}?(?:Streitkräfte|Armee|Miliz|Milizen|Gruppe|Truppen|Brigaden|Bewegung|Garde|Polizei|Sicherheitskräfte)|Mitglieder (?:der|des) [\p{L}\- ]{0,40}?(?:Streitkräfte|Armee|Miliz|Milizen|Gruppe|Truppen|Brigaden|Bewegung|Garde|Polizei|Sicherheitskräfte)` },
    { who: 'people', unit: 'families', re: String.raw`Familien(?!-)|Familie(?!-)` },
    { who: 'people', unit: 'households', re: String.raw`Haushalte|Haushalten|Haushalt` },
    { who: 'people', re: String.raw`Familienmitglieder|Familien-Mitglieder|Familienangehörige|Menschen|Personen|Person|Einwohner|Einwohnern|Bewohner|Bewohnern|Dorfbewohner|Anwohner|Passagiere|Pilger|Migranten|Migrantinnen|Asylsuchende|Opfer|Opfern|Patienten|Männer|Männern|Arbeiter|Bauern|Fischer|Demonstranten|Demonstrantinnen|Gläubige|Gläubigen|Bürger|Staatsangehörige|Staatsbürger|Palästinenser|Palästinensern|Israelis|Syrer|Syrern|Ukrainer|Ukrainern|Russen|Sudanesen|Libanesen|Afghanen|Iraker|Jemeniten|Malier|Kongolesen|Somalier|Äthiopier|Türken|Kurden|Amerikaner|Franzosen|Briten|Ägypter|Haitianer|Rohingya|Uiguren|Christen|Muslime|Alawiten|Drusen|Jesiden|Siedler|Ausländer|Geiseln|Gefangene|Gefangenen|Häftlinge|andere|weitere|insgesamt|Leute` },
  ],
  nonPerson: String.raw`Drittel|Viertel|Fünftel|Hälfte|Dörfer|Dörfern|Dorf|Städte|Städten|Stadt|Ortschaften|Orte|Orten|Viertel|Stadtteile|Provinzen|Regionen|Länder|Ländern|Lager|Camps|Stellungen|Positionen|Luftangriffe|Luftangriffen|Angriffe|Angriffen|Anschläge|Raketen|Drohnen|Granaten|Geschosse|Marschflugkörper|Explosionen|Gefechte|Kilometer|Kilometern|km|Meter|Metern|m|Tonnen|Lastwagen|Lkw|Fahrzeuge|Fahrzeugen|Panzer|Flugzeuge|Kampfjets|Hubschrauber|Boote|Booten|Schiffe|Busse|Autos|Häuser|Häusern|Gebäude|Gebäuden|Wohnungen|Wohnhäuser|Schulen|Krankenhäuser|Krankenhäusern|Kliniken|Moscheen|Kirchen|Zelte|Zelten|Brücken|Straßen|Stützpunkte|Kontrollpunkte|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Minuten|Sekunden|Mal|Prozent|%|Punkte|Dollar|US-Dollar|Euro|Franken|Rubel|Hrywnja|Stimmen|Sitze|Seiten|Fälle|Fällen|Mahlzeiten|Dosen|Betten|Krankenwagen|Konvois|Ziele|Zielen|Waffen|Gewehre|Brigaden|Bataillone|Divisionen|Regimenter|Einheiten|Gruppen|Organisationen|Parteien|Nationen|Grad|Stockwerke|Tunnel|Gefängnisse|Flüge|Grenzübergänge|Häfen|Flughäfen|Rinder|Schafe|Ziegen|Tiere|Minen|Quadratkilometer|Hektar|Liter|Kilogramm|kg|Millionen Dollar|Millionen Euro|Milliarden`,
  maxModifiers: 3,
  stopAfter: String.raw`wurden|wurde|waren|war|sind|ist|seien|sei|haben|hat|hatten|hatte|werden|wird|worden|kamen|starben|sollen|sollten|dürften|könnten|bei|in|im|am|an|auf|aus|durch|für|gegen|mit|nach|seit|von|vom|zu|zum|zur|über|unter|vor|während|wegen|laut|zufolge|und|oder|aber|sowie|als|wie|dass|die|der|das|den|dem|des|ein|eine|einer|eines|einem|einen|sie|er|es|wir|sich|auch|noch|bereits|schon|nur|insgesamt|allein|gestern|heute|pro|Prozent|%|darunter|davon`,
  hedgesBefore: [
    { qualifier: 'at_least', re: String.raw`mindestens|wenigstens|zumindest|nicht weniger als|minimal` },
    { qualifier: 'more_than', re: String.raw`mehr als|über|weit über|weit mehr als|deutlich mehr als|deutlich über|knapp über|gut|über die|jenseits von|oberhalb von|mehr denn|(?:übersteigt|überstieg|überstiegen|überschritt|überschreitet|überschritten|übertraf|übertrifft)(?: (?:nun |inzwischen |bereits )?(?:die (?:Marke|Schwelle|Grenze) von|die Zahl von))?` },
    { qualifier: 'about', re: String.raw`auf(?<=(?:schätzt|schätzte|schätzten|schätzen|geschätzt|geschätzte|Schätzungen)(?: [^\s.;:!?]+){1,8} auf)|rund|etwa|ungefähr|circa|ca\.|zirka|schätzungsweise|geschätzt|geschätzte|an die|um die|in etwa|grob|vermutlich|möglicherweise` },
    { qualifier: 'nearly', re: String.raw`fast|beinahe|knapp|nahezu|annähernd|an nahezu|fast schon|kurz vor|knapp unter|knapp weniger als` },
    { qualifier: 'up_to', re: String.raw`bis zu|höchstens|maximal|weniger als|unter|nicht mehr als|bis` },
  ],
  fillers: String.raw`(?:am )?(?:{WEEKDAY})(?:abend|morgen|nachmittag|mittag)?|gestern|heute|in der Nacht|am Wochenende|dabei|damit|insgesamt|weitere|weiteren|weiterer|erneut|noch|mindestens|die|der|das|den|dem|des|ein|eine|einen|einem|allein|nur|bereits|schon|zusammen|zudem|auch|offiziell|mehr als|rund|etwa|fast|knapp|über|bis zu|mindestens`,
  hedgesAfter: [
    { qualifier: 'at_least', re: String.raw`oder mehr|und mehr|mindestens|zumindest|wenigstens` },
    { qualifier: 'more_than', re: String.raw`plus|\+` },
    { qualifier: 'about', re: String.raw`ungefähr|etwa|circa` },
  ],
  range: { between: String.raw`zwischen|von`, and: String.raw`und|bis|-|–|—`, to: String.raw`bis|-|–|—|oder|bis zu` },
  subset: {
    before: String.raw`darunter|darunter auch|unter ihnen|unter den Toten (?:sind|waren|seien|befinden sich)|unter den Opfern (?:sind|waren|seien)|unter den (?:Verletzten|Verwundeten|Getöteten|Vermissten|Festgenommenen|Verschleppten|Geiseln)(?: (?:sind|waren|seien|befinden sich|befanden sich))?|unter den (?:\d[\d.]*|[\p{L}]+) (?:Toten|Opfern|Todesopfern|Verletzten|Verwundeten|Getöteten|Vermissten|Festgenommenen|Geiseln) (?:sind|waren|seien|befinden sich|befanden sich)|einschließlich|inklusive|vor allem|überwiegend|zumeist|meist|größtenteils|mehrheitlich|hauptsächlich|überwiegend`,
    after: String.raw`davon|von ihnen|unter ihnen|unter den Toten|unter den Opfern|unter den Verletzten|unter den Getöteten|der Toten|der Opfer|der Verletzten`,
  },
  others: String.raw`weitere|weiteren|andere|anderen`,
  coordination: String.raw`und|sowie|plus|neben|zusätzlich zu|,|, und|und weitere|und mindestens|und mehr als|außerdem|zudem`,
  relative: String.raw`(?:, )?(?:viele|die meisten|einige|manche|mehrere|die Hälfte|ein Drittel|ein Teil|alle|keiner|keine) (?:von ihnen|davon)|,\s(?:die|der|welche|deren|denen)`,
  blockers: String.raw`frei(?=\s*(?:[.,;)]|$|und\s|oder\s))(?<=(?:ließ|ließen|lässt|lassen|kamen|kam|kommen|kommt)[^.;]{0,80}frei)|eingeschlossen|eingekesselt|festsitzen|festsaßen|saßen fest|sitzen fest|Schutz suchten|Schutz gesucht|Schutz suchen|evakuiert|in Sicherheit gebracht|gerettet|geborgen lebend|lebend geborgen|befreit|freigelassen|freigekommen|Freilassung|frei gelassen|ausgetauscht|Austausch|zurückgekehrt|heimgekehrt|kehrten zurück|überlebten|überlebt|Überlebende|Überlebenden|versammelten sich|demonstrierten|protestierten|nahmen teil|teilgenommen|teil|leben|lebten|wohnen|wohnten|beherbergt|beherbergte|aufgenommen|benötigen|brauchen|angewiesen|drohen|droht|bedroht|mobilisiert|stationiert|entsandt|rekrutiert|ausgebildet|beschäftigt|geimpft|registriert|abgestimmt|warten|warteten|untergebracht|harren aus|harrten aus|ausharren|zählt(?! (?:(?:mindestens|mehr als|über|rund|etwa|bereits|bislang|bisher|insgesamt|schon) )*(?:[\d.\s]+|\p{L}+ )(?:Tote|Toten|Todesopfer|Verletzte|Verletzten|Morde|Vermisste|Vermissten|Festnahmen|Festgenommene|Flüchtlinge|Vertriebene|Opfer))|zählte(?! (?:(?:mindestens|mehr als|über|rund|etwa|bereits|bislang|bisher|insgesamt|schon) )*(?:[\d.\s]+|\p{L}+ )(?:Tote|Toten|Todesopfer|Verletzte|Verletzten|Morde|Vermisste|Vermissten|Festnahmen|Festgenommene|Flüchtlinge|Vertriebene|Opfer))|Einwohnern|Einwohner zählt|Platz für`,
  notCountBefore: String.raw`Resolution|Route|Straße|Autobahn|Bundesstraße|Brigade|Regiment|Division|Bataillon|Korps|Armee|Artikel|Flug|Nr\.|Nummer|Einheit|Abschnitt|Sektor|Tor|Block|Gebäude|Kapitel|Absatz|Stufe|Phase|Kategorie|Typ|Modell|Zimmer|Zone|Bezirk|Lager|Gruppe|Kanal|Seite|Linie|Bus|Turm|Terminal|Kilometer|km|(?<!(?:selben|gleichen|diesem|jenem|folgenden|nächsten|vergangenen|letzten|ersten|ganzen|zwei|drei|vier|fünf|\d) )(?:Stunde|Stunden|Tag|Tagen|Jahr|Jahren)|im Alter von|Alter von|Alter|Band|Ausgabe|Staffel|Folge|Amtszeit|Runde|Klasse|Größe|Wohnung|Haus|Hausnummer|Platz|Kontrollpunkt|Basis|Position|Höhe|Punkt|Posten|Bett|Zelle|Ausfahrt|um|covid-|f-|su-|mig-|t-|al-|kh-|g`,
  notCountAfter: String.raw`Uhr|%|Prozent|Jahre alt|Jahre|Jahren|-jährige[mnrs]?|-Jährige[mnrs]?|jährige[mnrs]?|km|Kilometer|m|Meter|cm|mm|kg|°|Grad|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Minuten|Mal|mal|-mal|fach|-fach|Millimeter`,
  tollLink: String.raw`(?:Toten|Todesopfer|Opfer|Verletzten|Verwundeten|Vertriebenen|Flüchtlinge|Vermissten|Festgenommenen)(?: (?:nun|inzwischen|bereits))?|auf|von|bei|liegt bei|lag bei|liege bei|stieg auf|steigt auf|ist auf|war auf|sei auf|erhöhte sich auf|erhöht sich auf|kletterte auf|klettert auf|beträgt|betrug|betrage|belief sich auf|beläuft sich auf|:|–|-|—|mittlerweile|inzwischen|nun|nunmehr|ist|war|wurde|wird|mit|liegt inzwischen bei|stieg inzwischen auf|ist mittlerweile auf|stieg nach Angaben|erreichte|erreicht|überstieg|übersteigt|überschritt`,
  clauseBreak: String.raw`aber|jedoch|während|wohingegen|allerdings|zudem|außerdem|unterdessen|indes|derweil|später|zuvor|dagegen|hingegen`,
  months: String.raw`januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan\.?|feb\.?|mär\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|okt\.?|nov\.?|dez\.?`,
  monthNames: [
    String.raw`januar|jänner|jan\.?`, String.raw`februar|feb\.?`, String.raw`märz|maerz|mär\.?`, String.raw`april|apr\.?`, String.raw`mai`, String.raw`juni|jun\.?`,
    String.raw`juli|jul\.?`, String.raw`august|aug\.?`, String.raw`september|sept?\.?`, String.raw`oktober|okt\.?`, String.raw`november|nov\.?`, String.raw`dezember|dez\.?`,
  ],
  weekdays: String.raw`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags`,
  weekdayNames: [String.raw`montag`, String.raw`dienstag`, String.raw`mittwoch`, String.raw`donnerstag`, String.raw`freitag`, String.raw`samstag|sonnabend`, String.raw`sonntag`],
  reporter: {
    sourceBefore: String.raw`laut|nach Angaben (?:der|des|von|vom)|nach Angaben|nach Informationen (?:der|des|von|vom)|nach Zählung (?:der|des|von|vom)|nach Schätzungen (?:der|des|von|vom)|nach Daten (?:der|des|von|vom)|nach einer Bilanz (?:der|des|von|vom)|nach jüngsten Angaben (?:der|des|von|vom)|nach neuen Angaben (?:der|des|von|vom)|unter Berufung auf|zitiert von|gemäß|seitens|so|wie`,
    saidVerbs: String.raw`teilte mit|teilten mit|teilte|teilten|mitteilte|mitteilten|teilt mit|sagte|sagten|sagt|berichtete|berichteten|berichtet|meldete|meldeten|meldet|erklärte|erklärten|erklärt|gab an|gaben an|gibt an|hieß es|heißt es|bestätigte|bestätigten|schätzt|schätzte|zählte|dokumentierte|verzeichnete|registrierte|schrieb|twitterte|warnte|zufolge|bilanzierte|bezifferte|beziffert|bezifferten|sprach von|spricht von|sprachen von|veröffentlichte|verkündete|gab bekannt|gaben bekannt|bekanntgab|bekannt gab|informierte|hatte mitgeteilt|hatte berichtet|hatte gemeldet|hatte erklärt`,
    sourceStop: String.raw`dass|welche|welcher|am|auf|bei|zuvor|später|bereits|zudem|auch|hatte|hat|haben|hatten|war|waren|ist|sind|wurde|wurden|es|nach|als|wenn|mit|mitteilte|berichtete|meldete|erklärte|sagte|angab|zufolge|gegenüber|mindestens|mehr als|über|rund|etwa|fast|knapp|bis zu|insgesamt|\p{N}[\p{N}.,]*`,
    sourceNoise: String.raw`am (?:{WEEKDAY})(?:abend|morgen|nachmittag|mittag)?|(?:{WEEKDAY})(?:abend|morgen|nachmittag|mittag)?|in einer Erklärung|in einer Mitteilung|in einem Bericht|auf (?:Telegram|Twitter|X|Facebook|seiner Website|ihrer Website|seinem Telegram-Kanal)|der Nachrichtenagentur (?:AFP|dpa|Reuters|AP)|gegenüber (?:der )?(?:Nachrichtenagentur )?(?:AFP|dpa|Reuters|AP)|am \d{1,2}\. (?:{MONTH})|gestern|heute|zuvor|später|bereits|zudem|auch|am Abend|am Morgen|in der Nacht|mit`,
    determiners: String.raw`der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen`,
    anaphora: String.raw`er|sie|es|die Organisation|die Beobachtungsstelle|die NGO|die Gruppe|die Behörde|die Behörden|das Ministerium|die Armee|das Militär|der Sprecher|die Sprecherin|die Quelle|dieselbe Quelle|die Aktivisten|Aktivisten|Beobachter|die Beobachter|die Helfer|die Agentur|das Büro|die Mission|die Uno|die UN|die Vereinten Nationen|die Menschenrechtler|die Retter|die Rettungskräfte|diese`,
    offices: String.raw`Gouverneur|Gouverneurin|Regionalgouverneur|Militärgouverneur|Bezirksgouverneur|Bürgermeister|Bürgermeisterin|Minister|Ministerin|Ministerpräsident|Ministerpräsidentin|Regierungschef|Regierungschefin|Präsident|Präsidentin|Sprecher|Sprecherin|Chef|Chefin|Leiter|Leiterin|Direktor|Direktorin|Kommandeur|Befehlshaber|Beamter|Beamtin|Vertreter|Vertreterin|Gesandter|Sondergesandter|Koordinator|Koordinatorin|Generalsekretär|Generalsekretärin|General|Oberst|Hauptmann|Leutnant|Staatsanwalt|Staatsanwältin|Generalstaatsanwalt|Kommissar|Kommissarin|Hochkommissar|Botschafter|Botschafterin|Arzt|Ärztin|Chirurg|Polizeichef|Armeechef|Gesundheitsminister|Gesundheitsministerin|Innenminister|Innenministerin|Verteidigungsminister|Verteidigungsministerin|Stammesführer|Dorfvorsteher|Bürgermeister`,
  },
  time: {
    background: String.raw`(?:lesen sie auch|mehr zum thema|auch interessant|siehe auch)\s?:|(?<!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines) |(?<!\p{L})\p{L}+ste[nmrs]? (?:\p{L}+ )?)seit (?:(?:vielen |einigen |mehreren )?(?:Wochen|Monaten|Jahren|Jahrzehnten)|(?:mehr als |fast |knapp |über |nunmehr )?(?:einem Jahr|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|\d+) (?:Monaten|Jahren)))(?! (?:\p{L}+(?:te|ten|tes|ter|tem|nde|nden|ndes|nder|ndem)) (?!(?:wurden|sind|waren|haben|hatten)))|seit (?:\p{L}+ )?(?:Wochen|Monaten|Jahren) (?:andauernden?|anhaltenden?|währenden?)|seit (?:dem )?(?:Beginn|Anfang) des Jahres|seit dem (?:\p{L}+ )?(?:Putsch|Staatsstreich|Militärputsch)|seit der Machtübernahme|seither|seitdem|seit (?:(?:Anfang|Ende|Mitte) )?(?:(?:{MONTH}) )?{YEAR}|seit (?:dem )?(?:Beginn|Ausbruch|Anfang) (?:des|der) (?:\p{L}+ )?(?:[\p{L}]+-)?(?:\p{L}*(?:krieges|kriegs|konflikts|konfliktes)|Invasion|Aufstands|Revolution|Kämpfe|Proteste|Protestwelle|Krise|Unruhen|Demonstrationen|Niederschlagung)|seit Kriegsbeginn|seit Kriegsausbruch|seit Konfliktbeginn|seit Beginn der (?:russischen )?Invasion|seit dem \d{1,2}\. (?:{MONTH})(?: {YEAR})?|in den (?:vergangenen|letzten) (?:\p{L}+ )?(?:Jahren|Jahrzehnten|Monaten)|im (?:vergangenen|letzten) Jahr|im Vorjahr|letztes Jahr|vor (?:\p{L}+ )?Jahren|in diesem Jahr|dieses Jahr|seit Jahresbeginn|seit Anfang des Jahres|(?:im Jahr|im Jahre|Ende|Anfang|Mitte) {YEAR}|(?:in|bis) {YEAR}|insgesamt seit|im (?:{MONTH})(?: {YEAR})?|während des (?:\p{L}+ )?(?:Krieges|Kriegs|Konflikts)`,
    event: String.raw`seit (?:{WEEKDAY})|seit (?:gestern|heute früh|heute Morgen|dem Wochenende|Beginn der (?:Offensive|Operation|Angriffe|Kämpfe|Woche)|Tagesanbruch|Mitternacht)|in den (?:vergangenen|letzten) (?:24|48|72) Stunden|binnen (?:24|48|72) Stunden|innerhalb von (?:24|48|72) Stunden|in den (?:vergangenen|letzten) (?:zwei|drei|vier|fünf|2|3|4|5|paar) Tagen|(?:am |bis |seit )?(?:{WEEKDAY})(?:abend|morgen|vormittag|nachmittag|mittag|früh)?|heute|gestern|in der Nacht|über Nacht|diese Woche|in dieser Woche`,
    rate: String.raw`pro Tag|am Tag|täglich|pro Woche|pro Monat|pro Jahr|jeden Tag|jede Woche|jeden Monat|jedes Jahr|wöchentlich|monatlich|jährlich|im Durchschnitt|durchschnittlich|im Schnitt|pro Stunde|stündlich|jede Nacht`,
    wholeWar: String.raw`der (?:\p{L}+ )?(?:Bürger)?(?:krieg|Konflikt)(?: (?:im|in|um|zwischen|gegen)(?: [\p{L}\-]+){1,3})? (?:hat|hatte|forderte|kostete)(?: (?:bereits|schon|bisher|bislang|inzwischen|mittlerweile))?|seit (?:seinem|ihrem) (?:Beginn|Ausbruch)|der (?:\p{L}+ )?(?:Bürger)?krieg (?:hat|hatte|forderte|kostete)|der (?:\p{L}+ )?Konflikt (?:hat|hatte|forderte|kostete)|im (?:\p{L}+ )?(?:Bürger)?krieg|im (?:\p{L}+ )?Konflikt|während des (?:\p{L}+ )?(?:Bürger)?krieges|des (?:\p{L}+ )?(?:Bürger)?krieges|des (?:\p{L}+ )?(?:Bürger)?kriegs|des (?:\p{L}+ )?Konflikts|seit Kriegsbeginn|seit Beginn des Krieges|Jahre (?:des )?Krieg|jahrelangen|jahrzehntelangen|der Krieg,? der|der Konflikt,? der|Kriegsbeginn|im Krieg|in dem Krieg`,
    earlier: String.raw`(?:kommt|kam|erfolgt|erfolgte|ereignete sich) (?:\p{L}+ )?(?:Tage|Wochen|Monate) nach|(?:in der |der )?(?:vergangenen|letzten|vorigen) Woche|vergangene Woche|letzte Woche|vorige Woche|in der Vorwoche|vergangenen Monat|letzten Monat|im vergangenen Monat|vor (?:einer|zwei|drei|vier|mehreren|einigen) (?:Wochen|Monaten|Jahren|Woche)|vor (?:acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|[1-9]\d) Tagen|im (?:selben|gleichen) (?:Monat|Jahr)|bei einem (?:ähnlichen|früheren|anderen|vorherigen) (?:Angriff|Anschlag|Luftangriff|Massaker)|bei einem früheren|Anfang des Jahres|Anfang des Monats|am \d{1,2}\. (?:{MONTH}) {YEAR}|Anfang (?:{MONTH})|Ende (?:{MONTH})|Mitte (?:{MONTH})|der tödlichste|die tödlichste|das tödlichste|den tödlichsten|erinnerte|Jahrestag|Gedenken`,
  },
  parties: [
    { re: String.raw`regierungstreue (?:Truppen|Kräfte|Milizen|Kämpfer|Einheiten)|regimetreue (?:Truppen|Kräfte|Milizen|Kämpfer|Einheiten)|Assad-treue (?:Truppen|Kräfte|Milizen)|verbündete(?:n)? Milizen`, party: 'pro-government forces' },
    { re: String.raw`Regierungstruppen|Regierungssoldaten|Regierungskräfte|Regierungsarmee|Regimetruppen|Truppen der Regierung|Soldaten der (?:\p{L}+ )?Regierung|Truppen (?:von )?(?:Machthaber |Präsident )?Baschar al-Assad|Assads Truppen|Assad-Truppen|syrische(?:n)? Armee|Armee des Regimes`, party: 'government forces' },
    { re: String.raw`RSF|Rapid Support Forces|RSF-Miliz|RSF-Kämpfer|schnellen Eingreiftruppe|Schnellen Unterstützungskräfte`, party: 'Rapid Support Forces' },
    { re: String.raw`Hayat Tahrir al-Scham|Haiat Tahrir al-Scham|Hayat Tahrir al-Sham|HTS|HTS-Miliz|HTS-Kämpfer`, party: 'HTS' },
    { re: String.raw`Islamischer Staat|Islamischen Staates|IS-Miliz|Terrormiliz IS|IS-Kämpfer|IS`, party: 'Islamic State' },
    { re: String.raw`Hamas|Hisbollah|Huthi|Huthis|Taliban|Boko Haram|Wagner|M23|JNIM|Al-Shabaab|Al-Schabab`, party: '$0' },
    ...national(String.raw`(?:Soldaten|Truppen|Streitkräfte|Streitkräften|Armee|Polizisten|Polizei|Sicherheitskräfte|Kämpfer|Grenzschützer|Militärs|Militär)`, [
      ['israelisch', 'Israeli forces'],
      ['russisch', 'Russian forces'],
      ['ukrainisch', 'Ukrainian forces'],
      ['türkisch', 'Turkish forces'],
      ['(?:us-)?amerikanisch', 'US forces'],
      ['iranisch', 'Iranian forces'],
      ['sudanesisch', 'Sudanese army'],
      ['malisch', 'Malian army'],
      ['nigrisch', 'Nigerien army'],
      ['kongolesisch', 'Congolese army'],
      ['äthiopisch', 'Ethiopian army'],
      ['libanesisch', 'Lebanese army'],
      ['irakisch', 'Iraqi forces'],
    ]),
    { re: String.raw`${NATIONALITIES_ADJ} (?:Soldaten|Truppen|Streitkräfte|Streitkräften|Armee|Polizisten|Polizei|Sicherheitskräfte|Kämpfer|Grenzschützer|Militärs)`, party: '$0' },
    { re: `${compound('Rebellen')}|Aufständische|Aufständischen`, party: 'rebels' },
    { re: String.raw`Polizei|Polizisten|Polizeibeamte|Polizeibeamten`, party: 'police' },
    { re: String.raw`Dschihadisten|Jihadisten|Islamisten`, party: 'jihadists' },
    { re: String.raw`Milizen|Milizionäre|Paramilitärs|Sicherheitskräfte|Armee|Militär`, party: '$0' },
  ],
};

export const de: Locale = { lang: 'de', lexicon };
export default de;
