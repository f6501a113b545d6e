// Shared checks of the locale corpora: every expected figure is found (kind, count, upper, who and
// unit decide the match, as in the scoring), its given attributes agree, and nothing else is found.
import { expect } from 'vitest';
import { extractFigures } from '../../../../src/analysis/figures/index.js';
import type { Figure, Lang } from '../../../../src/analysis/types.js';

export type Expected = Partial<Figure> & Pick<Figure, 'kind' | 'count'>;

export interface Case {
  text: string;
  figures: Expected[];
  published?: string;
}

const key = (f: Partial<Figure>) => [f.kind, f.count, f.upper ?? null, f.who ?? 'people', f.unit ?? 'people'].join('|');

export function check(lang: Lang, c: Case): void {
  const got = extractFigures(c.text, { lang, published: c.published });
  const left = [...got];
  for (const e of c.figures) {
    const i = left.findIndex((g) => key(g) === key(e));
    expect(i, `missing ${key(e)} in ${JSON.stringify(got.map(short))}`).toBeGreaterThanOrEqual(0);
    const g = left.splice(i, 1)[0];
    const want: Record<string, unknown> = { qualifier: 'exact', scope: 'event', ...e };
    for (const [k, v] of Object.entries(want)) {
      if (k === 'reporter' && typeof v === 'string' && typeof g.reporter === 'string') {
        const a = v.toLowerCase();
        const b = g.reporter.toLowerCase();
        expect(a.includes(b) || b.includes(a), `reporter of ${key(e)}: ${g.reporter} vs ${v}`).toBe(true);
      } else if (k === 'party' && typeof v === 'string' && typeof g.party === 'string') {
        const a = v.toLowerCase();
        const b = g.party.toLowerCase();
        expect(a.includes(b) || b.includes(a), `party of ${key(e)}: ${g.party} vs ${v}`).toBe(true);
      } else {
        expect((g as unknown as Record<string, unknown>)[k], `${k} of ${key(e)}`).toEqual(v);
      }
    }
  }
  expect(left.map(short), 'unexpected figures').toEqual([]);
}

function short(f: Figure) {
  return `${key(f)} ${f.qualifier} ${f.scope} r=${f.reporter} p=${f.party}`;
}
