import { describe, expect, it } from 'vitest';
import { chainLines } from './border-line.ts';

describe('chainLines', () => {
  it('orients a single line to begin at the given start', () => {
    expect(chainLines([[[2, 0], [1, 0], [0, 0]]], [0, 0])).toEqual([[0, 0], [1, 0], [2, 0]]);
  });

  it('joins parts in order, reversing where needed, without repeating the junction', () => {
    const parts = [[[2, 0], [3, 0]], [[0, 0], [1, 0], [2, 0]]];
    expect(chainLines(parts, [0, 0])).toEqual([[0, 0], [1, 0], [2, 0], [3, 0]]);
    expect(chainLines([[[3, 0], [2, 0]], [[2, 0], [1, 0], [0, 0]]], [0.1, 0])).toEqual([[0, 0], [1, 0], [2, 0], [3, 0]]);
  });

  it('returns an empty path for no parts', () => {
    expect(chainLines([], [0, 0])).toEqual([]);
  });
});
