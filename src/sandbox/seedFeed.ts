// The seed articles (shared/data/seed-articles/seed.jsonl) as feeds, one per outlet, the way a
// server would follow several news sites. Gold figures are dropped: the bot must find them itself.
import { readFileSync } from 'node:fs';
import type { FeedServerItem } from './feedServer.js';

interface SeedLine {
  id: string;
  outlet: string | null;
  outlet_note?: string;
  published: string | null;
  text: string;
}

export interface SeedFeed {
  /** Path on the feed server, e.g. /seed/002.xml */
  path: string;
  /** The outlet's name: the feed's title. */
  title: string;
  items: FeedServerItem[];
}

export function loadSeedFeeds(path: string, baseLink = 'https://news.example/seed'): SeedFeed[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const seed = JSON.parse(line) as SeedLine;
    // Every line is a block of its own: the seed copy puts subheadings on single lines.
    const paragraphs = seed.text
      .split(/\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const lead = paragraphs.find((p) => p.length > 80 && !/^date\s/i.test(p)) ?? paragraphs[0] ?? '';
    const firstSentence = lead.split(/(?<=[.!?])\s/)[0] ?? lead;
    const title = firstSentence.length > 110 ? firstSentence.slice(0, 107) + '…' : firstSentence;
    // Articles without a date are spread a few minutes apart so the feeds have an order.
    const published = seed.published ? new Date(seed.published).toISOString() : new Date(Date.UTC(2024, 10, 29, 18, i)).toISOString();
    const outlet = seed.outlet ?? (seed.outlet_note ? seed.outlet_note.split(';')[0]!.replace(/^\w/, (c) => c.toUpperCase()) : `Outlet ${seed.id}`);
    return {
      path: `/seed/${seed.id}.xml`,
      title: outlet,
      items: [
        {
          guid: `seed-${seed.id}`,
          title,
          link: `${baseLink}/${seed.id}`,
          published,
          html: paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n'),
        },
      ],
    };
  });
}
