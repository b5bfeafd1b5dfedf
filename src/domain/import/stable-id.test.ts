import { describe, expect, it } from 'vitest';
import { createIdAllocator, hashText } from './stable-id.ts';

describe('hashText', () => {
  it('is deterministic and 11 base-36 characters long', () => {
    expect(hashText('52.05;29.25;#танки')).toBe(hashText('52.05;29.25;#танки'));
    expect(hashText('52.05;29.25;#танки')).toMatch(/^[0-9a-z]{11}$/);
  });

  it('differs for texts that differ in one character', () => {
    expect(hashText('row a')).not.toBe(hashText('row b'));
    expect(hashText('')).not.toBe(hashText(' '));
  });
});

describe('createIdAllocator', () => {
  it('gives the same content the same id across files, and suffixes repeats within one', () => {
    const first = createIdAllocator('csv');
    const second = createIdAllocator('csv');
    const a = first.derived('same row');
    expect(second.derived('same row')).toBe(a);
    expect(first.derived('same row')).toBe(`${a}~2`);
    expect(first.derived('same row')).toBe(`${a}~3`);
    expect(a.startsWith('csv-')).toBe(true);
  });

  it('keeps given ids verbatim, even repeated', () => {
    const ids = createIdAllocator('csv');
    expect(ids.given('s-1')).toBe('s-1');
    expect(ids.given('s-1')).toBe('s-1');
  });
});
