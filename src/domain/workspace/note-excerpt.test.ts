import { describe, expect, it } from 'vitest';
import { noteExcerpt } from './note-excerpt';

describe('noteExcerpt', () => {
  it('puts a multi-line note on one line', () => {
    expect(noteExcerpt('  Flatcars,\n\ntarps   over turrets ')).toBe('Flatcars, tarps over turrets');
  });

  it('keeps a note of exactly the limit whole', () => {
    expect(noteExcerpt('abcde', 5)).toBe('abcde');
  });

  it('cuts a longer note to the limit, ellipsis included, without a trailing space', () => {
    expect(noteExcerpt('abc defgh', 5)).toBe('abc…');
    expect(noteExcerpt('abcdefgh', 5)).toBe('abcd…');
  });
});
