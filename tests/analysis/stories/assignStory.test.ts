import { describe, expect, it } from 'vitest';
import { assignStory, extractPlaces, storyIdFor, type StoryArticle } from '../../../src/analysis/stories/assignStory.js';
import type { Story } from '../../../src/analysis/types.js';
import { CLUSTERS, type FixtureArticle } from './fixtures/clusters.js';
import { HAVE_SEED, loadSeed } from './fixtures/seed.js';

interface Labelled extends StoryArticle { event: string }

function fromFixture(a: FixtureArticle): Labelled {
  return { id: a.id, title: a.title, text: a.text, lang: a.lang, published: a.published, outlet: a.outlet, figures: a.figures, event: a.event };
}

function seedArticles(): Labelled[] {
  return loadSeed().map((s) => ({ id: `seed-${s.id}`, text: s.text, lang: s.lang, published: s.published ?? undefined, outlet: s.outlet, figures: s.gold, event: s.event }));
}

/** Runs the online assignment over articles in the given order; returns article id -> story id. */
function run(articles: StoryArticle[], stories = new Map<string, Story>()): { assigned: Map<string, string>; stories: Map<string, Story> } {
  const assigned = new Map<string, string>();
  for (const a of articles) {
    const r = assignStory(a, [...stories.values()]);
    stories.set(r.storyId, r.story);
    assigned.set(a.id, r.storyId);
  }
  return { assigned, stories };
}

function pairwise(articles: Labelled[], assigned: Map<string, string>) {
  let tp = 0, fp = 0, fn = 0;
  const wrong: string[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const same = articles[i].event === articles[j].event;
      const together = assigned.get(articles[i].id) === assigned.get(articles[j].id);
      if (same && together) tp++;
      else if (together) { fp++; wrong.push(`glued ${articles[i].id} + ${articles[j].id}`); }
      else if (same) { fn++; wrong.push(`split ${articles[i].id} / ${articles[j].id}`); }
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r), wrong };
}

function fig(kind: 'killed' | 'injured', count: number): StoryArticle['figures'][number] {
  return { kind, count, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '' };
}

const byTime = (xs: Labelled[]) => [...xs].sort((a, b) => String(a.published ?? '~').localeCompare(String(b.published ?? '~')));

describe('assignStory: multi-outlet, multi-language clusters', () => {
  const articles = [...CLUSTERS.map(fromFixture), ...seedArticles()];

  it.each([
    ['in time order', byTime(articles)],
    ['as given', articles],
    ['in reverse', [...articles].reverse()],
  ])('groups the events and keeps the traps apart (%s)', (_name, order) => {
    const { assigned } = run(order);
    const score = pairwise(order, assigned);
    expect(score.wrong).toEqual([]);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('puts each event in one story, whatever the language', () => {
    const { assigned } = run(byTime(articles));
    const events = new Map<string, Set<string>>();
    for (const a of articles) events.set(a.event, new Set([...(events.get(a.event) ?? []), assigned.get(a.id)!]));
    for (const [event, ids] of events) expect([event, ids.size]).toEqual([event, 1]);
    const langs = new Set(CLUSTERS.filter((a) => a.event === 'zamzam-assault').map((a) => a.lang));
    expect(langs.size).toBeGreaterThanOrEqual(4);
  });
});

describe('assignStory: traps of the same war', () => {
  const pick = (...ids: string[]) => ids.map((id) => fromFixture(CLUSTERS.find((c) => c.id === id)!));
  const apart = (a: StoryArticle, b: StoryArticle) => {
    const first = assignStory(a, []);
    const second = assignStory(b, [first.story]);
    return second.isNew;
  };

  it.each([
    ['a strike on Kharkiv on Monday vs a drone attack on Odesa on Tuesday', 'kh-en', 'od-en'],
    ['the same, across languages', 'kh-fr', 'od-es'],
    ['an Odesa report naming the Kharkiv strike in passing', 'od-en', 'kh-de'],
    ['Kharkiv: missile on a block of flats vs glide bombs on a factory three days on', 'kh-en', 'kh2-en'],
    ['a Gaza City school strike vs a tent strike in al-Mawasi two days on', 'gz-en', 'mw-en'],
    ['the Zamzam camp assault vs shelling of a hospital in El Fasher', 'zz-en', 'fh-en'],
    ['Zamzam vs El Fasher, in Arabic', 'zz-ar', 'fh-ar'],
    ['Gaza round-ups of two days', 'gr1-en', 'gr2-fr'],
  ])('%s', (_name, a, b) => {
    const [x, y] = pick(a, b);
    expect(apart(x, y)).toBe(true);
    expect(apart(y, x)).toBe(true);
  });

  it.skipIf(!HAVE_SEED)('the Aleppo offensive vs a Gaza strike', () => {
    const aleppo = seedArticles()[2];
    const gaza = pick('gz-en')[0];
    expect(apart(aleppo, gaza)).toBe(true);
    expect(apart(gaza, aleppo)).toBe(true);
  });

  it('keeps a strike weeks later in the same city apart, even when it recalls the earlier one by its month', () => {
    const [first] = pick('kh-en');
    const later: StoryArticle = {
      id: 'kh-later', lang: 'en', published: '2024-11-12T09:00:00Z', figures: [fig('killed', 3), fig('injured', 12)],
      title: 'Russian glide bombs hit Kharkiv factory, killing three',
      text: 'Russian glide bombs struck an industrial plant in the Ukrainian city of Kharkiv on Tuesday, killing three workers and wounding 12, regional governor Oleh Syniehubov said. In October, a Russian ballistic missile hit a nine-storey apartment block in Kharkiv, killing seven people and wounding 28. Kharkiv lies about 30 km from the Russian border.',
    };
    expect(apart(first, later)).toBe(true);
    expect(apart(later, first)).toBe(true);
  });

  it('refuses a story more than 7 days away, even for the same words', () => {
    const a = pick('kh-en')[0];
    const first = assignStory(a, []);
    const later = { ...pick('kh-fr')[0], published: '2024-10-22T12:00:00Z' };
    expect(assignStory(later, [first.story]).isNew).toBe(true);
    const sameWeek = { ...pick('kh-fr')[0], published: '2024-10-15T12:00:00Z' };
    expect(assignStory(sameWeek, [first.story]).isNew).toBe(false);
  });
});

describe.skipIf(!HAVE_SEED)('assignStory: the seed set', () => {
  it('groups all five seed articles into one story, in any order', () => {
    const seed = seedArticles();
    for (const order of [seed, [...seed].reverse(), [seed[4], seed[0], seed[3], seed[1], seed[2]]]) {
      const { assigned } = run(order);
      expect(new Set(assigned.values()).size).toBe(1);
    }
  });

  it('keeps a compact story record', () => {
    const { stories } = run(seedArticles());
    const [story] = [...stories.values()];
    expect(story.id).toBe(storyIdFor('seed-000'));
    expect(story.articleIds).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
    expect(story.places).toContain('aleppo');
    expect(story.places).toContain('syria');
    expect(story.terms.length).toBeLessThanOrEqual(40);
    expect(story.terms).toContain('@hts');
    expect(story.firstSeen).toBe('2024-11-29T00:00:00.000Z');
    expect(story.lastUpdated).toBe('2024-11-29T10:18:00.000Z');
    expect(story.title.length).toBeGreaterThan(10);
    expect(story.lang).toBe('en');
  });
});

describe('assignStory: ids and records', () => {
  const a = fromFixture(CLUSTERS[0]);
  const b = fromFixture(CLUSTERS[1]);

  it('derives a new story id from its first article, so re-runs give the same ids', () => {
    const first = assignStory(a, []);
    expect(first.isNew).toBe(true);
    expect(first.storyId).toMatch(/^s-[0-9a-f]{10}$/);
    expect(first.storyId).toBe(storyIdFor(a.id));
    const again = run(byTime(CLUSTERS.map(fromFixture)));
    const twice = run(byTime(CLUSTERS.map(fromFixture)));
    expect([...again.assigned]).toEqual([...twice.assigned]);
    expect(new Set(again.assigned.values()).size).toBe(new Set(CLUSTERS.map((c) => c.event)).size);
  });

  it('is idempotent for an article already in a story', () => {
    const first = assignStory(a, []);
    const second = assignStory(b, [first.story]);
    const again = assignStory(a, [second.story]);
    expect(again).toEqual({ storyId: first.storyId, story: second.story, isNew: false });
  });

  it('updates title, times, ids, places and terms', () => {
    const first = assignStory(a, []);
    expect(first.story).toMatchObject({ title: a.title, firstSeen: '2024-10-14T09:40:00.000Z', lastUpdated: '2024-10-14T09:40:00.000Z', articleIds: [a.id], lang: 'en' });
    expect(first.story.places[0]).toBe('kharkiv');
    const second = assignStory(b, [first.story]);
    expect(second.isNew).toBe(false);
    expect(second.story.title).toBe(a.title);
    expect(second.story.articleIds).toEqual([a.id, b.id]);
    expect(second.story.lastUpdated).toBe('2024-10-14T09:40:00.000Z'); // 11:05+02:00 is 09:05Z: earlier
    expect(second.story.firstSeen).toBe('2024-10-14T09:05:00.000Z');
    expect(second.story.terms.length).toBeLessThanOrEqual(40);
  });

  it('takes an undated article into a dated story without moving its times, and dates an undated story later', () => {
    const first = assignStory(a, []);
    const undated = { ...b, published: undefined };
    const second = assignStory(undated, [first.story]);
    expect(second.isNew).toBe(false);
    expect(second.story.firstSeen).toBe(first.story.firstSeen);

    const lone = assignStory(undated, [], { now: '2024-10-14T20:00:00Z' });
    expect(lone.story.firstSeen).toBe('2024-10-14T20:00:00.000Z');
    const dated = assignStory(a, [lone.story]);
    expect(dated.isNew).toBe(false);
    expect(dated.story.firstSeen).toBe('2024-10-14T09:40:00.000Z');
    expect(dated.story.terms).not.toContain('!undated');
  });

  it('starts a story for an article with no text to match on', () => {
    const r = assignStory({ id: 'empty', text: '', lang: 'en', figures: [] }, []);
    expect(r.isNew).toBe(true);
    expect(r.story.title).toBe('empty');
  });
});

describe('extractPlaces', () => {
  it.each([
    ['Fighting raged near Aleppo and in Idlib province.', 'en', ['aleppo', 'idlib']],
    ["Les rebelles sont aux portes d'Alep, selon l'OSDH.", 'fr', ['aleppo']],
    ['اشتباكات عنيفة في حلب وريف إدلب', 'ar', ['aleppo', 'idlib']],
    ['Explosionen in Kiew und Charkiw in der Nacht', 'de', ['kyiv', 'kharkiv']],
    ['Combates en Jartum y Omdurman', 'es', ['khartoum', 'omdurman']],
    ['قصف مدفعي على مدينة الفاشر وبالخرطوم', 'ar', ['el-fasher', 'khartoum']],
    ['Une frappe sur la ville de Gaza et à Khan Younès', 'fr', ['gaza-city', 'khan-younis']],
    ['Israeli strikes on Gaza and the West Bank', 'en', ['gaza', 'west-bank']],
  ] as const)('%s', (text, lang, want) => {
    const got = extractPlaces(text, lang);
    for (const w of want) expect(got).toContain(w);
  });

  it('prefers the longest name and orders by prominence', () => {
    const got = extractPlaces('Gaza City was hit again. In Gaza City, rescuers dug. Elsewhere in Syria, calm.', 'en');
    expect(got[0]).toBe('gaza-city');
    expect(got).not.toContain('gaza');
    expect(got).toContain('syria');
  });

  it('leaves common words and actors alone', () => {
    expect(extractPlaces('They will chad the niger river; is it so?', 'en')).toEqual([]);
    expect(extractPlaces('HTS and the IS claimed it, Hezbollah denied it.', 'en')).toEqual([]);
    expect(extractPlaces('', 'en')).toEqual([]);
  });
});
