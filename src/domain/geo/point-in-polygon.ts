// Point-in-polygon for country outlines, with a bounding-box prefilter because most queries
// are far outside most polygons. Rings are planar in lon/lat (like GeoJSON and Turf), so a
// polygon must not cross the antimeridian — true of every country this app tests against.

/** GeoJSON Polygon coordinates: an outer ring, then holes. */
export type PolygonCoordinates = readonly (readonly (readonly number[])[])[];

export interface PolygonTester {
  /** [minLon, minLat, maxLon, maxLat] */
  readonly bbox: readonly [number, number, number, number];
  /** True inside or on the boundary, false outside or in a hole. */
  contains(lon: number, lat: number): boolean;
}

interface PreparedRing {
  xs: Float64Array;
  ys: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function prepareRing(ring: readonly (readonly number[])[]): PreparedRing {
  const xs = new Float64Array(ring.length);
  const ys = new Float64Array(ring.length);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  ring.forEach(([x, y], i) => {
    xs[i] = x!;
    ys[i] = y!;
    minX = Math.min(minX, x!);
    maxX = Math.max(maxX, x!);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  });
  return { xs, ys, minX, minY, maxX, maxY };
}

type RingPosition = 'inside' | 'outside' | 'boundary';

/** Even-odd ray casting towards +x; a point on an edge counts as on the boundary. */
function locateInRing(r: PreparedRing, x: number, y: number): RingPosition {
  if (x < r.minX || x > r.maxX || y < r.minY || y > r.maxY) return 'outside';
  const { xs, ys } = r;
  const n = xs.length;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = xs[i]!, yi = ys[i]!, xj = xs[j]!, yj = ys[j]!;
    // On-segment test: collinear and within the segment's box.
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) {
      return 'boundary';
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/** Prepares a Polygon or MultiPolygon (given as a list of polygons) for repeated tests. */
export function createPolygonTester(polygons: readonly PolygonCoordinates[]): PolygonTester {
  const prepared = polygons.filter((p) => p.length > 0 && p[0]!.length > 0).map((p) => p.map(prepareRing));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [outer] of prepared) {
    minX = Math.min(minX, outer!.minX);
    minY = Math.min(minY, outer!.minY);
    maxX = Math.max(maxX, outer!.maxX);
    maxY = Math.max(maxY, outer!.maxY);
  }
  return {
    bbox: [minX, minY, maxX, maxY],
    contains(lon, lat) {
      if (lon < minX || lon > maxX || lat < minY || lat > maxY) return false;
      for (const [outer, ...holes] of prepared) {
        const where = locateInRing(outer!, lon, lat);
        if (where === 'outside') continue;
        if (where === 'boundary') return true;
        let inHole = false;
        for (const hole of holes) {
          const h = locateInRing(hole, lon, lat);
          if (h === 'boundary') return true;
          if (h === 'inside') inHole = true;
        }
        if (!inHole) return true;
      }
      return false;
    },
  };
}
