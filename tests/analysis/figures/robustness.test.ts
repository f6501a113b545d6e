// Inputs of any shape: no throw, evidence always copied from the input, time linear in the text.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { LANGS } from '../../../src/analysis/types.js';

describe('robustness', () => {
  it('handles empty, whitespace, punctuation and digit soup', () => {
    for (const t of ['', ' ', '\n\n\n', '....', '1 2 3 4 5 6 7 8 9 10', '(((((', '“”«»', '١٢٣ ٤٥٦', 'killed killed killed', '5,,,,,,5 killed', '999999999999999999999 people killed']) {
      for (const lang of LANGS) expect(() => extractFigures(t, { lang })).not.toThrow();
    }
  });

  it('copies evidence from the input, with Arabic diacritics too', () => {
    const texts: [string, (typeof LANGS)[number]][] = [
      ['Shelling killed 12 civilians on Monday, the ministry said. Another 30 people were wounded.', 'en'],
      ['قُتِلَ 25 مدنياً في قصفٍ على المدينة، بحسب وزارة الصحة.', 'ar'],
    ];
    for (const [t, lang] of texts) {
      const figs = extractFigures(t, { lang });
      expect(figs.length).toBeGreaterThan(0);
      for (const f of figs) expect(t.includes(f.evidence), f.evidence).toBe(true);
    }
  });

  // a blowup shows as a timeout; speed itself is measured by `npm run bench`
  it('reads a long article', () => {
    const para = 'Air strikes killed at least 14 civilians in the north on Tuesday, according to the health ministry, while 63 strikes hit 50 villages. The war has killed more than 40,000 people since 2011, the monitor said. ';
    const long = para.repeat(1500); // ~300 KB
    const figs = extractFigures(long, { lang: 'en' });
    expect(figs.length).toBe(2); // the same figures, merged
  }, 60_000);
});
