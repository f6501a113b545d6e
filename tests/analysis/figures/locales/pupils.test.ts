// Pupils are children, students are people — in French and Spanish as in English. Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/analysis/figures/index.js';

describe('pupils are children, students are people (as in English)', () => {
  it('élèves / alumnos are children; étudiants / estudiantes are people', () => {
    const who = (t: string, lang: 'fr' | 'es') => extractFigures(t, { lang }).map((f) => f.who);
    expect(who('Des hommes armés ont enlevé 120 élèves dans une école.', 'fr')).toEqual(['children']);
    expect(who('Des hommes armés ont enlevé 40 étudiants sur le campus.', 'fr')).toEqual(['people']);
    expect(who('Hombres armados secuestraron a 120 alumnos de una escuela.', 'es')).toEqual(['children']);
    expect(who('Hombres armados secuestraron a 40 estudiantes en la universidad.', 'es')).toEqual(['people']);
  });
});
