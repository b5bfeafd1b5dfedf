// Nearest point (e.g. nearest station) among a fixed set, exact on the mean-radius sphere.
// Reuses the 3D bounding-volume hierarchy of the line engine: a point is a box of size zero.

import { buildBvh, createNearestSearch, type NearestHit } from './bvh.ts';
import { chord2ToKm, kmToChord2, writeUnitVector, type LonLat } from './unit-sphere.ts';

export interface NearestPoint {
  /** Index in the array given to createPointIndex; the lowest one among equally near points. */
  index: number;
  distanceKm: number;
  point: LonLat;
}

export interface PointIndex {
  readonly size: number;
  /** Null when the index is empty or nothing lies within `maxKm`. */
  nearestPoint(lon: number, lat: number, maxKm?: number): NearestPoint | null;
}

const POINT_LEAF_SIZE = 8;

/** Builds from plain [lon, lat] pairs. Throws RangeError on a non-finite coordinate. */
export function createPointIndex(points: readonly (readonly number[])[]): PointIndex {
  const n = points.length;
  const vec = new Float64Array(n * 3);
  const boxes = new Float64Array(n * 6);
  for (let i = 0; i < n; i++) {
    const lon = points[i]![0]!;
    const lat = points[i]![1]!;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
      throw new RangeError(`createPointIndex: invalid coordinate [${lon}, ${lat}] at ${i}`);
    }
    writeUnitVector(lon, lat, vec, i * 3);
    for (let k = 0; k < 3; k++) {
      boxes[i * 6 + k] = vec[i * 3 + k]!;
      boxes[i * 6 + 3 + k] = vec[i * 3 + k]!;
    }
  }
  const search = createNearestSearch(buildBvh(boxes, n, POINT_LEAF_SIZE));
  const hit: NearestHit = { item: -1, dist2: Infinity };
  const q = new Float64Array(3);
  const dist2Of = (i: number): number => {
    const dx = q[0]! - vec[i * 3]!;
    const dy = q[1]! - vec[i * 3 + 1]!;
    const dz = q[2]! - vec[i * 3 + 2]!;
    return dx * dx + dy * dy + dz * dz;
  };

  return {
    size: n,
    nearestPoint(lon, lat, maxKm = Infinity) {
      if (n === 0) return null;
      writeUnitVector(lon, lat, q, 0);
      search.search(q[0]!, q[1]!, q[2]!, dist2Of, hit, maxKm === Infinity ? Infinity : kmToChord2(maxKm));
      if (hit.item < 0) return null;
      const p = points[hit.item]!;
      return { index: hit.item, distanceKm: chord2ToKm(hit.dist2), point: [p[0]!, p[1]!] };
    },
  };
}
