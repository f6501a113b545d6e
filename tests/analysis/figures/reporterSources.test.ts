// Sources given without a subject ("according to official figures", "nach ukrainischen Angaben"),
// acronyms the article spells out, continuation of a source into the next sentence, and names
// that point back to a person or a body already named. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { Lang } from '../../../src/analysis/types.js';

const reporters = (text: string, lang: Lang) => extractFigures(text, { lang }).map((f) => `${f.kind} ${f.count} ${f.who}: ${f.reporter}`);

describe('official and side figures', () => {
  it.each<[Lang, string, string]>([
    ['en', 'In Mosul, at least 14 people were killed, according to official figures.', 'killed 14 people: Iraqi authorities'],
    ['de', 'In Mosul wurden nach offiziellen Angaben mindestens 14 Menschen getötet.', 'killed 14 people: Iraqi authorities'],
    ['fr', 'À Mossoul, au moins 14 personnes ont été tuées, selon des chiffres officiels.', 'killed 14 people: Iraqi authorities'],
    ['es', 'En Mosul murieron al menos 14 personas, según cifras oficiales.', 'killed 14 people: Iraqi authorities'],
    ['de', 'Bei dem Angriff auf Charkiw wurden nach ukrainischen Angaben 9 Menschen verletzt.', 'injured 9 people: Ukrainian authorities'],
    ['de', 'Im Grenzgebiet wurden nach russischen Angaben 6 Soldaten getötet.', 'killed 6 combatants: Russian authorities'],
    ['fr', 'Près de Bakhmout, 11 soldats ont été tués selon des sources ukrainiennes.', 'killed 11 combatants: Ukrainian authorities'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });

  it('a figure with no official cue keeps no source', () => {
    expect(reporters('In Mosul, at least 14 people were killed on Monday.', 'en')).toContain('killed 14 people: null');
  });
});

describe('authorities, officials and forces of a country', () => {
  it.each<[Lang, string, string]>([
    ['de', 'In Kabul wurden nach Angaben afghanischer Behörden 12 Menschen getötet.', 'killed 12 people: Afghan authorities'],
    ['fr', 'Les forces irakiennes affirment avoir tué 40 jihadistes près de Mossoul.', 'killed 40 combatants: Iraqi forces'],
    ['en', 'Pakistani officials said 17 civilians were killed in Quetta.', 'killed 17 civilians: Pakistani officials'],
    ['es', 'Las autoridades regionales informaron de que 8 personas murieron en Járkov.', 'killed 8 people: Kharkiv regional authorities'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });

  it('a governor outside Ukraine and Russia is not called regional unless the text says so', () => {
    expect(reporters('Al menos 20 personas murieron en Culiacán, según el gobernador de Sinaloa, Rubén Rocha.', 'es')).toContain('killed 20 people: Sinaloa governor (Rubén Rocha)');
    expect(reporters('Al menos 20 personas murieron en Járkov, según el gobernador de Járkov, Oleh Synegubov.', 'es')).toContain('killed 20 people: Kharkiv regional governor');
  });
});

describe('acronyms and descriptors', () => {
  it('an acronym the article spells out is named in full in English copy', () => {
    const text = 'Iran Human Rights (IHR), a Norway-based group, said 40 protesters had been killed. IHR said a further 12 people were wounded on Friday.';
    expect(reporters(text, 'en')).toEqual(['killed 40 people: Iran Human Rights (IHR)', 'injured 12 people: Iran Human Rights (IHR)']);
  });
  it('a conjunction before the source goes', () => {
    expect(reporters('Police said 20 people were killed in the city, while the rights group KRN said 300 people were arrested.', 'en')).toContain('detained 300 people: KRN');
  });
  it('a descriptor before an acronym goes', () => {
    expect(reporters('The rights group KRN said 300 people were arrested in Zahedan.', 'en')).toContain('detained 300 people: KRN');
  });
  it("a place's possessive is no part of the name", () => {
    expect(reporters("The toll has risen to 61, the city's Emergency Response Centre said.", 'en')).toContain('killed 61 people: Emergency Response Centre');
  });
});

describe('a source carried into the next sentence', () => {
  it('a short sentence that opens with "other" continues the report', () => {
    expect(reporters('Al menos 30 personas murieron en Puerto Príncipe, según la Policía Nacional. Otras 45 resultaron heridas.', 'es')).toEqual(['killed 30 people: Haitian National Police', 'injured 45 people: Haitian National Police']);
  });
  it('German reported speech continues the report', () => {
    const r = reporters('Mindestens 30 Menschen wurden in Kabul getötet, teilte das Gesundheitsministerium mit. 45 Menschen seien verletzt worden, darunter zehn Kinder.', 'de');
    expect(r).toContain('injured 45 people: Afghan Health Ministry');
    expect(r).toContain('injured 10 children: Afghan Health Ministry');
  });
  it('a sentence in the indicative that names no source does not', () => {
    const r = reporters('Mindestens 30 Menschen wurden in Kabul getötet, teilte das Gesundheitsministerium mit. Am Abend wurden in Herat 45 Menschen verletzt.', 'de');
    expect(r).toContain('injured 45 people: null');
  });
  // an East Slavic name in German spelling is left out of the canonical name (English copy spells it otherwise)
  it('a bare surname points back to the person named with their office', () => {
    const r = reporters('Gouverneur Wjatscheslaw Gladkow sagte, in Belgorod seien 5 Menschen getötet worden. Seit 2022 wurden dort nach Angaben Gladkows mehr als 120 Zivilisten getötet.', 'de');
    expect(r.find((x) => x.startsWith('killed 120'))).toBe('killed 120 civilians: Belgorod regional governor');
  });
  it('a head noun inside a long phrase points back to the body named before', () => {
    const r = reporters("Lebanon's health ministry said 100 people were killed in the morning. By early afternoon the ministry had reported 274 dead.", 'en');
    expect(r).toContain('killed 274 people: Lebanese Health Ministry');
  });
});

describe('offices named the way English copy names them', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Interior Minister Rana Sanaullah said 11 suspects were arrested in Lahore.', 'detained 11 people: Pakistani Interior Minister (Rana Sanaullah)'],
    ['en', 'The interior ministry said 11 suspects were arrested in Lahore.', 'detained 11 people: Pakistani Interior Ministry'],
    ['en', "Ukraine's Prosecutor General's Office said 9 civilians were killed in Kherson.", "killed 9 civilians: Ukrainian Prosecutor General's Office"],
    ['es', 'La Fiscalía General de la Nación informó de que 14 personas murieron en Cúcuta.', "killed 14 people: Colombian Attorney General's Office"],
    ['en', 'Sinaloa state authorities said 6 people were killed in Culiacán.', 'killed 6 people: Sinaloa state authorities'],
    ['de', 'Gouverneur Wjatscheslaw Gladkow sagte, in Belgorod seien 5 Menschen getötet worden.', 'killed 5 people: Belgorod regional governor'],
    ['de', 'Bürgermeister Vitali Klitschko sagte, in Kiew seien 4 Menschen getötet worden.', 'killed 4 people: Kyiv mayor'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });
});

describe('more ways of naming a source', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The U.N. says the fighting has killed more than 4,000 people.', 'killed 4000 people: United Nations'],
    ['fr', "L'ONU avait affirmé en mai que 120 civils avaient été tués.", 'killed 120 civilians: United Nations'],
    ['fr', 'Bamako avait initialement évoqué un accident ayant fait sept morts.', 'killed 7 people: Malian government'],
    ['fr', 'La présidence tchadienne a reconnu que 16 civils avaient été tués.', 'killed 16 civilians: Chadian Presidency'],
    ['es', 'El régimen sostiene que nueve policías murieron en Venezuela.', 'killed 9 combatants: Venezuelan government'],
    ['es', 'Las autoridades colombianas aseguran que 14 soldados murieron en la emboscada.', 'killed 14 combatants: Colombian authorities'],
    ['ar', 'وأعلنت «حركة الشباب» مسؤوليتها عن الهجوم، زاعمة أن مقاتليها قتلوا ٤٠ جنديا.', 'killed 40 combatants: Al-Shabaab'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });
  it('a count among a larger toll is a figure of its own', () => {
    expect(reporters('At least 12 children were among more than 40 people killed in the strike, officials said.', 'en')).toEqual(expect.arrayContaining([expect.stringMatching(/^killed 12 children/), expect.stringMatching(/^killed 40 people/)]));
  });
});

describe('bodies of a type named for a country, emergencies ministries, judiciaries', () => {
  it.each<[Lang, string, string]>([
    ['ar', 'وكانت وسائل الإعلام الرسمية الإيرانية قد أعلنت مقتل 12 شخصا في المدينة.', 'killed 12 people: Iranian state media'],
    ['fr', 'Selon les médias d’État iraniens, 12 personnes ont été tuées dans la ville.', 'killed 12 people: Iranian state media'],
    ['de', 'Unter den Toten seien drei Kinder, teilte das Zivilschutzministerium in Moskau mit.', 'killed 3 children: Russian Emergencies Ministry'],
    ['en', 'The Turkish judiciary said 40 suspects were detained after the attack.', 'detained 40 people: Turkish judiciary'],
    ['de', 'In einer über das Sprachrohr Amak verbreiteten Erklärung hieß es, 15 Soldaten seien getötet worden.', 'killed 15 combatants: Islamic State'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });
});

describe('German verb-second: the subject after the finite verb', () => {
  it.each<[string, string]>([
    ['Am Sonntag teilte das Gesundheitsministerium in Kabul mit, 20 Menschen seien getötet worden.', 'killed 20 people: Afghan Health Ministry'],
    ['Zunächst hatte das Gesundheitsministerium in Kabul von zwölf Toten gesprochen.', 'killed 12 people: Afghan Health Ministry'],
    ['Später meldete die Polizei in Kabul 14 Tote.', 'killed 14 people: Kabul police'],
  ])('%s', (text, want) => {
    expect(reporters(text, 'de')).toContain(want);
  });
  it('an opening that is a subject stays the subject', () => {
    expect(reporters('Die Polizei in Kabul meldete 14 Tote.', 'de')).toContain('killed 14 people: Kabul police');
  });
});

describe('a kind cue inside a name is no report', () => {
  it('an Arabic verb-first clause with the minister named', () => {
    expect(reporters('أعلن وزير الصحة العامة فراس الأبيض في مؤتمر صحافي أن الغارات أدّت إلى استشهاد 50 شخصاً في لبنان.', 'ar')[0]).toMatch(/^killed 50 people: Lebanese Health Minist/);
  });
});

describe('UN officials by role, possessives of the region', () => {
  it.each<[string, string]>([
    ["The UN's humanitarian coordinator for Yemen, David Gressly, said 60 civilians were killed.", 'killed 60 civilians: UN humanitarian coordinator for Yemen (David Gressly)'],
    ['At least 300 people have been killed, the U.N. special rapporteur on Myanmar, Tom Andrews, said.', 'killed 300 people: UN special rapporteur on Myanmar (Tom Andrews)'],
    ['The UN said 40 people were killed in Kharkiv.', 'killed 40 people: United Nations'],
    ["Clashes spread across Darfur. The region's health ministry said 21 people were killed.", 'killed 21 people: Darfur Health Ministry'],
  ])('%s', (text, want) => {
    expect(reporters(text, 'en')).toContain(want);
  });
});

describe('chief ministers, health sources, imperfect French verbs, Arabic noise', () => {
  it.each<[Lang, string, string]>([
    ['ar', 'وقال رئيس وزراء الإقليم علي أمين في مؤتمر صحفي إن 17 مدنياً قُتلوا في بلوشستان.', 'killed 17 civilians: Balochistan Chief Minister'],
    ['en', 'Prime Minister Shehbaz Sharif said 12 soldiers were killed in the attack in Pakistan.', 'killed 12 combatants: Pakistani Prime Minister (Shehbaz Sharif)'],
    ['es', 'El ataque dejó al menos 35 muertos en Kabul, según fuentes sanitarias.', 'killed 35 people: health sources'],
    ['fr', 'Amnesty International dénombrait au moins 44 civils tués dans la région.', 'killed 44 civilians: Amnesty International'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });
});

describe('German sources that open the sentence or follow it', () => {
  it.each<[string, string]>([
    ['Nach Angaben des Gesundheitsministeriums in Kabul wurden 12 Menschen getötet.', 'killed 12 people: Afghan Health Ministry'],
    ['Laut den Behörden in Kabul wurden 9 Menschen verletzt.', 'injured 9 people: Afghan authorities'],
    ['Nach Angaben des Roten Halbmonds wurden 40 Verletzte in Krankenhäuser gebracht.', 'injured 40 people: Red Crescent'],
    ['Nach Angaben eines Armeesprechers wurden 7 Soldaten getötet.', 'killed 7 combatants: army'],
    ['Bei dem Angriff auf Odessa wurden mindestens 14 Menschen getötet. Das teilte Gouverneur Oleh Kiper auf Telegram mit.', 'killed 14 people: Odesa regional governor'],
    ['Die Polizei in Kabul nahm nach eigenen Angaben 40 Verdächtige fest.', 'detained 40 people: Kabul police'],
    ['Die Vereinten Nationen zählten mehr als 2000 Tote.', 'killed 2000 people: United Nations'],
  ])('%s', (text, want) => {
    expect(reporters(text, 'de')).toContain(want);
  });
  it('Spanish "Así lo informó" and French "C\'est ce qu\'a annoncé" name the source of the sentence before', () => {
    expect(reporters('Al menos 30 personas murieron en Culiacán. Así lo informó la Fiscalía del Estado de Sinaloa.', 'es')).toContain("killed 30 people: Sinaloa State Prosecutor's Office");
    expect(reporters("Au moins 30 personnes ont été tuées à Goma. C'est ce qu'a annoncé le gouverneur du Nord-Kivu.", 'fr')).toContain('killed 30 people: North Kivu governor');
  });
});

describe('general staffs and armed groups named generically', () => {
  it.each<[Lang, string, string]>([
    ['es', 'El JNIM reivindicó el ataque. El grupo yihadista asegura haber matado a 70 soldados.', 'killed 70 combatants: JNIM'],
    ['en', 'Al-Shabaab claimed the attack. The militant group said it had killed 25 soldiers.', 'killed 25 combatants: Al-Shabaab'],
    ['es', 'Al menos 20 soldados murieron, según el Estado Mayor de Colombia.', 'killed 20 combatants: Colombian General Staff'],
  ])('%s: %s', (lang, text, want) => {
    expect(reporters(text, lang)).toContain(want);
  });
});

describe('"the military" is a state army, not a group named "… Army"', () => {
  it('points past a liberation army named before', () => {
    expect(reporters('The Baloch Liberation Army claimed the attacks in Pakistan. The military said 10 militants had been killed.', 'en')).toContain('killed 10 combatants: Pakistani military (ISPR)');
  });
  it('a relative clause\'s tail is no source', () => {
    expect(reporters('A teacher, who asked not to be named for fear of reprisal, said 15 pupils were killed.', 'en')[0]).not.toMatch(/named|reprisal/);
  });
});

describe('an article with one source', () => {
  it('its unattributed event counts near an attributed one take that source', () => {
    const r = reporters('Shelling killed 12 people in the city on Monday, the health ministry in Gaza said. Another 30 were wounded in the afternoon.', 'en');
    expect(r).toEqual(['killed 12 people: Gaza Health Ministry', 'injured 30 people: Gaza Health Ministry']);
  });
  it('with two sources, an unattributed count keeps none', () => {
    const r = reporters('Shelling killed 12 people in Gaza on Monday, the health ministry said. The Israeli military said it had killed 8 militants. In the afternoon 30 people were wounded.', 'en');
    expect(r).toContain('injured 30 people: null');
  });
});
