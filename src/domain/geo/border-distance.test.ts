import { describe, expect, it } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import { computeDistancesBatch, createLineDistanceIndex, distanceToBorder } from './border-distance.ts';
import { loadBorderFixture } from './border-fixture.ts';
import { createSideLocator } from './country-side.ts';
import { geodesicDistanceToLine } from './geodesic-reference.ts';
import { mulberry32 } from './seeded-random.ts';

const { Geodesic } = geographiclib;
const fixture = loadBorderFixture();
const border = createLineDistanceIndex([fixture.border]);
const R = 6371.0088;
const RAD = Math.PI / 180;

/** Goal: within 0.5 % of the WGS84 geodesic distance, or 0.2 km when that is larger. */
function expectNearReference(actualKm: number, referenceKm: number): void {
  expect(Math.abs(actualKm - referenceKm)).toBeLessThanOrEqual(Math.max(0.005 * referenceKm, 0.2));
}

const PLACES = {
  Homel: [30.98, 52.44, 'belarus'],
  Mazyr: [29.25, 52.05, 'belarus'],
  Yelsk: [29.15, 51.81, 'belarus'],
  Brest: [23.69, 52.1, 'belarus'],
  Chernihiv: [31.29, 51.5, 'ukraine'],
  Slavutych: [30.75, 51.52, 'ukraine'],
  Kyiv: [30.52, 50.45, 'ukraine'],
  Lublin: [22.57, 51.25, 'elsewhere'],
} as const;

describe('distance to the Belarus–Ukraine border against WGS84 geodesics (GeographicLib)', () => {
  const sides = createSideLocator(fixture);

  for (const [name, [lon, lat, side]] of Object.entries(PLACES)) {
    it(`${name}: distance within 0.5 % / 0.2 km, nearest point within 1 km, side ${side}`, () => {
      const reference = geodesicDistanceToLine(lon, lat, fixture.border);
      const result = distanceToBorder(border, lon, lat, sides);
      expectNearReference(result.distanceKm, reference.distanceKm);
      const apart = Geodesic.WGS84.Inverse(result.nearest[1], result.nearest[0], reference.nearest[1], reference.nearest[0]).s12!;
      expect(apart).toBeLessThan(1000);
      expect(result.side).toBe(side);
    });
  }

  it('reports miles as km / 1.609344', () => {
    const result = distanceToBorder(border, 30.52, 50.45);
    expect(result.distanceMi).toBeCloseTo(result.distanceKm / 1.609344, 12);
    expect(result.side).toBeUndefined();
  });

  it('gives Lublin the BY–PL–UA tripoint (the first vertex) as its nearest point', () => {
    const result = border.nearest(22.57, 51.25);
    expect(result.nearest).toEqual(fixture.border[0]);
    expect(result.segmentIndex).toBe(0);
  });

  it('gives Moscow, beyond the east end, the BY–RU–UA tripoint (the last vertex)', () => {
    const result = border.nearest(37.62, 55.75);
    expect(result.nearest).toEqual(fixture.border.at(-1));
    expect(result.segmentIndex).toBe(fixture.border.length - 2);
    expectNearReference(result.distanceKm, geodesicDistanceToLine(37.62, 55.75, fixture.border).distanceKm);
  });

  it('gives the initial bearing towards the nearest point (Homel looks south)', () => {
    const result = border.nearest(30.98, 52.44);
    const azimuth = Geodesic.WGS84.Inverse(52.44, 30.98, result.nearest[1], result.nearest[0], Geodesic.AZIMUTH).azi1!;
    expect(Math.abs(result.bearingDeg - ((azimuth + 360) % 360))).toBeLessThan(0.5);
    expect(result.bearingDeg).toBeGreaterThan(135);
    expect(result.bearingDeg).toBeLessThan(225);
  });

  it('is zero on a border vertex, with no bearing', () => {
    const vertex = fixture.border[100]!;
    const result = border.nearest(vertex[0], vertex[1]);
    expect(result.distanceKm).toBeLessThan(1e-6);
    expect(result.nearest[0]).toBeCloseTo(vertex[0], 9);
    expect(result.nearest[1]).toBeCloseTo(vertex[1], 9);
    expect([99, 100]).toContain(result.segmentIndex);
    expect(result.bearingDeg).toBeNaN();
  });

  it('is zero at the great-circle midpoint of a border edge, on that edge', () => {
    const [a, b] = [fixture.border[200]!, fixture.border[201]!];
    // The midpoints of a short edge on the sphere and on the ellipsoid are centimetres apart.
    const line = Geodesic.WGS84.InverseLine(a[1], a[0], b[1], b[0]);
    const p = line.Position(line.s13 / 2);
    const result = border.nearest(p.lon2!, p.lat2!);
    expect(result.distanceKm).toBeLessThan(0.001);
    expect(result.segmentIndex).toBe(200);
  });
});

describe('createLineDistanceIndex on lines with known answers (sphere of mean radius)', () => {
  const equator = createLineDistanceIndex([[[0, 0], [10, 0]]]);

  it('measures the cross-track distance to the middle of an edge', () => {
    const result = equator.nearest(5, 1);
    expect(result.distanceKm).toBeCloseTo(R * RAD, 9);
    expect(result.nearest[0]).toBeCloseTo(5, 9);
    expect(result.nearest[1]).toBeCloseTo(0, 9);
    expect(result.bearingDeg).toBeCloseTo(180, 9);
  });

  it('measures to the end vertex beyond either end', () => {
    const before = equator.nearest(-1, 0);
    expect(before.nearest).toEqual([0, 0]);
    expect(before.distanceKm).toBeCloseTo(R * RAD, 9);
    expect(before.bearingDeg).toBeCloseTo(90, 9);
    const after = equator.nearest(12, 0.5);
    expect(after.nearest).toEqual([10, 0]);
  });

  it('follows the great circle, not the straight line in lon/lat', () => {
    // Meridian 30 E from 50 N to 52 N; the nearest point on a great circle to (31 E, 51 N)
    // lies at latitude atan(tan 51° / cos 1°), at angular distance asin(cos 51° · sin 1°).
    const meridian = createLineDistanceIndex([[[30, 50], [30, 52]]]);
    const result = meridian.nearest(31, 51);
    expect(result.distanceKm).toBeCloseTo(R * Math.asin(Math.cos(51 * RAD) * Math.sin(RAD)), 9);
    expect(result.nearest[0]).toBeCloseTo(30, 9);
    expect(result.nearest[1]).toBeCloseTo(Math.atan(Math.tan(51 * RAD) / Math.cos(RAD)) / RAD, 9);
  });

  it('is antimeridian-safe: an edge from 179.9 E to 179.9 W is 22 km long, not 40,000', () => {
    const dateline = createLineDistanceIndex([[[179.9, 0], [-179.9, 0]]]);
    expect(dateline.distanceKm(180, 0)).toBeLessThan(1e-9);
    expect(dateline.distanceKm(-179.95, 0.1)).toBeCloseTo(R * 0.1 * RAD, 9);
    expect(dateline.nearest(170, 0).nearest).toEqual([179.9, 0]);
    // At 60 N the great circle through 179 E and 179 W bulges north of the parallel.
    const north = createLineDistanceIndex([[[179, 60], [-179, 60]]]);
    const crest = Math.atan(Math.tan(60 * RAD) / Math.cos(RAD)) / RAD;
    expect(north.distanceKm(180, 60)).toBeCloseTo(R * (crest - 60) * RAD, 9);
  });

  it('says which line and which edge is nearest when given many lines', () => {
    const index = createLineDistanceIndex([
      [[24, 50], [25, 50], [26, 50]],
      [[24, 52], [25, 52], [26, 52], [27, 52]],
      [[30, 48], [30, 49]],
    ]);
    expect(index.lineCount).toBe(3);
    expect(index.segmentCount).toBe(6);
    expect(index.nearest(25.5, 50.2)).toMatchObject({ lineIndex: 0, segmentIndex: 1 });
    expect(index.nearest(26.6, 51.9)).toMatchObject({ lineIndex: 1, segmentIndex: 2 });
    expect(index.nearest(31, 48.5)).toMatchObject({ lineIndex: 2, segmentIndex: 0 });
  });

  it('nearestLine gives the line, edge and distance nearest() gives, for points all over', () => {
    const lines = [
      [[24, 50], [25, 50], [26, 50]],
      [[24, 52], [25, 52], [26, 52], [27, 52]],
      [[30, 48], [30, 49]],
      [[28, 51]],
    ];
    const index = createLineDistanceIndex(lines);
    const random = mulberry32(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const lon = 20 + random() * 14;
      const lat = 46 + random() * 8;
      const { distanceKm, lineIndex, segmentIndex } = index.nearest(lon, lat);
      expect(index.nearestLine(lon, lat)).toEqual({ distanceKm, lineIndex, segmentIndex });
      seen.add(`${lineIndex}:${segmentIndex}`);
    }
    // Every edge (and the lone point) was the answer somewhere.
    expect(seen.size).toBe(7);
  });

  it('treats a one-vertex line as a point', () => {
    const index = createLineDistanceIndex([[[30, 50]]]);
    const result = index.nearest(30, 51);
    expect(result.nearest).toEqual([30, 50]);
    expect(result.distanceKm).toBeCloseTo(R * RAD, 9);
    expect(result.segmentIndex).toBe(0);
  });

  it('treats an edge between two equal vertices as a point', () => {
    const index = createLineDistanceIndex([[[30, 50], [30, 50]]]);
    expect(index.nearest(31, 50).nearest).toEqual([30, 50]);
  });

  it('rejects invalid coordinates and empty input', () => {
    expect(() => createLineDistanceIndex([[[30, 50], [Number.NaN, 51]]])).toThrow(RangeError);
    expect(() => createLineDistanceIndex([[[30, 91], [30, 50]]])).toThrow(RangeError);
    expect(() => createLineDistanceIndex([])).toThrow(RangeError);
    expect(() => createLineDistanceIndex([[]])).toThrow(RangeError);
  });
});

describe('computeDistancesBatch', () => {
  it('gives the same km as nearest() for each point, NaN for a missing coordinate', () => {
    const lons = Float64Array.from([30.98, 22.57, Number.NaN, 30.52]);
    const lats = Float64Array.from([52.44, 51.25, 50, 50.45]);
    const out = computeDistancesBatch(border, lons, lats);
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(border.nearest(30.98, 52.44).distanceKm);
    expect(out[1]).toBe(border.nearest(22.57, 51.25).distanceKm);
    expect(out[2]).toBeNaN();
    expect(out[3]).toBe(border.nearest(30.52, 50.45).distanceKm);
  });

  it('rejects arrays of different lengths', () => {
    expect(() => computeDistancesBatch(border, new Float64Array(2), new Float64Array(3))).toThrow(RangeError);
  });
});

describe('build cost', () => {
  it('builds the border index (365 vertices) in under 5 ms once warm', () => {
    const plain = fixture.border.map(([lon, lat]) => [lon, lat]);
    createLineDistanceIndex([plain]);
    const times = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      createLineDistanceIndex([plain]);
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(5);
  });
});
