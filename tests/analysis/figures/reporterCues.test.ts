// Reporting cues beyond the locale lexicons, and when a sentence keeps citing the source before.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { continuesReport } from '../../../src/analysis/figures/refiners/reporterCues.js';

const rep = (text: string, lang: 'en' | 'fr' | 'de' | 'es' | 'ar') => extractFigures(text, { lang }).map((f) => f.reporter);

describe('split and toll-raising verbs', () => {
  it('German verbs split by adverbs or an auxiliary', () => {
    expect(rep('Angriff im Gazastreifen. Der Zivilschutz hatte zunächst mindestens 40 Tote gemeldet.', 'de')).toEqual(['Gaza Civil Defence']);
    expect(rep('Im Gazastreifen hatte der Zivilschutz zunächst mindestens 40 Tote gemeldet.', 'de')).not.toContain('Im Gazastreifen');
    expect(rep('Das Gesundheitsministerium in Gaza sprach zuletzt von 19 Toten.', 'de')).toEqual(['Gaza Health Ministry']);
    expect(rep('Nach UN-Angaben sind mehr als 3,5 Millionen Menschen vertrieben worden.', 'de')).toEqual(['United Nations']);
  });
  it('French "fait état de", "selon un bilan communiqué par"', () => {
    expect(rep('La DPC fait également état de 16 blessés graves.', 'fr')).toEqual(['Haitian Civil Protection Directorate (DPC)']);
    expect(rep('Le bilan est de 115 morts, selon un nouveau bilan communiqué samedi par la Direction de la protection civile.', 'fr')[0]).toBe('Haitian Civil Protection Directorate (DPC)');
  });
  it('Spanish "eleva a", "según el último balance del"', () => {
    expect(rep('La ONU eleva a casi 3 mil los muertos en Goma', 'es')).toEqual(['United Nations']);
    expect(rep('En Gaza han resultado heridas 95 mil 551 personas, según el último balance del Ministerio de Sanidad.', 'es')).toEqual(['Gaza Health Ministry']);
  });
  it('English "counts", "put the toll at"', () => {
    expect(rep('The Syrian Observatory for Human Rights counts 40 fighters captured.', 'en')).toEqual(['Syrian Observatory for Human Rights']);
    expect(rep("The Taliban's Interior Ministry spokesman Abdul Matin Qani put the toll at five dead.", 'en')).toEqual(['Taliban Interior Ministry spokesman (Abdul Matin Qani)']);
  });
});

describe('carrying the source to the next sentence', () => {
  it('a continuation keeps the source', () => {
    for (const t of ['Around 40 people were injured, 11 of whom remain in hospital.', 'Among the dead were 17 soldiers.', 'Unter den Toten sind drei Kinder.', 'Parmi les blessés figurent 12 enfants.', 'Entre los heridos hay cuatro menores.']) expect(continuesReport(t)).toBe(true);
  });
  it('a sentence that dates itself apart does not', () => {
    for (const t of ['The war began on Oct. 7 when militants killed around 1,200 people.', 'An Iskander strike on Kharkiv on May 27 killed 10 people.', 'Dos días antes, el lunes, un ataque causó diez muertos.', 'Zunächst war von sechs Toten die Rede gewesen.', 'Le précédent bilan faisait état de 25 morts.']) expect(continuesReport(t)).toBe(false);
  });
  it('in an article', () => {
    const text = 'The township administration said 24 people were killed in the airstrike. Around 40 people were injured, 11 of whom remain in hospital.';
    expect(rep(text, 'en')).toEqual(['township administration', 'township administration', 'township administration']);
  });
});

describe('more sources', () => {
  it('Arabic "تقول" and "زعم" name the source after them', () => {
    expect(rep('وتقول الأمم المتحدة إن الحرب أدت إلى نزوح أكثر من 12 مليون شخص.', 'ar')).toEqual(['United Nations']);
    expect(rep('في المقابل، زعم جيش الاحتلال الإسرائيلي أنه قتل 19 مسلحا.', 'ar')).toEqual(['Israeli military (IDF)']);
  });
  it('the UN and its own office in one sentence: each count the nearest', () => {
    const r = rep("Le bilan s'élève à plus de 400 morts, selon l'ONU, dont au moins 148 ont pu être vérifiés par le Haut-Commissariat aux droits de l'homme.", 'fr');
    expect(r).toContain('UN Human Rights Office (OHCHR)');
  });
});
