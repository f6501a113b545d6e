import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/text/sentences.js';
import { summarize, truncateAtWord } from '../../../src/analysis/summary/summarize.js';
import type { Lang } from '../../../src/analysis/types.js';

/** The summary's sentences (split the way the summariser splits). */
const sentencesOf = (summary: string, lang: Lang = 'en') => splitSentences(summary, lang).map((s) => s.text);

const KHARKIV = `Photo: Smoke rises over Kharkiv after the strike. (Reuters/John Doe)
By Jane Smith

KHARKIV (Reuters) - A Russian missile strike on the Ukrainian city of Kharkiv killed at least 12 people and injured 45 on Thursday, regional governor Oleh Syniehubov said.

The missile hit a residential building and a supermarket in the centre of Kharkiv, Syniehubov said on Telegram.

Read more: Ukraine war latest

Rescue workers were searching the rubble for survivors late into the night, officials said.

Sign up for our daily newsletter to get the latest updates from Ukraine.

The mayor of the city said the attack was one of the deadliest on Kharkiv this year.

Follow us on X for more news from the region.

Kharkiv, the second-largest city in Ukraine, lies about 30 km from the Russian border and has been shelled repeatedly since the start of the war.`;

const ALEP_FR = `Des combattants dans un village près d'Alep, vendredi 29 novembre.
Photo : AAREF WATAD / AFP

Les jihadistes et leurs alliés se sont approchés vendredi de la ville d'Alep, dans le nord de la Syrie, selon l'Observatoire syrien des droits de l'homme.

Les combats ont fait au moins 242 morts depuis mercredi, dont 24 civils, a précisé l'ONG basée au Royaume-Uni.

Lire aussi : Syrie, le retour de la guerre

L'armée syrienne a envoyé des renforts à Alep, selon une source militaire. La Russie, alliée du régime, a mené des frappes aériennes sur les zones rebelles.

Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.`;

const ALEPPO_DE = `Aleppo (dpa) - Bei den heftigsten Kämpfen seit Jahren im Nordwesten Syriens sind nach Angaben von Aktivisten mindestens 242 Menschen getötet worden.

Unter den Toten seien auch 24 Zivilisten, teilte die Syrische Beobachtungsstelle für Menschenrechte am Freitag mit. Die Angaben ließen sich zunächst nicht unabhängig überprüfen.

Lesen Sie auch: Was hinter der Offensive steckt

Die Rebellen rückten bis an den Stadtrand von Aleppo vor. Russische Kampfjets flogen nach Angaben der Beobachtungsstelle Angriffe auf Stellungen in Idlib.

Folgen Sie uns auf Facebook und Instagram.`;

const ALEPO_ES = `Foto: EFE/ Mohammed Al-Rifai

Los combates entre rebeldes y fuerzas del Gobierno sirio en el noroeste del país han dejado al menos 242 muertos desde el miércoles, según el Observatorio Sirio de Derechos Humanos.

Entre los fallecidos hay 24 civiles, la mayoría en bombardeos de la aviación rusa, precisó la ONG con sede en el Reino Unido.

Lee también: Las claves de la guerra en Siria

Los rebeldes llegaron el viernes a las afueras de Alepo, la segunda ciudad del país. Suscríbete a nuestro boletín para recibir las noticias.`;

const HALAB_AR = `صورة: مقاتلون قرب حلب (أ ف ب)

قال المرصد السوري لحقوق الإنسان إن المعارك بين الفصائل المسلحة والقوات الحكومية في شمال غرب سوريا أسفرت عن مقتل 242 شخصا على الأقل منذ الأربعاء.

وأضاف المرصد أن بين القتلى 24 مدنيا، قضى معظمهم في غارات للطيران الروسي على مناطق المعارضة.

اقرأ أيضا: ما هي هيئة تحرير الشام؟

ووصلت الفصائل إلى أطراف مدينة حلب يوم الجمعة، بحسب المرصد.`;

function expectFromText(summary: string, text: string, lang: Lang) {
  for (const s of sentencesOf(summary, lang)) expect(text, s).toContain(s);
}

describe('summarize', () => {
  it('picks two or three sentences of the text, in order, favouring the lead and figures', () => {
    const summary = summarize({ title: 'Russian missile strike on Kharkiv kills 12', text: KHARKIV, lang: 'en' });
    const sentences = sentencesOf(summary);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(600);
    expectFromText(summary, KHARKIV, 'en');
    // The lead, without its dateline.
    expect(sentences[0]).toBe(
      'A Russian missile strike on the Ukrainian city of Kharkiv killed at least 12 people and injured 45 on Thursday, regional governor Oleh Syniehubov said.',
    );
    // Original order.
    const positions = sentences.map((s) => KHARKIV.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves out captions, credits, bylines, datelines and prompts', () => {
    const summary = summarize({ title: 'Russian missile strike on Kharkiv kills 12', text: KHARKIV, lang: 'en' }, { maxSentences: 10, maxChars: 5000 });
    for (const junk of ['Photo', 'Reuters', 'By Jane', 'KHARKIV', 'Read more', 'Sign up', 'newsletter', 'Follow us']) {
      expect(summary).not.toContain(junk);
    }
  });

  it('summarises French, German, Spanish and Arabic copy without their boilerplate', () => {
    const cases: [Lang, string, string[]][] = [
      ['fr', ALEP_FR, ['Photo', 'AFP', 'Des combattants', 'Lire aussi', 'Abonnez-vous']],
      ['de', ALEPPO_DE, ['(dpa)', 'Lesen Sie', 'Folgen Sie']],
      ['es', ALEPO_ES, ['Foto', 'EFE', 'Lee también', 'Suscríbete']],
      ['ar', HALAB_AR, ['صورة', 'اقرأ أيضا']],
    ];
    for (const [lang, text, junk] of cases) {
      const summary = summarize({ text, lang });
      const sentences = sentencesOf(summary, lang);
      expect(sentences.length, `${lang}: ${summary}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(summary).toContain('242');
      expectFromText(summary, text, lang);
      for (const j of junk) expect(summary, lang).not.toContain(j);
    }
  });

  it('prefers sentences sharing the title’s names and carrying figures over the rest', () => {
    const text = [
      'Officials in the capital met on Monday to discuss the budget for next year.',
      'The weather was mild and many residents spent the afternoon in the parks.',
      'Separately, an explosion at a fuel depot in Port Sudan killed 17 people and injured dozens, the health ministry said.',
      'A local football club announced a new coach for the coming season.',
      'Firefighters in Port Sudan were still battling the blaze at the depot late on Monday.',
    ].join(' ');
    const summary = summarize({ title: 'Explosion at Port Sudan fuel depot kills 17', text, lang: 'en' }, { maxSentences: 2 });
    expect(summary).toContain('killed 17 people');
    expect(summary).toContain('Firefighters in Port Sudan');
    expect(summary).not.toContain('football');
  });

  it('skips a repeat of the headline at the top of the body and crossheads', () => {
    const text =
      'Rebels seize villages near Aleppo\n\nRebels seized at least 50 villages near Aleppo on Friday, a monitor said.\n\nNo solution in sight\n\nThe fighting has killed 242 people since Wednesday, according to the monitor.\n\nThe United Nations called for restraint on all sides.';
    const summary = summarize({ title: 'Rebels seize villages near Aleppo', text, lang: 'en' });
    expect(summary.startsWith('Rebels seized at least 50 villages')).toBe(true);
    expect(summary).not.toContain('No solution in sight');
    expect(summary).toContain('242');
  });

  it('returns a text of one sentence as it is, and an empty text as empty', () => {
    expect(summarize({ text: 'Rebels capture Aleppo airport', lang: 'en' })).toBe('Rebels capture Aleppo airport');
    expect(summarize({ text: '  The toll rose to 12.  ', lang: 'en' })).toBe('The toll rose to 12.');
    expect(summarize({ text: '', lang: 'en' })).toBe('');
    expect(summarize({ text: ' \n ', lang: 'fr' })).toBe('');
  });

  it('falls back to the first usable fragment when no sentence qualifies', () => {
    expect(summarize({ text: 'Rebels capture Aleppo airport\n\nRead more: Syria live', lang: 'en' })).toBe('Rebels capture Aleppo airport');
  });

  it('never cuts a word when it has to shorten', () => {
    const long = `The ${'very '.repeat(150)}long sentence ends here.`;
    const summary = summarize({ text: long, lang: 'en' }, { maxChars: 100 });
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    expect(long[summary.length - 1]).toBe(' ');
    expect(truncateAtWord('Aleppo, Idlib and Hama', 15)).toBe('Aleppo, Idlib…');
    expect(truncateAtWord('short', 15)).toBe('short');
  });

  it('respects maxSentences and maxChars', () => {
    const one = summarize({ text: KHARKIV, lang: 'en' }, { maxSentences: 1 });
    expect(sentencesOf(one)).toHaveLength(1);
    const tight = summarize({ text: KHARKIV, lang: 'en' }, { maxChars: 200 });
    expect(tight.length).toBeLessThanOrEqual(200);
    expect(tight.length).toBeGreaterThan(0);
  });

  // a blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('stays bounded on 200 KB of text', () => {
    const big = (KHARKIV + '\n\n').repeat(Math.ceil(200_000 / KHARKIV.length));
    const noStops = 'word '.repeat(40_000);
    const summary = summarize({ text: big, lang: 'en' });
    summarize({ text: noStops, lang: 'en' });
    summarize({ text: 'a. '.repeat(70_000), lang: 'en' });
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary).toContain('killed at least 12 people');
  }, 30_000);

  describe('on the seed articles', () => {
    const seed = readFileSync(new URL('../../../../shared/data/seed-articles/seed.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string; lang: Lang; title?: string });

    it('leaves the caption and credit line of article 000 out', () => {
      const a = seed.find((x) => x.id === '000')!;
      const captionLine = a.text.split('\n').find((l) => l.includes('Image:'))!;
      expect(captionLine).toBeTruthy();
      const summary = summarize({ text: a.text, lang: a.lang });
      expect(summary).not.toContain('Image:');
      expect(summary).not.toContain('Keystone');
      expect(summary).not.toContain('date 2024-11-29');
      for (const s of sentencesOf(summary)) expect(captionLine).not.toContain(s);
    });

    it('gives two or three sentences of each article’s text', () => {
      for (const a of seed) {
        const summary = summarize({ text: a.text, lang: a.lang, title: a.title });
        const sentences = sentencesOf(summary, a.lang);
        expect(sentences.length, a.id).toBeGreaterThanOrEqual(2);
        expect(sentences.length, a.id).toBeLessThanOrEqual(3);
        expect(summary.length).toBeLessThanOrEqual(600);
        expectFromText(summary, a.text, a.lang);
        for (const junk of ['AFP', 'Photo', 'Published on', 'Reading time', 'NEXT', 'Source:']) expect(summary, a.id).not.toContain(junk);
      }
    });

    it('carries the article’s death toll', () => {
      const tolls: Record<string, string> = { '000': '231', '002': '242', '003': '242', '004': '180' };
      for (const a of seed) if (tolls[a.id]) expect(summarize({ text: a.text, lang: a.lang }), a.id).toContain(tolls[a.id]);
    });
  });
});
