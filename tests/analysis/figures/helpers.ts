// Compact views of extracted figures for the tests: "kind count[-upper] qualifier who[ unit]".
import { expect } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { ExtractOptions, Figure } from '../../../src/analysis/types.js';

export const brief = (f: Figure): string =>
  `${f.kind} ${f.count}${f.upper != null ? `-${f.upper}` : ''} ${f.qualifier} ${f.who}${f.unit !== 'people' ? ` ${f.unit}` : ''}`;

export function figuresOf(text: string, opts: ExtractOptions = { lang: 'en' }): Figure[] {
  return extractFigures(text, opts);
}

/** The figures of `text`, order-insensitive, in the compact form. */
export function expectFigures(text: string, expected: string[], opts: ExtractOptions = { lang: 'en' }): void {
  const got = figuresOf(text, opts).map(brief).sort();
  expect(got, text).toEqual([...expected].sort());
}

/** Cases as [text, expected figures]: one `it` each. */
export type Case = [string, string[]];
