import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { itemIdentity } from '../../src/feeds/itemIdentity.js';

describe('itemIdentity', () => {
  it('prefers guid, then id, then link, then a hash of title and date', () => {
    expect(itemIdentity({ guid: 'g', id: 'i', link: 'l', title: 't', date: 'd' })).toBe('g');
    expect(itemIdentity({ guid: '  ', id: 'i', link: 'l' })).toBe('i');
    expect(itemIdentity({ guid: null, id: null, link: 'https://x/a' })).toBe('https://x/a');
    const h = createHash('sha1').update('Title\u0000Mon, 01 Jan 2024 00:00:00 GMT').digest('hex');
    expect(itemIdentity({ title: 'Title', date: 'Mon, 01 Jan 2024 00:00:00 GMT' })).toBe(`sha1:${h}`);
  });

  it('is stable: fixed values that must never change (stored seen-sets depend on them)', () => {
    expect(itemIdentity({ title: 'Hello', date: '2024-01-01' })).toBe('sha1:' + createHash('sha1').update('Hello\u00002024-01-01').digest('hex'));
    expect(itemIdentity({ title: 'Hello', date: '2024-01-01' })).toBe('sha1:f350f9fca9d06892288a88dafc3622160c7faebb');
    expect(itemIdentity({})).toBe('sha1:' + createHash('sha1').update('\u0000').digest('hex'));
  });

  it('ignores whitespace differences and is deterministic', () => {
    const a = itemIdentity({ title: '  Hello\n  world ', date: 'x' });
    const b = itemIdentity({ title: 'Hello world', date: 'x' });
    expect(a).toBe(b);
    expect(itemIdentity({ guid: '\n  abc \n' })).toBe('abc');
    for (let i = 0; i < 3; i++) expect(itemIdentity({ title: 'Hello world', date: 'x' })).toBe(b);
  });

  it('separates title and date (no ambiguity) and distinguishes different items', () => {
    expect(itemIdentity({ title: 'ab', date: 'c' })).not.toBe(itemIdentity({ title: 'a', date: 'bc' }));
    expect(itemIdentity({ title: 'a', date: '1' })).not.toBe(itemIdentity({ title: 'a', date: '2' }));
  });

  it('hashes over-long keys', () => {
    const long = 'x'.repeat(1000);
    const id = itemIdentity({ guid: long });
    expect(id).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(itemIdentity({ guid: long })).toBe(id);
  });
});
