import { describe, expect, it } from 'vitest';
import { abbreviateCount, C, CLUSTER_MAX_ZOOM, CLUSTER_STRIDE, createClusterIndex, paddedBounds } from './cluster-index';

function packed(points: [number, number][]) {
  return { lons: Float64Array.from(points.map((p) => p[0])), lats: Float64Array.from(points.map((p) => p[1])) };
}

function clusterCounts(view: { clusters: Float64Array }): number[] {
  const counts: number[] = [];
  for (let o = 0; o < view.clusters.length; o += CLUSTER_STRIDE) counts.push(view.clusters[o + C.count]!);
  return counts;
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('createClusterIndex', () => {
  // Two tight groups far apart (Homel and Brest) and one lone point (Kyiv).
  const homel = Array.from({ length: 30 }, (_, i) => [31.0 + i * 0.001, 52.4 + i * 0.001] as [number, number]);
  const brest = Array.from({ length: 12 }, (_, i) => [23.7 + i * 0.001, 52.1] as [number, number]);
  const kyiv: [number, number] = [30.52, 50.45];
  const { lons, lats } = packed([...homel, ...brest, kyiv]);
  const index = createClusterIndex(lons, lats);

  it('groups nearby sightings into clusters and keeps a lone one as a point, at a regional zoom', () => {
    const view = index.query(WORLD, 6);
    expect(clusterCounts(view).sort((a, b) => a - b)).toEqual([12, 30]);
    expect([...view.points]).toEqual([42]);
  });

  it('every sighting is accounted for exactly once at any zoom', () => {
    for (const zoom of [3, 6, 9, 12, 15]) {
      const view = index.query(WORLD, zoom);
      const total = clusterCounts(view).reduce((sum, n) => sum + n, 0) + view.points.length;
      expect(total).toBe(43);
    }
  });

  it('answers only what is inside the box', () => {
    const view = index.query([30, 50, 31, 51], 6);
    expect(view.clusters.length).toBe(0);
    expect([...view.points]).toEqual([42]);
  });

  it('draws every sighting on its own above the clustering zoom', () => {
    const view = index.query(WORLD, CLUSTER_MAX_ZOOM + 1);
    expect(view.clusters.length).toBe(0);
    expect(view.points.length).toBe(43);
  });

  it('gives each cluster the zoom at which it splits, beyond the zoom it was seen at', () => {
    const view = index.query(WORLD, 6);
    for (let o = 0; o < view.clusters.length; o += CLUSTER_STRIDE) expect(view.clusters[o + C.expansionZoom]).toBeGreaterThan(6);
  });

  it('leaves out sightings without a usable location', () => {
    const withHoles = createClusterIndex(Float64Array.from([30, Number.NaN, 31]), Float64Array.from([50, 50, 95]));
    expect(withHoles.size).toBe(1);
    expect([...withHoles.query(WORLD, 12).points]).toEqual([0]);
  });
});

describe('paddedBounds', () => {
  it('adds half the view on each side and stays within the world', () => {
    expect(paddedBounds([20, 50, 30, 54])).toEqual([15, 48, 35, 56]);
    expect(paddedBounds([-179, 80, 179, 89])).toEqual([-180, 75.5, 180, 90]);
  });
});

describe('abbreviateCount', () => {
  it('reads like the map labels', () => {
    expect([abbreviateCount(7), abbreviateCount(999), abbreviateCount(1234), abbreviateCount(25_400)]).toEqual(['7', '999', '1.2k', '25k']);
  });
});
