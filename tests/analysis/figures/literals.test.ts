// The literals a pattern's matches must contain (engine/literals.ts) let a scan skip a sentence
// that holds none of them: a set that missed a real match would silently drop a time phrase.
// Checked on hand-made sources and on every match of every compiled pattern of every locale in
// sentences written for this test.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/analysis/figures/locales/index.js';
import { compileLocale, lowerKeepOffsets } from '../../../src/analysis/figures/engine/compile.js';
import { requiredLiterals } from '../../../src/analysis/figures/engine/literals.js';

const TEXTS = [
  'At least 12 civilians were killed two years later, before Monday; in an earlier attack 30 died, the health ministry said, three years on.',
  "Au moins 20 civils ont été tués l'an dernier, selon le ministère de la Santé, depuis le début de la guerre en 2011.",
  'Bei Angriffen wurden im vergangenen Monat mindestens 12 Menschen getötet, teilte das Gesundheitsministerium mit.',
  'Al menos 15 personas murieron el mes pasado, según el Ministerio de Sanidad, desde que comenzó la guerra.',
  'قتل 15 شخصا على الأقل الشهر الماضي في قصف على المدينة، بحسب وزارة الصحة منذ بداية الحرب.',
];

describe('requiredLiterals', () => {
  it('reads runs, groups, alternations and quantifiers', () => {
    expect(requiredLiterals('abc')).toEqual(['abc']);
    expect(requiredLiterals('(?:foo|bar)d')).toEqual(['foo', 'bar']);
    expect(requiredLiterals(String.raw`(?:\d+|\p{L}+) years on`)).toEqual([' years on']);
    expect(requiredLiterals('ab?c')).toEqual(['a']);
    expect(requiredLiterals('x(?:long phrase)?y')).toEqual(['x']);
    expect(requiredLiterals(String.raw`(?<=before )\s*day`)).toEqual(['day']);
    expect(requiredLiterals('a|b*')).toBeNull();
    expect(requiredLiterals(String.raw`(?<n>ab)\k<n>`)).toEqual(['ab']);
  });

  it('every match of every compiled pattern holds one of its literals', () => {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const cl = compileLocale(locale);
      const regexes = new Set<RegExp>();
      const walk = (o: unknown, seen = new Set<unknown>()) => {
        if (o instanceof RegExp) regexes.add(o);
        else if (o && typeof o === 'object' && !seen.has(o)) {
          seen.add(o);
          for (const v of o instanceof Map ? o.values() : Object.values(o)) walk(v, seen);
        }
      };
      walk(cl);
      for (const re of regexes) {
        const lits = requiredLiterals(re.source);
        if (lits === null || re.flags.includes('i')) continue;
        for (const text of TEXTS) {
          const s = lowerKeepOffsets(text, cl.fold);
          const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
          for (const m of s.matchAll(g)) {
            if (m[0] === '') continue;
            expect(lits.some((l) => m[0].includes(l)), `${lang} /${re.source.slice(0, 80)}/ on "${m[0]}"`).toBe(true);
          }
        }
      }
    }
  });
});
