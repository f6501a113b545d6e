import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeStory, type StoryArticle } from '../../../src/analysis/summary/summarizeStory.js';
import type { Lang } from '../../../src/analysis/types.js';

const WIRE: StoryArticle = {
  id: 'wire-1',
  outlet: 'Wire',
  lang: 'en',
  published: '2024-11-29T10:00:00Z',
  title: 'Rebels reach Aleppo as toll rises to 242',
  text: [
    'Syrian rebels led by Hayat Tahrir al-Sham (HTS) reached the outskirts of Aleppo on Friday, the Syrian Observatory for Human Rights said.',
    'The fighting has killed at least 242 people since Wednesday, including 24 civilians, the Observatory said.',
    'A local baker said he had closed his shop because the flour deliveries had stopped coming.',
    'Russian jets struck rebel positions in Idlib province overnight, the monitor added.',
  ].join('\n\n'),
};

const JOURNAL: StoryArticle = {
  id: 'journal-1',
  outlet: 'Le Journal',
  lang: 'fr',
  published: '2024-11-29T11:00:00Z',
  title: 'Syrie : les rebelles aux portes d’Alep, 242 morts',
  text: [
    'Photo : AAREF WATAD / AFP',
    "Les rebelles menés par Hayat Tahrir al-Sham (HTS) sont arrivés vendredi aux portes d'Alep, selon l'Observatoire syrien des droits de l'homme.",
    'Les combats ont fait au moins 242 morts depuis mercredi, dont 24 civils, selon la même source.',
    'Le musée de la ville a fermé ses portes pour une durée indéterminée, a annoncé sa directrice.',
  ].join('\n\n'),
};

const DIARIO: StoryArticle = {
  id: 'diario-1',
  outlet: 'El Diario',
  lang: 'es',
  published: '2024-11-29T09:00:00Z',
  text: [
    'Los combates en Aleppo e Idlib han dejado al menos 242 muertos desde el miércoles, entre ellos 24 civiles, según el Observatorio Sirio de Derechos Humanos.',
    'Aviones rusos bombardearon posiciones rebeldes en la provincia de Idlib durante la noche.',
    'Un equipo de fútbol local suspendió su partido del domingo por motivos de seguridad.',
  ].join('\n\n'),
};

// Another outlet running the wire copy word for word.
const COPY: StoryArticle = {
  id: 'copy-1',
  outlet: 'Copy Daily',
  lang: 'en',
  published: '2024-11-29T12:00:00Z',
  text: [
    'The fighting has killed at least 242 people since Wednesday, including 24 civilians, the Observatory said.',
    'Turkey, which backs some rebel groups, called for restraint and said it was watching Aleppo closely.',
  ].join('\n\n'),
};

const STORY = [COPY, JOURNAL, WIRE, DIARIO];
const byId = new Map(STORY.map((a) => [a.id, a]));

describe('summarizeStory', () => {
  it('picks sentences of the articles with their outlet and article, at most maxSentences', () => {
    const picked = summarizeStory(STORY);
    expect(picked.length).toBeGreaterThanOrEqual(3);
    expect(picked.length).toBeLessThanOrEqual(5);
    for (const p of picked) {
      const article = byId.get(p.articleId)!;
      expect(article, p.articleId).toBeDefined();
      expect(p.outlet).toBe(article.outlet);
      expect(article.text).toContain(p.sentence);
    }
    expect(summarizeStory(STORY, { maxSentences: 2 })).toHaveLength(2);
  });

  it('prefers what several outlets report, across languages, over one outlet’s detail', () => {
    const picked = summarizeStory(STORY, { maxSentences: 4 }).map((p) => p.sentence).join('\n');
    expect(picked).toContain('242');
    for (const detail of ['baker', 'musée', 'fútbol']) expect(picked).not.toContain(detail);
  });

  it('takes a sentence repeated word for word by two outlets once', () => {
    const picked = summarizeStory(STORY);
    const wire = picked.filter((p) => p.sentence.startsWith('The fighting has killed at least 242 people'));
    expect(wire.length).toBeLessThanOrEqual(1);
    // Of the two, the earlier report (the one copied) is quoted.
    if (wire.length) expect(wire[0].articleId).toBe('wire-1');
  });

  it('recognises the same figures stated in three languages as one statement', () => {
    const story: StoryArticle[] = [
      {
        id: 'fr', outlet: 'Le Soir', lang: 'fr', published: '2024-11-29T08:00:00Z',
        text: "Les combats à Alep ont fait 242 morts et 1 500 blessés depuis mercredi, selon l'OSDH.\n\nLe musée de la ville a fermé ses portes pour une durée indéterminée.",
      },
      {
        id: 'en', outlet: 'The Courier', lang: 'en', published: '2024-11-29T09:00:00Z',
        text: 'Fighting in Aleppo has killed 242 people and wounded 1,500 since Wednesday, the SOHR said.\n\nA local baker said he had closed his shop for the rest of the week.',
      },
      {
        id: 'de', outlet: 'Der Bote', lang: 'de', published: '2024-11-29T10:00:00Z',
        text: 'Bei den Kämpfen in Aleppo wurden seit Mittwoch 242 Menschen getötet und 1500 verletzt.\n\nEin Bäcker in der Altstadt hat sein Geschäft bis auf Weiteres geschlossen.',
      },
    ];
    const picked = summarizeStory(story, { maxSentences: 3 });
    expect(picked).toHaveLength(1);
    expect(picked[0].sentence).toContain('242');
  });

  it('orders the sentences by the time of their articles, then by their place in the article', () => {
    const picked = summarizeStory(STORY);
    const times = picked.map((p) => Date.parse(byId.get(p.articleId)!.published!));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (let i = 1; i < picked.length; i++) {
      if (picked[i].articleId !== picked[i - 1].articleId) continue;
      const text = byId.get(picked[i].articleId)!.text;
      expect(text.indexOf(picked[i].sentence)).toBeGreaterThan(text.indexOf(picked[i - 1].sentence));
    }
  });

  it('puts articles without a date last and keeps outlets that are unknown', () => {
    const undated: StoryArticle = { ...WIRE, id: 'undated', outlet: null, published: undefined };
    const picked = summarizeStory([undated, DIARIO], { maxSentences: 4 });
    expect(picked.length).toBeGreaterThan(1);
    const firstUndated = picked.findIndex((p) => p.articleId === 'undated');
    if (firstUndated >= 0) {
      expect(picked.slice(firstUndated).every((p) => p.articleId === 'undated')).toBe(true);
      expect(picked[firstUndated].outlet).toBeNull();
    }
  });

  it('summarises a single article, and nothing from nothing', () => {
    const picked = summarizeStory([WIRE], { maxSentences: 2 });
    expect(picked).toHaveLength(2);
    expect(picked.every((p) => p.articleId === 'wire-1' && p.outlet === 'Wire')).toBe(true);
    expect(picked[0].sentence).toContain('reached the outskirts of Aleppo');
    expect(summarizeStory([])).toEqual([]);
    expect(summarizeStory([{ id: 'e', outlet: 'X', text: '', lang: 'en' }])).toEqual([]);
  });

  it('skips captions and credits', () => {
    const picked = summarizeStory(STORY, { maxSentences: 10 });
    for (const p of picked) expect(p.sentence).not.toMatch(/Photo|AFP/);
  });

  it('works on the seed articles: five outlets, one event', () => {
    const seed = readFileSync(new URL('../../../../shared/data/seed-articles/seed.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; outlet: string | null; text: string; lang: Lang; published?: string });
    const picked = summarizeStory(seed.map((a) => ({ ...a, published: a.published ?? undefined })));
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((p) => p.articleId)).size).toBeGreaterThanOrEqual(3);
    const all = picked.map((p) => p.sentence).join(' ');
    expect(all).toMatch(/24[02]/);
    for (const p of picked) {
      const article = seed.find((a) => a.id === p.articleId)!;
      expect(article.text).toContain(p.sentence);
      expect(p.outlet).toBe(article.outlet);
      expect(p.sentence).not.toMatch(/Image:|Keystone|AFP\)|Published on/);
    }
  });

  // a blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('summarises a large story', () => {
    const big = (WIRE.text + '\n\n' + COPY.text + '\n\n').repeat(400); // ~200 KB each
    const articles: StoryArticle[] = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      outlet: `outlet ${i % 15}`,
      lang: 'en',
      published: new Date(Date.UTC(2024, 10, 29, 0, i)).toISOString(),
      text: big,
    }));
    const picked = summarizeStory(articles);
    expect(picked.length).toBeGreaterThan(0);
  }, 60_000);
});
