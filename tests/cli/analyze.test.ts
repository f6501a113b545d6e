import { describe, expect, it } from 'vitest';
import { Readable, PassThrough } from 'node:stream';
import { analyze } from '../../src/cli/analyze.js';

async function run(lines: string[]): Promise<any[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c) => chunks.push(c));
  await analyze(Readable.from(lines.map((l) => l + '\n')), out);
  return Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
}

describe('sitrep analyze', () => {
  it('answers every line in order, with an error line for bad input, and goes on', async () => {
    const out = await run([
      JSON.stringify({ id: 'a', text: 'At least 12 people were killed in the shelling of the town on Monday, officials said.' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', html: '<p>Seven civilians were wounded in the attack, the governor said.</p>', lang: 'en', extra: 1 }),
    ]);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c']);
    expect(out[0]).toMatchObject({ lang: 'en', figures: [expect.objectContaining({ kind: 'killed', count: 12, qualifier: 'at_least' })] });
    expect(typeof out[0].story).toBe('string');
    expect(typeof out[0].summary).toBe('string');
    expect(out[1].error).toMatch(/not JSON/);
    expect(out[2].error).toMatch(/text/);
    expect(out[3].figures[0]).toMatchObject({ kind: 'injured', count: 7, who: 'civilians' });
  });

  it('groups articles of one run about the same event into one story', async () => {
    const out = await run([
      JSON.stringify({ id: '1', published: '2025-03-01T08:00:00Z', title: 'Strike on Odesa port kills 5', text: 'A Russian missile strike on the port of Odesa killed five people on Saturday, the regional governor said.' }),
      JSON.stringify({ id: '2', published: '2025-03-01T10:00:00Z', title: 'Odesa port strike toll rises to 7', text: 'The toll from the Russian missile strike on Odesa port rose to seven, the governor of the Odesa region said on Saturday.' }),
    ]);
    expect(out[0].story).toBe(out[1].story);
  });
});
