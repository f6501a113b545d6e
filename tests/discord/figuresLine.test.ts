import { describe, expect, it } from 'vitest';
import { renderFiguresLine, shortReporter, headlineFigure } from '../../src/discord/render/figuresLine.js';
import type { Figure } from '../../src/analysis/types.js';

const f = (p: Partial<Figure>): Figure => ({ kind: 'killed', count: 1, upper: null, qualifier: 'exact', who: 'people', party: null, unit: 'people', reporter: null, scope: 'event', evidence: '', ...p });

describe('figures line', () => {
  it('shortens reporters readers know by their initials', () => {
    expect(shortReporter('Syrian Observatory for Human Rights')).toBe('SOHR');
    expect(shortReporter('Syrian state media (SANA)')).toBe('SANA');
    expect(shortReporter('UN OCHA')).toBe('UN OCHA');
    expect(shortReporter('White Helmets (Syria Civil Defence)')).toBe('White Helmets');
  });

  it('shows the current people total per kind with hedge and reporter, background left out', () => {
    const line = renderFiguresLine([
      f({ count: 24, who: 'civilians', reporter: 'Syrian Observatory for Human Rights' }),
      f({ count: 242, qualifier: 'at_least', reporter: 'Syrian Observatory for Human Rights' }),
      f({ count: 500000, qualifier: 'more_than', scope: 'background' }),
      f({ kind: 'displaced', count: 14000, qualifier: 'more_than', reporter: 'UN OCHA' }),
    ]);
    expect(line).toMatch(/^Killed: ≥242 \(SOHR\) · Displaced: >14,000 \(UN OCHA\)$/);
  });

  it('falls back to a group when no people total exists', () => {
    expect(headlineFigure([f({ count: 180, who: 'combatants' }), f({ count: 19, who: 'civilians' })], 'killed')?.count).toBe(19);
    expect(renderFiguresLine([])).toBe('');
  });
});
