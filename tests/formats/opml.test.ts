import { describe, expect, it } from 'vitest';
import { readOpml, writeOpml, OpmlError } from '../../src/formats/opml.js';

describe('OPML', () => {
  it('round-trips feeds with titles, channels and keywords, escaping XML', () => {
    const feeds = [
      { url: 'https://a.example/rss?x=1&y=2', title: 'A & B "news"', channelId: '123', keywords: ['gaza', 'rafah'] },
      { url: 'https://b.example/atom', title: null },
    ];
    const back = readOpml(writeOpml('Test <server>', feeds));
    expect(back[0]).toEqual({ url: 'https://a.example/rss?x=1&y=2', title: 'A & B "news"', channelId: '123', keywords: ['gaza', 'rafah'] });
    expect(back[1]!.url).toBe('https://b.example/atom');
  });

  it('reads the nested folders other feed readers export', () => {
    const xml = `<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="World"><outline text="BBC" type="rss" xmlUrl="https://feeds.example/bbc.xml" htmlUrl="https://bbc.example"/>
      <outline text='Le Monde' xmlUrl='https://lemonde.example/rss'/></outline><outline text="folder only"/></body></opml>`;
    expect(readOpml(xml).map((f) => [f.url, f.title])).toEqual([
      ['https://feeds.example/bbc.xml', 'BBC'],
      ['https://lemonde.example/rss', 'Le Monde'],
    ]);
  });

  it('refuses a file that is not OPML', () => {
    expect(() => readOpml('<html><body>hi</body></html>')).toThrow(OpmlError);
  });
});
