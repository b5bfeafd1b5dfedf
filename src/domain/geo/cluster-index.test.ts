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

describe('a filter applied to the index (setVisible)', () => {
  // Two groups close enough to share a cluster at a regional zoom, far enough to split later.
  const groupA = Array.from({ length: 10 }, (_, i) => [31.0 + i * 0.0001, 52.4] as [number, number]);
  const groupB = Array.from({ length: 10 }, (_, i) => [31.08 + i * 0.0001, 52.4] as [number, number]);
  const lone: [number, number] = [24.0, 50.0];
  const { lons, lats } = packed([...groupA, ...groupB, lone]);
  const maskOf = (shown: (i: number) => boolean) => Uint8Array.from({ length: lons.length }, (_, i) => (shown(i) ? 1 : 0));

  it('counts only the shown sightings and drops clusters with none', () => {
    const index = createClusterIndex(lons, lats);
    expect(clusterCounts(index.query(WORLD, 6))).toEqual([20]);
    index.setVisible(maskOf((i) => i < 10));
    expect(index.visibleSize).toBe(10);
    const view = index.query(WORLD, 6);
    expect(clusterCounts(view)).toEqual([10]);
    expect([...view.points]).toEqual([]);
  });

  it('draws a cluster with one shown sighting as that sighting, where it is', () => {
    const index = createClusterIndex(lons, lats);
    index.setVisible(maskOf((i) => i === 3 || i === 20));
    const view = index.query(WORLD, 6);
    expect(view.clusters.length).toBe(0);
    expect([...view.points].sort((a, b) => a - b)).toEqual([3, 20]);
    // Inside a box around group A only: the shown sighting is there, not at the old centroid.
    expect([...index.query([30.99, 52.39, 31.01, 52.41], 6).points]).toEqual([3]);
  });

  it('puts a cluster at the centre of its shown sightings', () => {
    const index = createClusterIndex(lons, lats);
    index.setVisible(maskOf((i) => i >= 10 && i < 20));
    const view = index.query(WORLD, 6);
    expect(view.clusters[C.lon]).toBeCloseTo(31.08045, 4);
    expect(view.clusters[C.lat]).toBeCloseTo(52.4, 4);
  });

  it('splits a cluster at the zoom where its shown sightings part, not where hidden ones did', () => {
    const index = createClusterIndex(lons, lats);
    const splitBoth = index.query(WORLD, 6).clusters[C.expansionZoom]!;
    index.setVisible(maskOf((i) => i < 10));
    const splitA = index.query(WORLD, 6).clusters[C.expansionZoom]!;
    // Group A's sightings lie 10 m apart: they stay one cluster up to the clustering limit.
    expect(splitBoth).toBeLessThan(CLUSTER_MAX_ZOOM);
    expect(splitA).toBe(CLUSTER_MAX_ZOOM + 1);
  });

  it('accounts for every shown sighting exactly once at every zoom, and null shows all again', () => {
    const random = (() => {
      let seed = 7;
      return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    })();
    const points = Array.from({ length: 2000 }, () => [22 + random() * 12, 47 + random() * 8] as [number, number]);
    const many = packed(points);
    const index = createClusterIndex(many.lons, many.lats);
    const mask = Uint8Array.from(points, () => (random() < 0.3 ? 1 : 0));
    const shown = mask.reduce((sum, bit) => sum + bit, 0);
    index.setVisible(mask);
    for (let zoom = 3; zoom <= 13; zoom += 1) {
      const view = index.query(WORLD, zoom);
      expect(clusterCounts(view).reduce((sum, n) => sum + n, 0) + view.points.length).toBe(shown);
      for (const point of view.points) expect(mask[point]).toBe(1);
    }
    index.setVisible(null);
    expect(index.visibleSize).toBe(2000);
    const all = index.query(WORLD, 5);
    expect(clusterCounts(all).reduce((sum, n) => sum + n, 0) + all.points.length).toBe(2000);
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
