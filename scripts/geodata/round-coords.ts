import type { Geometry, Position } from 'geojson';

/** Rounds to `decimals` places; normalises -0 so output text is stable. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a path and drops vertices that collapsed onto their predecessor. */
export function roundPath(path: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q: Position = [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || !samePosition(last, q)) out.push(q);
  }
  return out;
}

/** A ring that rounding shrank below a triangle is dropped (null). */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out = roundPath(ring, decimals);
  if (out.length > 1 && !samePosition(out[0]!, out[out.length - 1]!)) out.push(out[0]!);
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const outer = rings[0] ? roundRing(rings[0], decimals) : null;
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, decimals)).filter((r): r is Position[] => r !== null);
  return [outer, ...holes];
}

/**
 * Rounds every coordinate of a geometry. Parts that degenerate (lines under two
 * vertices, rings under four) are removed; null when nothing is left.
 */
export function roundGeometry(geometry: Geometry, decimals: number): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: [roundTo(geometry.coordinates[0]!, decimals), roundTo(geometry.coordinates[1]!, decimals)] };
    case 'LineString': {
      const line = roundPath(geometry.coordinates, decimals);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundPath(l, decimals)).filter((l) => l.length >= 2);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const poly = roundPolygon(geometry.coordinates, decimals);
      return poly ? { type: 'Polygon', coordinates: poly } : null;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry ${geometry.type}`);
  }
}
