// Regional Spanish copy (Mexico, Colombia): "privados de la vida", "localizaron sin vida a", "neutralizaron
// a", "levantaron a" (a kidnapping).
import { describe, it } from 'vitest';
import type { Lang } from '../../../../src/analysis/types.js';
import { expectFigures } from '../helpers.js';

type Row = [Lang, string, string[]];

describe('regional Spanish', () => {
  it.each([
    ['es', 'Cinco hombres fueron privados de la vida en un bar.', ['killed 5 exact people']],
    ['es', 'Un comando privó de la vida a tres comerciantes.', ['killed 3 exact people']],
    ['es', 'Las autoridades localizaron sin vida a 6 personas.', ['killed 6 exact people']],
    ['es', 'Cuatro hombres fueron localizados sin vida en un paraje.', ['killed 4 exact people']],
    ['es', 'Los soldados repelieron la agresión y neutralizaron a 5 atacantes.', ['killed 5 exact combatants']],
    ['es', 'Un grupo armado levantó a 3 jóvenes en la colonia.', ['detained 3 exact people']],
    // traps
    ['es', 'Los vecinos levantaron a 3 metros el muro.', []],
    ['es', 'Fueron halladas 12 fosas con restos humanos.', []],
    ['es', 'Un hombre fue privado de la vida.', []],
  ] as Row[])('%s: %s', (lang, text, want) => expectFigures(text, want, { lang }));
});
