// Test-only reference: distance from a point to a polyline on the WGS84 ellipsoid, computed
// with GeographicLib (Karney's geodesics) and nothing from the engine under test.
//
// Method: each edge is the WGS84 geodesic between its vertices (InverseLine). It is sampled
// every ≤ 100 m with Position(), the distance from the point to every sample is an exact
// Inverse(), and the best sample is refined by ternary search over ±1 step down to 1 mm
// (the distance along one edge is unimodal at that scale). Edges that cannot beat the best
// so far are skipped, using only the triangle inequality: for X on edge AB,
// d(P, X) ≥ (d(P, A) + d(P, B) − |AB|) / 2.

import geographiclib from 'geographiclib-geodesic';

// The package is CommonJS whose named exports Node cannot detect: take them off the default.
const { Geodesic } = geographiclib;

const WGS84 = Geodesic.WGS84;
const STEP_M = 100;
const TOLERANCE_M = 0.001;

export interface ReferenceHit {
  distanceKm: number;
  nearest: [number, number];
}

function inverseM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12!;
}

export function geodesicDistanceToLine(lon: number, lat: number, line: readonly (readonly number[])[]): ReferenceHit {
  const toVertex = line.map(([x, y]) => inverseM(lon, lat, x!, y!));
  let best = Infinity;
  let nearest: [number, number] = [line[0]![0]!, line[0]![1]!];
  toVertex.forEach((d, i) => {
    if (d < best) {
      best = d;
      nearest = [line[i]![0]!, line[i]![1]!];
    }
  });
  const edges = line.slice(1).map((b, i) => {
    const a = line[i]!;
    const geodesic = WGS84.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.STANDARD | Geodesic.DISTANCE_IN);
    return { geodesic, bound: (toVertex[i]! + toVertex[i + 1]! - geodesic.s13) / 2 };
  });
  edges.sort((p, q) => p.bound - q.bound);
  for (const { geodesic, bound } of edges) {
    if (bound >= best) break;
    const at = (s: number): { d: number; pos: [number, number] } => {
      const p = geodesic.Position(s, Geodesic.STANDARD);
      return { d: inverseM(lon, lat, p.lon2!, p.lat2!), pos: [p.lon2!, p.lat2!] };
    };
    const steps = Math.max(1, Math.ceil(geodesic.s13 / STEP_M));
    const step = geodesic.s13 / steps;
    let bestS = 0;
    let bestD = Infinity;
    for (let k = 0; k <= steps; k++) {
      const { d } = at(k * step);
      if (d < bestD) {
        bestD = d;
        bestS = k * step;
      }
    }
    let lo = Math.max(0, bestS - step);
    let hi = Math.min(geodesic.s13, bestS + step);
    while (hi - lo > TOLERANCE_M) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (at(m1).d <= at(m2).d) hi = m2;
      else lo = m1;
    }
    const refined = at((lo + hi) / 2);
    for (const candidate of [refined, { d: bestD, pos: at(bestS).pos }]) {
      if (candidate.d < best) {
        best = candidate.d;
        nearest = candidate.pos;
      }
    }
  }
  return { distanceKm: best / 1000, nearest };
}
