import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../src/analysis/figures/numbers/index.js';
import { parse, values } from './helpers.js';

describe('Spanish number words', () => {
  it.each([
    ['uno', 1], ['dos', 2], ['nueve', 9], ['diez', 10], ['once', 11], ['quince', 15], ['dieciséis', 16],
    ['diecinueve', 19], ['veinte', 20], ['veintiuno', 21], ['veintiún', 21], ['veintidós', 22], ['veintitrés', 23],
    ['treinta', 30], ['treinta y cinco', 35], ['treinta y un', 31], ['cuarenta y una', 41], ['noventa y nueve', 99],
    ['cien', 100], ['ciento cinco', 105], ['ciento veinte', 120], ['ciento treinta y dos', 132],
    ['doscientos', 200], ['doscientos cuarenta', 240], ['trescientas', 300], ['quinientos', 500],
    ['setecientos cincuenta', 750], ['novecientos noventa y nueve', 999], ['mil', 1000], ['tres mil', 3000],
    ['dos mil quinientos', 2500], ['cien mil', 100000], ['doscientos mil', 200000], ['3 mil 952', 3952],
    ['25 mil', 25000], ['un millón', 1000000], ['dos millones', 2000000], ['medio millón', 500000],
    ['un millón y medio', 1500000], ['1,5 millones', 1500000], ['mil millones', 1e9], ['dos mil millones', 2e9],
    ['una docena', 12], ['dos docenas', 24], ['media docena', 6], ['una decena', 10], ['una veintena', 20],
    ['un centenar', 100], ['un millar', 1000], ['una decena de miles', 10000], ['dos centenares', 200],
    ['un solo', 1], ['una sola', 1], ['un único', 1], ['1.399', 1399], ['1,399', 1399],
  ])('%s = %d', (t, v) => {
    expect(parse(t, 'es')).toBe(v);
  });

  it('flags approximate round nouns', () => {
    expect(findNumbers('un centenar de heridos', 'es')[0]).toMatchObject({ value: 100, approximate: true });
    expect(findNumbers('una docena de heridos', 'es')[0].approximate).toBeUndefined();
  });

  it.each([
    'decenas', 'cientos', 'centenares', 'miles', 'millones', 'decenas de miles', 'cientos de miles', 'varios miles',
    'un', 'una', 'docenas', 'millares',
  ])('%s is no number', (t) => {
    expect(values(t, 'es')).toEqual([]);
  });

  it('un/una are articles unless they count', () => {
    expect(values('un soldado murió y una mujer resultó herida', 'es')).toEqual([]);
    expect(values('un solo civil murió', 'es')).toEqual([1]);
    expect(values('veintiún muertos, treinta y un heridos', 'es')).toEqual([21, 31]);
  });

  it('por ciento is not a hundred', () => {
    expect(values('el cinco por ciento', 'es')).toEqual([5]);
    expect(values('un 30 por ciento', 'es')).toEqual([30]);
  });

  it('ordinals are not counts', () => {
    expect(values('el 46º regimiento, la 3.ª brigada, el 1er batallón, el 2do día', 'es')).toEqual([]);
  });

  it('ranges and lists stay separate', () => {
    expect(values('entre treinta y cuarenta muertos', 'es')).toEqual([30, 40]);
    expect(values('entre 30 y 40 muertos', 'es')).toEqual([30, 40]);
    expect(values('veinte muertos y treinta heridos', 'es')).toEqual([20, 30]);
    expect(values('dos o tres', 'es')).toEqual([2, 3]);
  });

  it('a year is not a multiplier', () => {
    expect(values('en 2011 mil personas', 'es')).toEqual([2011, 1000]);
    expect(values('desde 2011, más de 500.000 muertos', 'es')).toEqual([2011, 500000]);
  });

  it('medio centenar = 50, medio millar = 500; "y medio" before them is no half', () => {
    expect(values('medio centenar de heridos', 'es')).toEqual([50]);
    expect(values('medio millar de familias', 'es')).toEqual([500]);
    expect(values('ocho muertos y medio centenar de heridos', 'es')).toEqual([8, 50]);
    expect(values('dos millones y medio de personas', 'es')).toEqual([2500000]);
    expect(values('tras dos horas y media', 'es')).toEqual([2]);
    expect(values('centenar', 'es')).toEqual([]);
  });

  it('"cada uno" is no count; "uno de ellos" is', () => {
    expect(values('recibirán 300 dólares cada uno', 'es')).toEqual([300]);
    expect(values('uno de los heridos murió', 'es')).toEqual([1]);
  });

  it('"el"/"la" before a round noun count like "un"/"una", and nowhere else', () => {
    expect(findNumbers('supera el centenar de muertos', 'es')[0]).toMatchObject({ value: 100, approximate: true, text: 'el centenar' });
    expect(values('el millar de desplazados', 'es')).toEqual([1000]);
    expect(values('la veintena de heridos', 'es')).toEqual([20]);
    expect(values('el ejército, la ciudad, el 12 de mayo', 'es')).toEqual([12]);
    expect(values('los centenares de heridos, las decenas de muertos', 'es')).toEqual([]);
  });

  it('reads counts in a news sentence', () => {
    const s = 'Al menos 3 mil 952 personas murieron, entre ellas una veintena de niños, y doscientas cuarenta resultaron heridas.';
    expect(findNumbers(s, 'es').map((m) => m.value)).toEqual([3952, 20, 240]);
  });
});
