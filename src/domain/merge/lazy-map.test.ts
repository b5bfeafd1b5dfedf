import { describe, expect, it } from 'vitest';
import { LazyMap } from './lazy-map';

describe('LazyMap', () => {
  it('makes its map on the first read, once, and then reads like that Map', () => {
    let builds = 0;
    const lazy = new LazyMap(() => {
      builds += 1;
      return new Map([
        ['a', 1],
        ['b', 2],
      ]);
    });
    expect(builds).toBe(0);
    expect(lazy.isBuilt).toBe(false);
    expect(lazy.get('b')).toBe(2);
    expect(lazy.has('c')).toBe(false);
    expect(lazy.size).toBe(2);
    expect([...lazy]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...lazy.keys()]).toEqual(['a', 'b']);
    expect([...lazy.values()]).toEqual([1, 2]);
    expect([...lazy.entries()]).toEqual([...lazy]);
    const seen: string[] = [];
    lazy.forEach((value, key, map) => {
      seen.push(`${key}=${value}`);
      expect(map).toBe(lazy);
    });
    expect(seen).toEqual(['a=1', 'b=2']);
    expect(new Map(lazy)).toEqual(new Map([['a', 1], ['b', 2]]));
    expect(builds).toBe(1);
  });
});
