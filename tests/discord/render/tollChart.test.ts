import { describe, expect, it } from 'vitest';
import { compareTolls, type TollReport } from '../../../src/analysis/stories/compareTolls.js';
import { chartFont, renderTollChart } from '../../../src/discord/render/tollChart.js';
import type { Figure } from '../../../src/analysis/types.js';
import { HAVE_SEED, loadSeed } from '../../analysis/stories/fixtures/seed.js';

function fig(kind: Figure['kind'], count: number, extra: Partial<Figure> = {}): Figure {
  return { kind, count, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '', ...extra };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('renderTollChart', () => {
  const at = (articleId: string, published: string | null, figures: Figure[]): TollReport => ({ articleId, outlet: articleId, published, figures });

  it.skipIf(!HAVE_SEED)('draws the seed comparison as an 800x400 PNG', async () => {
    const c = compareTolls(loadSeed().map((s) => ({ articleId: s.id, outlet: s.outlet, published: s.published, figures: s.gold })));
    const png = await renderTollChart(c, { storyTitle: 'Aleppo offensive' });
    expect(pngSize(png)).toEqual({ width: 800, height: 400 });
    expect(png.length).toBeGreaterThan(2000);
  });

  it('takes the size asked for', async () => {
    const c = compareTolls([
      at('a', '2025-01-01T08:00:00Z', [fig('killed', 10, { reporter: 'A' })]),
      at('b', '2025-01-01T20:00:00Z', [fig('killed', 25, { reporter: 'A' })]),
      at('c', '2025-01-02T08:00:00Z', [fig('killed', 30, { reporter: 'B' })]),
    ]);
    expect(pngSize(await renderTollChart(c, { width: 640, height: 320 }))).toEqual({ width: 640, height: 320 });
    expect(pngSize(await renderTollChart(c, { width: 1200, height: 600, storyTitle: 'x'.repeat(300) }))).toEqual({ width: 1200, height: 600 });
  });

  it.each([
    ['one point', [at('a', '2025-01-01T08:00:00Z', [fig('killed', 10)])]],
    ['no figures', [at('a', '2025-01-01T08:00:00Z', [])]],
    ['no reports', []],
    ['all at the same time', [at('a', '2025-01-01T08:00:00Z', [fig('killed', 10, { reporter: 'A' })]), at('b', '2025-01-01T08:00:00Z', [fig('killed', 12, { reporter: 'B' })])]],
    ['only undated reports', [at('a', null, [fig('killed', 10)])]],
    ['zero counts', [at('a', '2025-01-01', [fig('killed', 0)]), at('b', '2025-01-02', [fig('killed', 0)])]],
    ['many reporters', Array.from({ length: 14 }, (_, i) => at(`r${i}`, `2025-01-0${1 + (i % 9)}T0${i % 10}:00:00Z`, [fig('killed', 5 * i + 1, { reporter: `Reporter number ${i} with a long name` })]))],
  ])('does not crash on %s', async (_name, reports) => {
    for (const kind of ['killed', 'injured', 'displaced'] as const) {
      const png = await renderTollChart(compareTolls(reports, kind));
      expect(pngSize(png)).toEqual({ width: 800, height: 400 });
    }
  });

  it('finds a font to write with on this machine (or draws without text)', () => {
    const font = chartFont();
    expect(font === null || typeof font === 'string').toBe(true);
  });
});
