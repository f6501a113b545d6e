import { describe, expect, it } from 'vitest';
import { compareTolls, formatFigure, periodOf, type TollReport } from '../../../src/analysis/stories/compareTolls.js';
import type { Figure } from '../../../src/analysis/types.js';
import { HAVE_SEED, loadSeed } from './fixtures/seed.js';

function fig(kind: Figure['kind'], count: number, extra: Partial<Figure> = {}): Figure {
  return { kind, count, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '', ...extra };
}

const seedReports = (): TollReport[] =>
  loadSeed().map((s) => ({ articleId: s.id, outlet: s.outlet, published: s.published, figures: s.gold }));

describe('formatFigure', () => {
  it.each([
    [fig('killed', 242, { qualifier: 'at_least' }), '≥242'],
    [fig('displaced', 14000, { qualifier: 'more_than' }), '>14,000'],
    [fig('killed', 50, { qualifier: 'about' }), '~50'],
    [fig('displaced', 7000, { qualifier: 'nearly' }), '<7,000'],
    [fig('killed', 30, { qualifier: 'up_to' }), '≤30'],
    [fig('killed', 30, { upper: 40 }), '30–40'],
    [fig('killed', 4887, { upper: 7528, qualifier: 'about' }), '~4,887–7,528'],
    [fig('displaced', 7000, { unit: 'families' }), '7,000 families'],
    [fig('displaced', 7000, { unit: 'families', qualifier: 'nearly' }), '<7,000 families'],
    [fig('displaced', 120, { unit: 'households' }), '120 households'],
    [fig('killed', 2500000), '2,500,000'],
    [fig('killed', 7), '7'],
  ])('%o -> %s', (f, want) => {
    expect(formatFigure(f)).toBe(want);
  });
});

describe.skipIf(!HAVE_SEED)('compareTolls on the seed gold figures', () => {
  const c = compareTolls(seedReports(), 'killed');

  it('lists all five outlets, one row each, by time', () => {
    expect(c.rows.map((r) => r.articleId).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(c.outlets).toBe(5);
    expect(c.rows[c.rows.length - 1].articleId).toBe('004'); // the BBC's copy has no date: last
  });

  it('ranges from the derived ≥199 of the BBC to ≥242', () => {
    expect(c.range.low).toMatchObject({ count: 199, qualifier: 'at_least', who: 'people' });
    expect(c.range.high).toMatchObject({ count: 242, qualifier: 'at_least' });
    const bbc = c.rows.find((r) => r.articleId === '004')!;
    expect(bbc.headline).toBe(c.range.low);
    expect(bbc.derivedFrom?.map((p) => [p.who, p.count])).toEqual([['combatants', 180], ['civilians', 19]]);
    expect(formatFigure(c.range.low!)).toBe('≥199');
  });

  it('takes each article’s largest people total as its headline', () => {
    const by = Object.fromEntries(c.rows.map((r) => [r.articleId, r.headline && formatFigure(r.headline)]));
    expect(by).toEqual({ '000': '231', '001': '>240', '002': '≥242', '003': '≥242', '004': '≥199' });
    const sabah = c.rows.find((r) => r.articleId === '003')!;
    expect(sabah.civilians?.count).toBe(30);
    expect(sabah.displaced?.count).toBe(14000);
    expect(sabah.reporters[0]).toBe('Syrian Observatory for Human Rights');
  });

  it('notes the superseded tolls of the reporter', () => {
    const old = c.rows.filter((r) => r.superseded).map((r) => r.articleId).sort();
    expect(old).toEqual(['000', '001']);
    const note = c.notes.find((n) => n.includes('231 (000) superseded by ≥242'));
    expect(note).toMatch(/^Syrian Observatory for Human Rights: 231 \(000\) superseded by ≥242 \(BFM TV/);
    expect(c.notes.some((n) => n.includes('>240 (franceinfo) superseded by ≥242'))).toBe(true);
  });

  it('notes the total against the parts', () => {
    const note = c.notes.find((n) => n.includes('>180 combatants + ≥19 civilians = ≥199'));
    expect(note).toBeDefined();
    expect(note).toContain('BBC News');
    expect(note).toContain('231');
  });

  it('notes how many independent reporters stand behind the outlets', () => {
    expect(c.notes).toContain('5 outlets, 1 primary source: Syrian Observatory for Human Rights');
    expect(c.primarySources).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('notes the different periods', () => {
    const note = c.notes.find((n) => n.startsWith('Periods differ'));
    expect(note).toContain('≥242 (BFM TV) counts "since Wednesday"');
    expect(note).toContain('231 (000)');
  });

  it('keeps the background total out and lists it apart', () => {
    expect(c.background.map((f) => f.count)).toEqual([500000]);
    expect(c.rows.every((r) => r.headline!.count < 500000)).toBe(true);
    expect(c.range.high!.count).toBe(242);
    expect(c.notes.some((n) => n.startsWith('Background totals') && n.includes('>500,000'))).toBe(true);
  });

  it('states the best estimate and its rule', () => {
    expect(c.best).toMatchObject({ reportedBy: 'Syrian Observatory for Human Rights', outlet: 'BFM TV' });
    expect(formatFigure(c.best!.figure)).toBe('≥242');
    expect(c.best!.rule).toMatch(/^latest figure of the most-cited reporter/);
  });

  it('compares displaced people apart from displaced families', () => {
    const d = compareTolls(seedReports(), 'displaced');
    expect(d.rows.map((r) => r.articleId).sort()).toEqual(['002', '003', '004']);
    expect(formatFigure(d.range.low!)).toBe('>14,000');
    expect(formatFigure(d.range.high!)).toBe('>14,000');
    expect(d.notes.some((n) => n.includes('<7,000 families') && n.includes('kept out of the range'))).toBe(true);
    expect(d.best?.reportedBy).toBe('UN OCHA');
  });
});

describe('compareTolls', () => {
  const at = (articleId: string, outlet: string | null, published: string | null, figures: Figure[]): TollReport => ({ articleId, outlet, published, figures });

  it('supersedes a reporter’s toll by its strictly later one, even a lower one, and not by another reporter’s', () => {
    const c = compareTolls([
      at('a', 'One', '2025-01-01T08:00:00Z', [fig('killed', 40, { reporter: 'Health Ministry' })]),
      at('b', 'Two', '2025-01-01T12:00:00Z', [fig('killed', 35, { reporter: 'health ministry' })]),
      at('c', 'Three', '2025-01-01T13:00:00Z', [fig('killed', 90, { reporter: 'Rebels' })]),
    ]);
    expect(c.rows.map((r) => [r.articleId, !!r.superseded])).toEqual([['a', true], ['b', false], ['c', false]]);
    expect(c.notes[0]).toBe('Health Ministry: 40 (One) superseded by 35 (Two, later)');
    expect(c.range.low!.count).toBe(35);
    expect(c.range.high!.count).toBe(90);
    expect(c.notes).toContain('3 outlets, 2 primary sources: Health Ministry; Rebels');
    expect(c.best).toMatchObject({ outlet: 'Two', reportedBy: 'Health Ministry' });
  });

  it('reads a midnight-UTC time as a date without time, so a same-day higher toll supersedes it', () => {
    const c = compareTolls([
      at('timed', 'Timed', '2025-01-01T10:18:00Z', [fig('killed', 240, { qualifier: 'more_than', reporter: 'Monitor' })]),
      at('dated', 'Dated', '2025-01-01T00:00:00.000Z', [fig('killed', 242, { qualifier: 'at_least', reporter: 'Monitor' })]),
    ]);
    expect(c.rows.find((r) => r.articleId === 'timed')?.superseded).toBe(true);
    expect(c.rows.find((r) => r.articleId === 'dated')?.superseded).toBeFalsy();
    expect(c.notes[0]).toMatch(/same day, higher/);
  });

  it('derives a total from parts when no total is given, else takes the largest figure', () => {
    const c = compareTolls([
      at('a', 'One', '2025-01-01', [fig('killed', 12, { who: 'combatants', reporter: 'X' }), fig('killed', 5, { who: 'civilians', reporter: 'X', qualifier: 'at_least' })]),
      at('b', 'Two', '2025-01-02', [fig('killed', 8, { who: 'civilians', reporter: 'Y' }), fig('killed', 3, { who: 'children', reporter: 'Y' })]),
      at('c', 'Three', '2025-01-03', [fig('killed', 10, { who: 'combatants', party: 'army', reporter: 'Z' }), fig('killed', 6, { who: 'combatants', party: 'rebels', reporter: 'Z' }), fig('killed', 2, { who: 'civilians', reporter: 'Z' })]),
    ]);
    const [a, b, cc] = c.rows;
    expect(formatFigure(a.headline!)).toBe('≥17');
    expect(a.derivedFrom).toHaveLength(2);
    expect(b.headline).toMatchObject({ count: 8, who: 'civilians' });
    expect(b.derivedFrom).toBeUndefined();
    expect(cc.headline!.count).toBe(18);
  });

  it('notes a civilian count above the total', () => {
    const c = compareTolls([at('a', 'One', null, [fig('killed', 10), fig('killed', 14, { who: 'civilians' })])]);
    expect(c.notes.some((n) => n.includes('14 civilians killed exceeds its total of 10'))).toBe(true);
    expect(c.notes).toContain('1 outlet, 0 primary sources: 1 names no source');
  });

  it('handles nothing to compare', () => {
    const empty = compareTolls([]);
    expect(empty).toMatchObject({ rows: [], range: { low: null, high: null }, best: null, outlets: 0, primarySources: [], background: [] });
    const none = compareTolls([at('a', 'One', '2025-01-01', [fig('injured', 3)])], 'killed');
    expect(none.rows).toEqual([]);
    expect(none.best).toBeNull();
    const injured = compareTolls([at('a', 'One', '2025-01-01', [fig('injured', 3)])], 'injured');
    expect(injured.rows[0].headline!.count).toBe(3);
    expect(injured.best?.rule).toMatch(/no report names its source/);
  });

  it('reads periods in five languages', () => {
    expect(periodOf(fig('killed', 1, { evidence: 'at least 242 dead since Wednesday' }))).toBe('since Wednesday');
    expect(periodOf(fig('killed', 1, { evidence: 'plus de 240 morts depuis mercredi' }))).toBe('depuis mercredi');
    expect(periodOf(fig('killed', 1, { evidence: 'seit Mittwoch wurden 242 Menschen getötet' }))).toBe('seit Mittwoch');
    expect(periodOf(fig('killed', 1, { evidence: 'al menos 255 muertos desde el miércoles' }))).toBe('desde el miércoles');
    expect(periodOf(fig('killed', 1, { evidence: 'مقتل 242 شخصا منذ الأربعاء' }))).toBe('منذ الأربعاء');
    expect(periodOf(fig('killed', 1, { evidence: '40 killed in the past 24 hours' }))).toBe('in the past 24 hours');
    expect(periodOf(fig('killed', 1, { evidence: 'the toll rose to 231' }))).toBeNull();
  });
});
