import { describe, expect, it } from 'vitest';
import { compareTolls, type TollReport } from '../../../src/analysis/stories/compareTolls.js';
import { formatPublished, renderTollTable, shortReporter } from '../../../src/discord/render/tollTable.js';
import type { Figure } from '../../../src/analysis/types.js';
import { HAVE_SEED, loadSeed } from '../../analysis/stories/fixtures/seed.js';

function fig(kind: Figure['kind'], count: number, extra: Partial<Figure> = {}): Figure {
  return { kind, count, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '', ...extra };
}

const description = (t: { table: string; summaryLines: string[] }) => [t.table, ...t.summaryLines].join('\n');

describe.skipIf(!HAVE_SEED)('renderTollTable on the seed', () => {
  const c = compareTolls(loadSeed().map((s) => ({ articleId: s.id, outlet: s.outlet, published: s.published, figures: s.gold })), 'killed');
  const t = renderTollTable(c, { now: new Date('2024-11-29T18:00:00Z'), timeZone: 'Europe/Paris', storyTitle: 'Aleppo offensive' });
  const lines = t.table.split('\n');

  it('is a code block with a header and one row per article', () => {
    expect(t.title).toBe('Killed: Aleppo offensive');
    expect(lines[0]).toBe('```');
    expect(lines[lines.length - 1]).toBe('```');
    expect(lines[1]).toMatch(/^Outlet\s+Published\s+Killed\s+Civil\.\s+.*Reporter$/);
    const rows = lines.slice(3, -1);
    expect(rows).toHaveLength(5);
    for (const outlet of ['#000', 'franceinfo', 'BFM TV', 'Daily Sabah', 'BBC News']) expect(rows.some((r) => r.startsWith(outlet))).toBe(true);
  });

  it('shows relative and absolute times, hedges, derived and superseded marks, reporters', () => {
    const row = (name: string) => lines.find((l) => l.startsWith(name))!;
    expect(row('franceinfo')).toContain('7h ago 29 Nov 11:18'); // Paris time
    expect(row('franceinfo')).toContain('>240†');
    expect(row('BFM TV')).toMatch(/today 29 Nov\s+≥242\s+24\s+>14,000 SOHR, SANA/);
    expect(row('BBC News')).toMatch(/^BBC News\s+–\s+≥199\*/);
    expect(row('BBC News')).toContain('<7,000 fam.');
  });

  it('sums up: range, best estimate with its rule, notes, legend', () => {
    expect(t.summaryLines[0]).toBe('**Range:** ≥199 to ≥242 killed (current figures of 3 reports)');
    expect(t.summaryLines[1]).toMatch(/^\*\*Best estimate:\*\* ≥242 \(Syrian Observatory for Human Rights via BFM TV\): latest figure of the most-cited reporter/);
    expect(t.summaryLines).toContain('• 5 outlets, 1 primary source: Syrian Observatory for Human Rights');
    expect(t.summaryLines[t.summaryLines.length - 1]).toBe('_* sum of parts · † superseded_');
    expect(description(t).length).toBeLessThanOrEqual(4096);
  });
});

describe('renderTollTable', () => {
  const now = new Date('2025-03-10T12:00:00Z');

  function many(n: number): TollReport[] {
    return Array.from({ length: n }, (_, i) => ({
      articleId: `a${i}`,
      outlet: `O${i} Broadcasting Corporation`,
      published: new Date(Date.parse('2025-03-08T00:30:00Z') + i * 3_600_000).toISOString(),
      figures: [
        fig('killed', 100 + i, { qualifier: 'at_least', reporter: i % 2 ? 'Ministry of Health of the Somewhere Authority' : 'International Committee of the Red Cross' }),
        fig('injured', 200 + i, { upper: 250 + i }),
        fig('killed', 30, { who: 'civilians' }),
        fig('displaced', 12000 + i, { qualifier: 'about' }),
      ],
    }));
  }

  it('fits 50 rows into the 4096 characters of an embed description, saying how many it left out', () => {
    const c = compareTolls(many(50));
    const t = renderTollTable(c, { now });
    const d = description(t);
    expect(d.length).toBeLessThanOrEqual(4096);
    const more = /\+(\d+) more/.exec(t.table);
    expect(more).not.toBeNull();
    const shown = t.table.split('\n').slice(4, -1).length;
    expect(shown + Number(more![1])).toBe(50);
    // the latest rows are the ones kept
    expect(t.table).toContain('\nO49 Broadcast…');
    expect(t.table).not.toContain('\nO0 Broadcast');
  });

  it('truncates long cells with an ellipsis and keeps columns aligned', () => {
    const t = renderTollTable(compareTolls(many(3)), { now });
    const rows = t.table.split('\n').slice(3, -1);
    expect(rows[0].startsWith('O0 Broadcasti… ')).toBe(true);
    expect(rows[0]).toContain('200–250');
    expect(rows[0]).toContain('~12,000');
    const header = t.table.split('\n')[1];
    for (const r of rows) expect(r.length - 4).toBe(header.indexOf('Reporter')); // "ICRC" / "MHSA"
    expect(new Set(rows.map((r) => r.indexOf(' 30 '))).size).toBe(1);
  });

  it('respects a smaller budget', () => {
    const t = renderTollTable(compareTolls(many(20)), { now, maxChars: 1500 });
    expect(description(t).length).toBeLessThanOrEqual(1500);
    expect(t.table).toMatch(/\+\d+ more/);
  });

  it('renders an empty comparison', () => {
    const t = renderTollTable(compareTolls([]), { now });
    expect(t.table).toContain('no report gives a killed figure');
    expect(t.summaryLines[0]).toBe('No killed figure reported for this story yet.');
    expect(t.title).toBe('Killed: outlets compared');
  });

  it('formats publication times', () => {
    expect(formatPublished('2025-03-10T09:05:00Z', now)).toBe('2h ago 10 Mar 09:05');
    expect(formatPublished('2025-03-10T11:59:30Z', now)).toBe('now 10 Mar 11:59');
    expect(formatPublished('2025-03-10T09:05:00Z', now, 'Asia/Tokyo')).toBe('2h ago 10 Mar 18:05');
    expect(formatPublished('2025-03-07T09:05:00Z', now)).toBe('3d ago 7 Mar 09:05');
    expect(formatPublished('2025-03-08', now)).toBe('2d ago 8 Mar');
    expect(formatPublished('2025-03-10', now)).toBe('today 10 Mar');
    expect(formatPublished(null, now)).toBe('–');
    expect(formatPublished('2025-03-10T09:05:00Z', now, 'Not/AZone')).toBe('2h ago 10 Mar 09:05');
  });

  it('shortens reporter names', () => {
    expect(shortReporter('Syrian Observatory for Human Rights')).toBe('SOHR');
    expect(shortReporter('Syrian state media (SANA)')).toBe('SANA');
    expect(shortReporter('UN OCHA')).toBe('UN OCHA');
    expect(shortReporter('International Rescue Committee')).toBe('IRC');
  });
});
