import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { boxesOutside, clipLines, clipPolygon, clipPolygons, ringArea } from './clip.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('clipPolygon', () => {
  it('cuts a polygon to the box', () => {
    const out = clipPolygon([square(0, 0, 10, 10)], [5, 5, 20, 20]);
    expect(out).not.toBeNull();
    expect(ringArea(out![0]!)).toBeCloseTo(25, 9);
  });

  it('returns null for a polygon outside the box', () => {
    expect(clipPolygon([square(0, 0, 1, 1)], [5, 5, 6, 6])).toBeNull();
  });

  it('drops a hole outside the box but keeps the outer ring', () => {
    const out = clipPolygon([square(0, 0, 10, 10), square(1, 1, 2, 2)], [5, 0, 10, 10]);
    expect(out).toHaveLength(1);
    expect(ringArea(out![0]!)).toBeCloseTo(50, 9);
  });
});

describe('boxesOutside', () => {
  it('tiles the rest of the world without overlap', () => {
    const region: [number, number, number, number] = [14, 42, 50, 62];
    const world = clipPolygons([[square(-180, -90, 180, 90)]], boxesOutside(region));
    const total = world!.coordinates.reduce((sum, p) => sum + ringArea(p[0]!), 0);
    expect(total).toBeCloseTo(360 * 180 - 36 * 20, 6);
  });
});

describe('clipLines', () => {
  it('splits a line that leaves and re-enters the box', () => {
    const out = clipLines([[[0, 0], [10, 0], [10, 10], [0, 10]]], [[-1, -1, 5, 11]]);
    expect(out!.coordinates).toEqual([[[0, 0], [5, 0]], [[5, 10], [0, 10]]]);
  });
});
