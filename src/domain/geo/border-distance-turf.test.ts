import { describe, expect, it } from 'vitest';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString } from 'geojson';
import { createLineDistanceIndex } from './border-distance.ts';
import { loadBorderFixture } from './border-fixture.ts';
import { mulberry32, randomPoints } from './seeded-random.ts';

// @turf/point-to-line-distance v7 defaults to method 'geodesic', which despite its name
// measures on a sphere of radius 6371.0088 km to the nearest point of each edge's great
// circle (via @turf/nearest-point-on-line) — the engine's model, so they must agree closely.
const TEN_METRES_KM = 0.01;

const asLine = (coordinates: number[][]): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } });

describe('agreement with @turf/point-to-line-distance', () => {
  it('is within 10 m on 2,000 seeded random points in 20–35 E, 48–56 N', { timeout: 60_000 }, () => {
    const { border } = loadBorderFixture();
    const index = createLineDistanceIndex([border]);
    const line = asLine(border);
    const { lons, lats } = randomPoints(20240224, 2000, [20, 48, 35, 56]);
    let worst = 0;
    for (let i = 0; i < lons.length; i++) {
      const turf = pointToLineDistance([lons[i]!, lats[i]!], line, { units: 'kilometers' });
      worst = Math.max(worst, Math.abs(index.distanceKm(lons[i]!, lats[i]!) - turf));
    }
    expect(worst).toBeLessThan(TEN_METRES_KM);
  });

  it('finds the nearest of 300 random lines, and which one, like Turf over every line', { timeout: 60_000 }, () => {
    const random = mulberry32(7);
    const lines = Array.from({ length: 300 }, () => {
      let lon = 20 + 15 * random();
      let lat = 48 + 8 * random();
      return Array.from({ length: 2 + Math.floor(random() * 10) }, () => {
        lon += (random() - 0.5) * 0.6;
        lat += (random() - 0.5) * 0.4;
        return [lon, lat];
      });
    });
    const index = createLineDistanceIndex(lines);
    const features = lines.map(asLine);
    const { lons, lats } = randomPoints(11, 200, [19, 47, 36, 57]);
    for (let i = 0; i < lons.length; i++) {
      const distances = features.map((f) => pointToLineDistance([lons[i]!, lats[i]!], f));
      const best = Math.min(...distances);
      const result = index.nearest(lons[i]!, lats[i]!);
      expect(Math.abs(result.distanceKm - best)).toBeLessThan(TEN_METRES_KM);
      // The reported line must be one that is (within rounding) as near as the nearest.
      expect(distances[result.lineIndex]! - best).toBeLessThan(1e-6);
    }
  });
});
