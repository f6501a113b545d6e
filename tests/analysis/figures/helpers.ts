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

/** A three-sentence lead of a Wednesday strike (published 2025-03-20), to put a later sentence after
 *  the lead in the scope tests of French, German, Spanish and Arabic. */
export const SCOPE_LEAD: Record<string, string> = {
  fr: "Une frappe a tué 12 personnes mercredi dans le nord du pays. Les secours fouillent les décombres. Le gouvernement a condamné l'attaque. ",
  de: 'Ein Angriff hat am Mittwoch 12 Menschen getötet. Die Retter suchen weiter. Die Regierung verurteilte den Angriff. ',
  es: 'Un ataque mató el miércoles a 12 personas en el norte. Los rescatistas siguen buscando. El Gobierno condenó el ataque. ',
  ar: 'قتل 12 شخصا في غارة يوم الأربعاء. وتواصل فرق الإنقاذ البحث. ودانت الحكومة الهجوم. ',
};
