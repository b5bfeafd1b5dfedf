import { describe, expect, it } from 'vitest';
import { generatedSightingId } from './sighting-id';

describe('generatedSightingId', () => {
  it('is the same for the same coordinates, url and caption', () => {
    const a = generatedSightingId(29.1, 51.8, 'https://t.me/c/1', '#танки');
    expect(generatedSightingId(29.1, 51.8, 'https://t.me/c/1', '#танки')).toBe(a);
    expect(a).toMatch(/^gen-[0-9a-z]+$/);
  });

  it('differs when any input differs', () => {
    const base = generatedSightingId(29.1, 51.8, 'https://t.me/c/1', '#танки');
    expect(generatedSightingId(29.1, 51.80001, 'https://t.me/c/1', '#танки')).not.toBe(base);
    expect(generatedSightingId(29.1, 51.8, 'https://t.me/c/2', '#танки')).not.toBe(base);
    expect(generatedSightingId(29.1, 51.8, 'https://t.me/c/1', '#бтр')).not.toBe(base);
    expect(generatedSightingId(29.1, 51.8, undefined, '#танки')).not.toBe(base);
  });

  it('does not confuse a url ending with the caption start', () => {
    expect(generatedSightingId(1, 2, 'https://a.b/x', 'y')).not.toBe(generatedSightingId(1, 2, 'https://a.b/', 'xy'));
  });
});
