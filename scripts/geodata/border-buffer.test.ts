import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { createLineDistanceIndex } from '../../src/domain/geo/border-distance.ts';
import { createPolygonTester } from '../../src/domain/geo/point-in-polygon.ts';
import { buildBorderBuffer } from './border-buffer.ts';

const border = (JSON.parse(readFileSync('public/data/border-by-ua.json', 'utf8')) as { geometry: { coordinates: Position[] } }).geometry
  .coordinates;
const borderIndex = createLineDistanceIndex([border]);
const BAND_KM = 40 * 1.609344;

describe('buildBorderBuffer', () => {
  const band = buildBorderBuffer(border);
  const ring = (band.geometry as Polygon).coordinates[0]!;

  it('is one polygon without holes, closed, and labelled with its distance', () => {
    expect(band.geometry.type).toBe('Polygon');
    expect((band.geometry as Polygon).coordinates).toHaveLength(1);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(band.properties).toMatchObject({ distanceMi: 40, distanceKm: 64.37 });
  });

  it('has its outline 40 miles from the border to within 1%, measured by the exact engine', () => {
    for (const [lon, lat] of ring) {
      const km = borderIndex.distanceKm(lon!, lat!);
      expect(km).toBeGreaterThan(BAND_KM * 0.99);
      expect(km).toBeLessThan(BAND_KM * 1.01);
    }
    // Simplification must not cut corners into the band either: midpoints of its edges.
    for (let i = 1; i < ring.length; i++) {
      const mid = [(ring[i - 1]![0]! + ring[i]![0]!) / 2, (ring[i - 1]![1]! + ring[i]![1]!) / 2];
      expect(borderIndex.distanceKm(mid[0]!, mid[1]!)).toBeGreaterThan(BAND_KM * 0.98);
    }
  });

  it('contains the whole border line', () => {
    const tester = createPolygonTester([(band.geometry as Polygon).coordinates]);
    expect(border.every(([lon, lat]) => tester.contains(lon!, lat!))).toBe(true);
  });

  it('is small enough to ship (under 12 KB)', () => {
    expect(JSON.stringify(band).length).toBeLessThan(12_000);
  });

  it('takes another width', () => {
    const narrow = buildBorderBuffer(border, { miles: 10 });
    const [lon, lat] = (narrow.geometry as Polygon).coordinates[0]![0]!;
    expect(borderIndex.distanceKm(lon!, lat!)).toBeCloseTo(16.09, 0);
  });
});
