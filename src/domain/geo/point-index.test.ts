import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { createPointIndex } from './point-index.ts';
import { randomPoints } from './seeded-random.ts';

describe('createPointIndex', () => {
  it('finds the same nearest point as a brute-force search with Turf, for 500 queries', () => {
    const stations = randomPoints(3, 1500, [22, 48, 34, 56]);
    const points = Array.from(stations.lons, (lon, i) => [lon, stations.lats[i]!]);
    const index = createPointIndex(points);
    const queries = randomPoints(4, 500, [20, 47, 36, 57]);
    for (let q = 0; q < queries.lons.length; q++) {
      const at = [queries.lons[q]!, queries.lats[q]!];
      const distances = points.map((p) => distance(at, p));
      const best = Math.min(...distances);
      const found = index.nearestPoint(at[0]!, at[1]!)!;
      expect(found.index).toBe(distances.indexOf(best));
      expect(found.distanceKm).toBeCloseTo(best, 6);
      expect(found.point).toEqual(points[found.index]);
    }
  });

  it('returns null beyond maxKm and when empty', () => {
    const index = createPointIndex([[30, 50]]);
    expect(index.nearestPoint(30, 51, 100)).toBeNull();
    expect(index.nearestPoint(30, 51, 112)).toMatchObject({ index: 0 });
    expect(createPointIndex([]).nearestPoint(30, 50)).toBeNull();
  });

  it('prefers the lowest index among duplicate points', () => {
    const index = createPointIndex([[31, 50], [29, 50], [29, 50], [29, 50]]);
    expect(index.nearestPoint(29, 50)!.index).toBe(1);
    expect(index.nearestPoint(28.5, 49.8)!.index).toBe(1);
  });

  it('is antimeridian-safe', () => {
    const index = createPointIndex([[170, 0], [179.9, 0]]);
    const found = index.nearestPoint(-179.95, 0)!;
    expect(found.index).toBe(1);
    expect(found.distanceKm).toBeCloseTo((0.15 * Math.PI * 6371.0088) / 180, 9);
  });

  it('rejects invalid coordinates', () => {
    expect(() => createPointIndex([[30, Number.NaN]])).toThrow(RangeError);
  });
});
