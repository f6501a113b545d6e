// The reporter table's entries beyond the first conflicts (config/reporters.json): aliases as wire
// copy writes them in each language, inflected and prefixed forms, generic descriptors resolved by
// place, and ordinary words that name no reporter. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { canonicalReporter, defaultReporterTable, extractFigures, findReporterMentions } from '../../../src/analysis/figures/index.js';
import type { Lang } from '../../../src/analysis/types.js';

const mentioned = (text: string, lang: Lang) => findReporterMentions(text, defaultReporterTable, lang).map((m) => m.name);
const reporterOf = (text: string, lang: Lang) => extractFigures(text, { lang }).map((f) => f.reporter);

describe('reporter table: aliases in context', () => {
  it.each<[Lang, string, string]>([
    // United States
    ['en', 'The Pentagon said two service members were wounded.', 'Pentagon'],
    ['en', 'A U.S. Defense Department official confirmed the toll.', 'Pentagon'],
    ['fr', 'Le Pentagone a fait état de deux blessés.', 'Pentagon'],
    ['de', 'Nach Angaben des Pentagons wurden zwei Soldaten verletzt.', 'Pentagon'],
    ['es', 'El Pentágono informó de dos heridos.', 'Pentagon'],
    ['ar', 'وقال البنتاغون إن جنديين أصيبا.', 'Pentagon'],
    ['en', 'U.S. Central Command said the strike killed a senior commander.', 'US Central Command (CENTCOM)'],
    ['de', 'Das US-Zentralkommando Centcom bestätigte den Angriff.', 'US Central Command (CENTCOM)'],
    ['ar', 'وأعلنت القيادة المركزية الأمريكية مقتل قيادي.', 'US Central Command (CENTCOM)'],
    // Russia and Ukraine
    ['en', "Russia's Emergencies Ministry said rescuers had recovered three bodies.", 'Russian Emergencies Ministry'],
    ['fr', "Selon le ministère russe des Situations d'urgence, trois corps ont été retrouvés.", 'Russian Emergencies Ministry'],
    ['es', 'El Ministerio ruso de Situaciones de Emergencia contabilizó tres muertos.', 'Russian Emergencies Ministry'],
    ['de', 'Ein Sprecher des russischen Ermittlungskomitees sprach von drei Toten.', 'Russian Investigative Committee'],
    ['ar', 'وقالت لجنة التحقيق الروسية إن ثلاثة قتلوا.', 'Russian Investigative Committee'],
    ['en', "Ukraine's National Police said four civilians were wounded.", 'Ukrainian National Police'],
    ['fr', 'La police nationale ukrainienne a recensé quatre blessés.', 'Ukrainian National Police'],
    ['de', 'Laut der ukrainischen Polizei wurden vier Zivilisten verletzt.', 'Ukrainian National Police'],
    ['es', 'La Policía Nacional de Ucrania informó de cuatro heridos.', 'Ukrainian National Police'],
    ['de', 'Nach Angaben des ukrainischen Innenministeriums starben zwei Menschen.', 'Ukrainian Interior Ministry'],
    // Israel, Palestinian territories, Lebanon
    ['en', 'Israeli police said the attacker had stabbed two people.', 'Israeli police'],
    ['ar', 'وقالت الشرطة الإسرائيلية إن شخصين أصيبا.', 'Israeli police'],
    ['en', "Israel's Shin Bet security service said it had arrested 20 suspects.", 'Shin Bet'],
    ['ar', 'وأعلن جهاز الشاباك اعتقال 20 شخصا.', 'Shin Bet'],
    ['en', "The Palestinian Prisoners' Society said 15 people were detained overnight.", "Palestinian Prisoners' Society"],
    ['ar', 'وقال نادي الأسير الفلسطيني إن 15 شخصا اعتقلوا.', "Palestinian Prisoners' Society"],
    ['en', 'The Lebanese army said one soldier was killed.', 'Lebanese army'],
    ['fr', "L'armée libanaise a annoncé la mort d'un soldat.", 'Lebanese army'],
    ['de', 'Die libanesische Armee meldete einen toten Soldaten.', 'Lebanese army'],
    ['es', 'El ejército libanés informó de la muerte de un soldado.', 'Lebanese army'],
    ['ar', 'وذكر بيان للجيش اللبناني أن جنديا قتل.', 'Lebanese army'],
    ['de', 'Helfer des libanesischen Zivilschutzes bargen zwei Leichen.', 'Lebanese Civil Defence'],
    ['ar', 'وقال الدفاع المدني اللبناني إنه انتشل جثتين.', 'Lebanese Civil Defence'],
    ['fr', 'La Force intérimaire des Nations unies au Liban (Finul) a fait état de trois Casques bleus blessés.', 'UNIFIL'],
    // Iraq, Kurdistan, Turkey, Iran
    ['en', "Iraq's Counter-Terrorism Service said five militants were killed.", 'Iraqi Counter-Terrorism Service'],
    ['ar', 'وأعلن جهاز مكافحة الإرهاب العراقي مقتل خمسة مسلحين.', 'Iraqi Counter-Terrorism Service'],
    ['ar', 'وقالت هيئة الحشد الشعبي إن ثلاثة من عناصرها قتلوا.', 'Popular Mobilisation Forces (PMF)'],
    ['en', 'The Kurdistan Region Security Council said a drone wounded two guards.', 'Kurdistan Region Security Council'],
    ['en', "Turkey's Interior Ministry said 12 suspects were detained.", 'Turkish Interior Ministry'],
    ['de', 'Die verbotene Kurdische Arbeiterpartei PKK bestätigte den Tod zweier Kämpfer.', "Kurdistan Workers' Party (PKK)"],
    ['en', 'The Turkish Red Crescent said it had treated 40 wounded.', 'Turkish Red Crescent (Kizilay)'],
    ['de', 'Der Iranische Rote Halbmond meldete 40 Verletzte.', 'Iranian Red Crescent'],
    ['en', 'Norway-based Iran Human Rights said at least 9 protesters were killed.', 'Iran Human Rights (IHR)'],
    ['fr', "Selon l'ONG Hengaw, neuf manifestants ont été tués.", 'Hengaw'],
    ['en', 'The US-based HRANA rights group said 9 people were killed.', 'Human Rights Activists News Agency (HRANA)'],
    ['es', 'La Guardia Revolucionaria anunció la muerte de dos miembros.', 'Islamic Revolutionary Guard Corps (IRGC)'],
    // Libya, Egypt, Yemen
    ['en', 'The self-styled Libyan National Army said six fighters died.', 'Libyan National Army (LNA)'],
    ['ar', 'وقال الهلال الأحمر الليبي إنه انتشل ست جثث.', 'Libyan Red Crescent'],
    ['fr', "L'armée égyptienne a annoncé la mort de six jihadistes.", 'Egyptian army'],
    ['de', 'Die international anerkannte Regierung des Jemen sprach von sechs Toten.', 'Yemeni government'],
    ['ar', 'وقال المجلس الانتقالي الجنوبي إن ستة من مقاتليه قتلوا.', 'Southern Transitional Council (STC)'],
    // Myanmar, Horn of Africa
    ['es', 'El Ejército de Arakán afirmó haber matado a 30 soldados.', 'Arakan Army'],
    ['fr', 'Le gouvernement éthiopien a démenti ce bilan.', 'Ethiopian government'],
    ['fr', 'Le Front de libération du peuple du Tigré a fait état de 30 morts.', "Tigray People's Liberation Front (TPLF)"],
    ['de', 'Die Übergangsverwaltung von Tigray meldete 30 Tote.', 'Tigray Interim Administration'],
    ['en', 'Fano militiamen said they had killed 30 soldiers.', 'Fano militia'],
    ['en', 'The Somali National Army said 30 militants were killed.', 'Somali army'],
    ['en', 'The African Union mission in Somalia, AUSSOM, said four peacekeepers died.', 'African Union mission in Somalia'],
    // West and Central Africa, UN missions
    ['en', 'Nigerian police said 12 villagers were abducted.', 'Nigerian police'],
    ['en', 'Islamic State West Africa Province claimed the attack.', 'Islamic State West Africa Province (ISWAP)'],
    ['es', 'El Estado Islámico en África Occidental reivindicó el ataque.', 'Islamic State West Africa Province (ISWAP)'],
    ['fr', "L'armée camerounaise a fait état de huit morts.", 'Cameroonian army'],
    ['en', 'The U.N. mission in Mali said eight peacekeepers were wounded.', 'MINUSMA'],
    ['de', 'Die UN-Mission im Südsudan sprach von acht Toten.', 'UNMISS'],
    ['fr', 'Le Fonds des Nations unies pour la population a averti que 50 000 femmes enceintes étaient menacées.', 'UN Population Fund (UNFPA)'],
    ['en', 'The UN Commission of Inquiry said it had documented 40 killings.', 'UN commission of inquiry'],
    ['ar', 'وقالت بعثة الأمم المتحدة لتقصي الحقائق إن 40 شخصا قتلوا.', 'UN fact-finding mission'],
    ['de', 'Der Internationale Strafgerichtshof ermittelt wegen der Tötung von 40 Menschen.', 'International Criminal Court (ICC)'],
    // rights groups, aid groups
    ['en', 'Physicians for Human Rights said 20 health workers were killed.', 'Physicians for Human Rights'],
    ['en', 'The Committee to Protect Journalists said 20 reporters had been killed.', 'Committee to Protect Journalists (CPJ)'],
    ['de', 'Reporter ohne Grenzen zählte 20 getötete Journalisten.', 'Reporters Without Borders'],
    ['ar', 'وقالت منظمة مراسلون بلا حدود إن 20 صحفيا قتلوا.', 'Reporters Without Borders'],
    ['en', 'The Afghan Red Crescent said 20 people were injured.', 'Afghan Red Crescent'],
    ['en', 'The Italian charity Emergency said its hospital received 20 wounded.', 'Emergency (Italian NGO)'],
    ['fr', "L'ONG italienne Emergency a soigné 20 blessés.", 'Emergency (Italian NGO)'],
    ['de', 'Die italienische Hilfsorganisation Emergency versorgte 20 Verletzte.', 'Emergency (Italian NGO)'],
    ['es', 'Médicos del Mundo atendió a 20 heridos.', 'Médecins du Monde'],
    ['en', 'Humanity & Inclusion said 20 children were maimed by mines.', 'Handicap International (Humanity & Inclusion)'],
    // Pakistan, India
    ['en', 'Pakistani police said 11 passengers were killed.', 'Pakistani police'],
    ['en', 'The Baluchistan provincial government said 11 passengers were killed.', 'Balochistan government'],
    ['fr', "L'Armée de libération du Baloutchistan a revendiqué l'attaque.", 'Baloch Liberation Army (BLA)'],
    ['ar', 'وتبنت حركة طالبان باكستان الهجوم.', 'Tehrik-e-Taliban Pakistan (TTP)'],
    ['en', 'The Pakistani Taliban claimed the attack.', 'Tehrik-e-Taliban Pakistan (TTP)'],
    ['es', 'El ejército indio dijo que tres militantes murieron.', 'Indian army'],
    // South Caucasus, South-East Asia
    ['en', "Armenia's Defence Ministry said three soldiers were killed.", 'Armenian Defence Ministry'],
    ['de', 'Das aserbaidschanische Verteidigungsministerium meldete drei Tote.', 'Azerbaijani Defence Ministry'],
    ['ar', 'وقالت وزارة الدفاع الأذربيجانية إن ثلاثة جنود قتلوا.', 'Azerbaijani Defence Ministry'],
    ['fr', 'Le parquet général azerbaïdjanais a fait état de trois civils tués.', "Azerbaijani Prosecutor General's Office"],
    ['en', "Nagorno-Karabakh's separatist authorities said 30 people were killed.", 'Nagorno-Karabakh authorities'],
    ['en', 'The Thai army said two soldiers were wounded by a landmine.', 'Thai army'],
    ['fr', 'Le ministère cambodgien de la Défense a fait état de deux morts.', 'Cambodian Defence Ministry'],
    // Latin America, Haiti
    ['es', 'El Ejército colombiano informó de la muerte de cuatro guerrilleros.', 'Colombian army'],
    ['es', 'La Defensoría del Pueblo de Colombia alertó del desplazamiento de 500 familias.', "Colombian Ombudsman's Office"],
    ['es', 'La Fiscalía General de la Nación imputó a cuatro militares.', "Colombian Attorney General's Office"],
    ['es', 'La guerrilla del ELN reconoció la muerte de cuatro combatientes.', 'National Liberation Army (ELN)'],
    ['es', 'La Guardia Nacional mexicana reportó cuatro agentes heridos.', 'Mexican National Guard'],
    ['es', 'El Ministerio Público venezolano contabilizó 25 fallecidos.', "Venezuelan Attorney General's Office"],
    ['en', 'Venezuelan rights group Foro Penal counted 25 deaths.', 'Foro Penal'],
    ['fr', 'Le RNDDH a recensé 25 morts dans le quartier.', 'National Human Rights Defense Network (RNDDH)'],
    ['fr', "Le Bureau intégré des Nations unies en Haïti (BINUH) a recensé 25 morts.", 'UN Integrated Office in Haiti (BINUH)'],
    // Kenya, Mozambique, Sudan
    ['en', 'Kenyan police said 16 protesters were wounded.', 'Kenyan police'],
    ['en', 'The Kenya National Commission on Human Rights said 16 people were killed.', 'Kenya National Commission on Human Rights (KNCHR)'],
    ['en', "Mozambique's Defence Ministry said 16 insurgents were killed.", 'Mozambican Defence Ministry'],
    ['en', 'Cabo Ligado recorded 16 fatalities in the district.', 'Cabo Ligado'],
    ['ar', 'وقالت نقابة الصحفيين السودانيين إن 16 صحفيا قتلوا.', 'Sudanese Journalists Syndicate'],
    ['en', 'The Darfur Bar Association said 16 civilians were killed.', 'Darfur Bar Association'],
  ])('%s: %s', (lang, text, name) => {
    expect(mentioned(text, lang)).toContain(name);
    expect(canonicalReporter(text, defaultReporterTable, lang)).toBe(name);
  });
});

describe('reporter table: ordinary words name no reporter', () => {
  it.each<[Lang, string]>([
    ['en', 'A state of emergency was declared and emergency services were on the scene.'],
    ['en', 'Emergency room doctors worked through the night.'],
    ['en', 'Police said the army and the government had agreed on a ceasefire.'],
    ['en', 'The committee met on Monday; the national guard was deployed.'],
    ['en', 'The CPI rose by 3 percent and the ola ola chant filled the stadium.'],
    ['en', 'Ships crossed the Indian Ocean; the interim government took office.'],
    ['en', 'The rebels of the National Liberation Army of another country.'],
    ['fr', "La police a indiqué que l'armée et le gouvernement étaient d'accord."],
    ['fr', "Les services d'urgence et la protection civile sont intervenus."],
    ['de', 'Die Polizei, die Armee und die Regierung äußerten sich nicht; der Notfall war vorbei.'],
    ['es', 'La policía, el Ejército y el Gobierno no comentaron; la Guardia Nacional Bolivariana tampoco.'],
    ['ar', 'قالت الشرطة إن الجيش والحكومة اتفقا على هدنة في حالة الطوارئ.'],
  ])('%s: %s', (lang, text) => {
    expect(mentioned(text, lang)).toEqual([]);
  });

  it('a generic army with no country names no specific army', () => {
    expect(canonicalReporter('the army', defaultReporterTable, 'en')).toBe('army');
    expect(canonicalReporter("l'armée", defaultReporterTable, 'fr')).toBe('armée');
  });

  it('the bare word Emergency is not the Italian NGO', () => {
    expect(mentioned('Emergency teams said 10 people were hurt.', 'en')).not.toContain('Emergency (Italian NGO)');
    expect(mentioned('Emergency Lawyers said 10 people were killed.', 'en')).toEqual(['Emergency Lawyers (Sudan)']);
  });

  it('short acronyms match by case only', () => {
    expect(mentioned('BLA fighters attacked the train.', 'en')).toEqual(['Baloch Liberation Army (BLA)']);
    expect(mentioned('bla bla', 'en')).toEqual([]);
    expect(mentioned('Les ELN ont revendiqué.', 'fr')).toEqual(['National Liberation Army (ELN)']);
    expect(mentioned('el nivel de agua', 'es')).toEqual([]);
  });

  it('ISWAP is its own group, Boko Haram another', () => {
    expect(mentioned('ISWAP and Boko Haram fighters clashed.', 'en')).toEqual(['Islamic State West Africa Province (ISWAP)', 'Boko Haram']);
    // the longer name wins over "Islamic State"
    expect(mentioned("L'État islamique en Afrique de l'Ouest a revendiqué.", 'fr')).toEqual(['Islamic State West Africa Province (ISWAP)']);
  });
});

describe('reporter table: generic descriptors resolved by place', () => {
  it("the Defensoría del Pueblo in an article about Colombia is Colombia's", () => {
    expect(reporterOf('En el Cauca, en Colombia, 12 personas murieron en combates, según la Defensoría del Pueblo.', 'es')).toEqual(["Colombian Ombudsman's Office"]);
  });
  it('but not in an article about another country', () => {
    expect(reporterOf('En Puno, en Perú, 12 personas murieron en las protestas, según la Defensoría del Pueblo.', 'es')).not.toContain("Colombian Ombudsman's Office");
  });
  it("civil defence in an article about Lebanon is Lebanon's", () => {
    expect(reporterOf('An Israeli strike on a village in southern Lebanon killed 5 people, civil defence said.', 'en')).toEqual(['Lebanese Civil Defence']);
  });
  it("the army in an article about Somalia is Somalia's", () => {
    expect(reporterOf('At least 9 al-Shabaab fighters were killed near Mogadishu, the army said.', 'en')).toEqual(['Somali army']);
  });
  it('a named army nearer the source wins over the place default', () => {
    expect(reporterOf('The Lebanese army said one soldier was killed in southern Lebanon. Later the army said 2 more soldiers were wounded.', 'en')).toEqual(['Lebanese army', 'Lebanese army']);
  });
});
