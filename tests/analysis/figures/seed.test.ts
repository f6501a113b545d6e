// The seed articles (shared/data/seed-articles): F1 >= 0.95 by the scorer's matching rule
// (kind, count, upper, who, unit; each gold figure matches at most one prediction).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { Figure, Lang } from '../../../src/analysis/types.js';

const seedPath = fileURLToPath(new URL('../../../../shared/data/seed-articles/seed.jsonl', import.meta.url));
const key = (f: Pick<Figure, 'kind' | 'count' | 'upper' | 'who' | 'unit'>) => [f.kind, f.count, f.upper ?? null, f.who, f.unit ?? 'people'].join('|');

describe.runIf(existsSync(seedPath))('seed articles', () => {
  const articles = existsSync(seedPath)
    ? readFileSync(seedPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; lang: Lang; published: string; text: string; gold: Figure[] })
    : [];

  it('scores F1 >= 0.95 and attributes >= 0.90', () => {
    let tp = 0, fp = 0, fn = 0;
    const attr = { qualifier: 0, scope: 0, reporter: 0 };
    const loose = (a: string | null, b: string | null) => (a == null || b == null ? a == b : a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase()));
    for (const a of articles) {
      const pred = extractFigures(a.text, { lang: a.lang, published: a.published });
      const used = new Set<number>();
      for (const g of a.gold) {
        const i = pred.findIndex((p, j) => !used.has(j) && key(p) === key(g));
        if (i < 0) { fn++; continue; }
        used.add(i); tp++;
        if (pred[i].qualifier === g.qualifier) attr.qualifier++;
        if (pred[i].scope === g.scope) attr.scope++;
        if (loose(pred[i].reporter, g.reporter)) attr.reporter++;
      }
      fp += pred.length - used.size;
      for (const p of pred) expect(a.text.includes(p.evidence), p.evidence).toBe(true);
    }
    const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn);
    const F = (2 * P * R) / Math.max(1e-9, P + R);
    expect(F).toBeGreaterThanOrEqual(0.95);
    for (const v of Object.values(attr)) expect(v / Math.max(1, tp)).toBeGreaterThanOrEqual(0.9);
  });
});
