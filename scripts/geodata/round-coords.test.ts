import { describe, expect, it } from 'vitest';
import { roundGeometry, roundPath, roundRing, roundTo } from './round-coords.ts';

describe('roundTo', () => {
  it('rounds to the requested decimals', () => {
    expect(roundTo(23.6071234, 4)).toBe(23.6071);
    expect(roundTo(-0.00004, 4)).toBe(0);
    expect(Object.is(roundTo(-0.00004, 4), 0)).toBe(true);
  });
});

describe('roundPath', () => {
  it('drops vertices that collapse onto the previous one', () => {
    expect(roundPath([[1.00001, 2], [1.00002, 2], [1.5, 2]], 4)).toEqual([[1, 2], [1.5, 2]]);
  });
});

describe('roundRing', () => {
  it('keeps a ring closed and drops one that collapsed', () => {
    expect(roundRing([[0, 0], [1, 0], [1, 1], [0, 0]], 4)).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(roundRing([[0, 0], [0.00001, 0], [0.00001, 0.00001], [0, 0]], 4)).toBeNull();
  });
});

describe('roundGeometry', () => {
  it('removes degenerate polygons from a MultiPolygon', () => {
    const out = roundGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 0]]],
        [[[5, 5], [5.00001, 5], [5, 5.00001], [5, 5]]],
      ],
    }, 3);
    expect(out).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
  });

  it('returns null when a line collapses to one vertex', () => {
    expect(roundGeometry({ type: 'LineString', coordinates: [[1, 1], [1.000001, 1]] }, 4)).toBeNull();
  });
});
