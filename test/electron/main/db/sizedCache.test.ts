import { describe, expect, it } from 'vitest';
import { SizedCache } from '../../../../electron/main/db/sizedCache';

describe('a cache bounded by size', () => {
  it('drops the least recently used first once past its budget, a value read again staying', () => {
    const cache = new SizedCache<string>(10, (s) => s.length);
    cache.add('a', 'aaaa');
    cache.add('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa');
    cache.add('c', 'cccc');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('aaaa');
    expect(cache.get('c')).toBe('cccc');
  });

  it('keeps a value larger than the whole budget while it is the only one, and never replaces a held one', () => {
    const cache = new SizedCache<string>(3, (s) => s.length);
    cache.add('big', 'xxxxxxxx');
    expect(cache.get('big')).toBe('xxxxxxxx');
    cache.add('big', 'other');
    expect(cache.get('big')).toBe('xxxxxxxx');
    cache.add('small', 'y');
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBe('y');
  });

  it('gives back the room of a value let go of', () => {
    const cache = new SizedCache<string>(8, (s) => s.length);
    cache.add('a', 'aaaa');
    cache.add('b', 'bbbb');
    cache.delete('a');
    cache.delete('missing');
    expect(cache.get('a')).toBeUndefined();
    cache.add('c', 'cccc');
    // 'b' stays: the budget counts 'b' and 'c' only.
    expect(cache.get('b')).toBe('bbbb');
    expect(cache.get('c')).toBe('cccc');
  });
});
