import { describe, expect, it } from 'vitest';
import { skeletons } from '../../../src/analysis/stories/skeleton.js';

const meet = (a: string, b: string) => skeletons(a).some((s) => skeletons(b).includes(s));

describe('skeletons', () => {
  it.each([
    ['Mahmoud Bassal', 'Mahmud Basal'],
    ['Mahmoud Bassal', 'محمود بصل'],
    ['Khan Younis', 'Jan Yunis'],
    ['Khan Younis', 'خان يونس'],
    ['Khalil Haqqani', 'Chalil Haqqani'],
    ['Barsalogho', 'بارسالوغو'],
    ['Deir el-Balah', 'دير البلح'],
  ])('%s meets %s', (a, b) => expect(meet(a, b)).toBe(true));

  it('keeps different names apart', () => {
    expect(meet('Mahmoud Bassal', 'Mohammed Salem')).toBe(false);
    expect(meet('Kharkiv', 'Kherson')).toBe(false);
  });
});
