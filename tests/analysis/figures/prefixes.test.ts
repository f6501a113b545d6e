// The prefix tables the scan helpers test before they run a regex (engine/prefixes.ts) must let
// every real match through: a table that rejected one would silently drop a cue, a group noun or
// a hedge. Checked here on every compiled pattern of every locale, at every place of sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/analysis/figures/locales/index.js';
import { compileLocale, lowerKeepOffsets, nextMatch } from '../../../src/analysis/figures/engine/compile.js';
import { prefixes, prefixOk, prefixTable } from '../../../src/analysis/figures/engine/prefixes.js';

const TEXTS: Record<string, string[]> = {
  en: [
    'At least 12 civilians were killed and 30 others wounded on Tuesday, the health ministry said, according to a tally by the UN.',
    'The death toll rose to 57, up from 34, since the war began in 2023; more than 1,200 people have been displaced, officials said.',
    'Among them were 5 children. Gunmen killed four police officers and abducted 20 villagers near the town, residents told AFP.',
  ],
  fr: ["Au moins 20 civils ont été tués et une centaine blessés mardi, selon le ministère de la Santé, a indiqué l'ONU.", 'Le bilan s’élève désormais à 45 morts, dont 11 enfants, depuis le début de la guerre.'],
  de: ['Bei Angriffen wurden mindestens 12 Menschen getötet, teilte das Gesundheitsministerium mit. Die Zahl der Toten stieg auf 40.', 'Darunter seien rund 30 Kinder, sagte ein Sprecher der Vereinten Nationen.'],
  es: ['Al menos 15 personas murieron y 40 resultaron heridas, según el Ministerio de Sanidad. El balance de muertos se elevó a 231.', 'Entre ellos hay 12 niños, informó la ONU desde el fin de semana.'],
  ar: ['قتل 15 شخصا على الأقل وأصيب 40 آخرون في قصف على المدينة، بحسب وزارة الصحة.', 'ارتفعت حصيلة القتلى إلى 57 قتيلا منذ بداية الحرب، وفق الأمم المتحدة.'],
};

function regexesOf(o: unknown, out = new Set<RegExp>(), seen = new Set<unknown>()): Set<RegExp> {
  if (o instanceof RegExp) out.add(o);
  else if (o && typeof o === 'object' && !seen.has(o)) {
    seen.add(o);
    for (const v of o instanceof Map ? o.values() : Object.values(o)) regexesOf(v, out, seen);
  }
  return out;
}

describe('prefix tables', () => {
  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`let every match of the ${lang} patterns through`, () => {
      const { locale: _l, lex: _x, ...compiled } = compileLocale(locale!);
      const texts = TEXTS[lang].map((t) => lowerKeepOffsets(t, compileLocale(locale!).fold));
      let checked = 0;
      for (const re of regexesOf(compiled)) {
        if (!re.sticky && !re.global) continue;
        const t = prefixTable(re);
        if (!t) continue;
        const y = new RegExp(re.source, re.flags.replace('g', '') + (re.sticky ? '' : 'y'));
        for (const s of texts) {
          for (let i = 0; i < s.length; i++) {
            y.lastIndex = i;
            const m = y.exec(s);
            if (!m || m[0] === '') continue;
            checked++;
            expect(prefixOk(t, s, i), `${re.source.slice(0, 60)} at ${JSON.stringify(s.slice(i, i + 20))}`).toBe(true);
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  }

  it('model escapes, classes, repetitions and lookarounds', () => {
    expect(prefixes('ab|cd')).toEqual(new Set(['ab', 'cd']));
    expect([...prefixes(String.raw`\n\tx`)!]).toEqual(['\n\tx']);
    expect(prefixes('[ab]c?')).toEqual(new Set(['a', 'b', 'ac', 'bc']));
    // a repetition keeps its first round and leaves the rest open
    expect(prefixes(String.raw`x\d+`)!.has('x0\uffff')).toBe(true);
    // a lookaround consumes nothing; \p{…} is unknown: what follows is open
    expect(prefixes(String.raw`(?<![\p{L}])ab`)).toEqual(new Set(['ab']));
    expect(prefixes(String.raw`ab\p{L}c`)).toEqual(new Set(['ab\uffff']));
    expect(prefixTable(/\p{L}x/u)).toBeNull();
    expect(prefixTable(/kill/iu)).toBeNull();
  });

  it('keep nextMatch finding what a plain search finds', () => {
    const cl = compileLocale(LOCALES.en!);
    const s = lowerKeepOffsets('Residents said shelling killed 14 people; the death toll rose to 30.');
    const m = nextMatch(cl.cueScan, s, 0);
    expect(m?.index).toBe(s.indexOf('killed'));
  });
});
