// Phrases the attribution reader cuts out that name nobody are dropped: no source beats a wrong one.
// Phrases written for the test.
import { describe, expect, it } from 'vitest';
import { namesNobody } from '../../../src/analysis/figures/refiners/reporterName.js';

describe('namesNobody', () => {
  it.each([
    ['Zivilisten', 'de'],
    ['civiles', 'es'],
    ['sólo en la capital se', 'es'],
    ["listes de blessés qu'elle", 'fr'],
    ['Helfer meldeten', 'de'],
    ['Augenzeugen berichteten', 'de'],
  ] as const)('%s (%s) names nobody', (s, lang) => {
    expect(namesNobody(s, lang)).toBe(true);
  });
  it.each([
    ['Ukrainian authorities', 'de'],
    ['Kharkiv regional administration', 'de'],
    ['hospital sources', 'de'],
    ['Rotes Kreuz', 'de'],
    ['Defensoría del Pueblo', 'es'],
    ['Sécurité civile', 'fr'],
    ['the civil defence', 'en'],
  ] as const)('%s (%s) is a source', (s, lang) => {
    expect(namesNobody(s, lang)).toBe(false);
  });
});
