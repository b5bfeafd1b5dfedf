import { describe, expect, it } from 'vitest';
import { simplifyPath, simplifyRing } from './simplify.ts';

describe('simplifyPath', () => {
  it('removes vertices closer to the chord than the tolerance', () => {
    expect(simplifyPath([[0, 0], [1, 0.01], [2, -0.01], [3, 0]], 0.05)).toEqual([[0, 0], [3, 0]]);
  });

  it('keeps a vertex farther than the tolerance', () => {
    expect(simplifyPath([[0, 0], [1, 0.01], [2, 1], [3, 0]], 0.05)).toEqual([[0, 0], [1, 0.01], [2, 1], [3, 0]]);
  });
});

describe('simplifyRing', () => {
  it('keeps a square and drops a ring thinner than the tolerance', () => {
    expect(simplifyRing([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], 0.1)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(simplifyRing([[0, 0], [1, 0], [1, 0.01], [0, 0.01], [0, 0]], 0.1)).toBeNull();
  });
});
