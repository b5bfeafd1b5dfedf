import { describe, expect, it } from 'vitest';
import { buildManifest, serialize } from './manifest.ts';

describe('buildManifest', () => {
  it('counts UTF-8 bytes and totals them, files in name order', () => {
    const m = buildManifest('x.ts', ['pkg@1'], {
      'b.json': { text: 'Київ', features: 1 },
      'a.json': { text: 'abc', features: 2 },
    }, [14, 42, 50, 62]);
    expect(Object.keys(m.files)).toEqual(['a.json', 'b.json']);
    expect(m.files['b.json']).toEqual({ bytes: 8, features: 1 });
    expect(m.totalBytes).toBe(11);
    expect(m.region).toEqual([14, 42, 50, 62]);
  });
});

describe('serialize', () => {
  it('writes compact JSON with a trailing newline', () => {
    expect(serialize({ a: [1, 2] })).toBe('{"a":[1,2]}\n');
  });
});
