// Counts that are no figures (escapees, fractions, a place's population, "one of the
// deadliest", ages), and a few cues (separable German verbs, "wounds", « quoted » nouns, fr partitive).
import { describe, it } from 'vitest';
import type { Lang } from '../../../src/analysis/types.js';
import { expectFigures } from './helpers.js';

describe('not figures', () => {
  it.each([
    ['fr', 'Quelque 900 détenus se sont évadés de la prison.', []],
    ['en', 'About 600 inmates escaped from the prison during the chaos.', []],
    ['de', 'Rund drei Viertel der Bevölkerung sind vertrieben worden.', []],
    ['en', 'Most of the enclave’s 2.1 million people have been displaced.', []],
    ['en', 'It was one of the deadliest attacks in years, and 40 people were killed.', ['killed 40 exact people']],
    ['en', 'Eleven of the dead were children between the ages of 4 and 12.', ['killed 11 exact children']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});

describe('more cues', () => {
  it.each([
    ['de', 'Die Polizei nahm am Abend fünf Verdächtige fest.', ['detained 5 exact people']],
    // trap: "fest" not at the end of the clause
    ['de', 'Fünf Menschen wurden getötet, das steht fest.', ['killed 5 exact people']],
    ['en', 'Shelling kills 3 and wounds 17 in the city.', ['killed 3 exact people', 'injured 17 exact people']],
    ['fr', 'L’armée dit avoir tué 40 « terroristes » lors de l’opération.', ['killed 40 exact combatants']],
    ['fr', 'Au moins 5 000 personnes fuyant les combats sont arrivées à la frontière.', ['displaced 5000 at_least people']],
    ['fr', 'Douze de ses soldats ont péri dans l’embuscade.', ['killed 12 exact combatants']],
  ] as [Lang, string, string[]][])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
