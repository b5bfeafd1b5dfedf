import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { crossesAntimeridian, splitAtAntimeridian, unwrapRing } from './antimeridian.ts';
import { ringArea } from './clip.ts';

// A 4°×2° box centred on the antimeridian, written the way Natural Earth stores it.
const crossing: Position[] = [[178, 60], [-178, 60], [-178, 62], [178, 62], [178, 60]];

describe('crossesAntimeridian', () => {
  it('detects a ring jumping across ±180°', () => {
    expect(crossesAntimeridian(crossing)).toBe(true);
    expect(crossesAntimeridian([[10, 0], [20, 0], [20, 5], [10, 0]])).toBe(false);
  });
});

describe('unwrapRing', () => {
  it('makes longitudes continuous', () => {
    expect(unwrapRing(crossing).map((p) => p[0])).toEqual([178, 182, 182, 178, 178]);
  });
});

describe('splitAtAntimeridian', () => {
  it('returns a polygon that does not cross unchanged', () => {
    const rings = [[[10, 0], [20, 0], [20, 5], [10, 0]]];
    expect(splitAtAntimeridian(rings)).toEqual([rings]);
  });

  it('splits a crossing polygon into two halves inside ±180° with the same area', () => {
    const pieces = splitAtAntimeridian([crossing]);
    expect(pieces).toHaveLength(2);
    const xs = pieces.flatMap((p) => p[0]!.map((q) => q[0]!));
    expect(Math.max(...xs)).toBe(180);
    expect(Math.min(...xs)).toBe(-180);
    for (const p of pieces) expect(crossesAntimeridian(p[0]!)).toBe(false);
    const areas = pieces.map((p) => ringArea(p[0]!)).sort();
    expect(areas[0]).toBeCloseTo(4, 9);
    expect(areas[1]).toBeCloseTo(4, 9);
  });
});
