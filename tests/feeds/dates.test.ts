import { describe, it, expect } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 15 Nov 2022 20:15:04 +0100', '2022-11-15T19:15:04.000Z'],
    ['Tue, 15 Nov 2022 20:15:04 Z', '2022-11-15T20:15:04.000Z'],
    ['Wed, 17 Jan 2018 15:50:00 EST', '2018-01-17T20:50:00.000Z'],
    ['Sat, 13 Jan 2018 08:00:00 PDT', '2018-01-13T15:00:00.000Z'],
    ['Fri, 20 Jun 2014 00:00:01 GMT', '2014-06-20T00:00:01.000Z'],
    ['15 Nov 22 20:15 +0000', '2022-11-15T20:15:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'], // Portuguese
    ['Mié, 03 Ene 2024 10:00:00 +0100', '2024-01-03T09:00:00.000Z'], // Spanish
    ['Mar, 05 Déc 2023 08:00:00 +0100', '2023-12-05T07:00:00.000Z'], // French
    ['Di, 12 Mär 2024 10:00:00 +0100', '2024-03-12T09:00:00.000Z'], // German
    ['2024-03-01T10:00:00+02:00', '2024-03-01T08:00:00.000Z'],
    ['2018-11-19T21:45:04.398Z', '2018-11-19T21:45:04.398Z'],
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01 10:00:00', '2024-03-01T10:00:00.000Z'], // no zone: UTC, whatever the machine's zone
    ['March 5, 2024', '2024-03-05T00:00:00.000Z'],
  ])('%s -> %s', (input, iso) => {
    expect(parseFeedDate(input)).toBe(iso);
  });

  it.each(['', '   ', 'not a date', 'Tomorrow', '32 Foo 2024', null, undefined, '0000-00-00', '1800-01-01T00:00:00Z'])('%j -> null', (input) => {
    expect(parseFeedDate(input as string)).toBeNull();
  });
});
