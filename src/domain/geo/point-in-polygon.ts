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
  /**
   * The ring's edges (by their first vertex) sorted into horizontal bands: band b holds
   * every edge whose latitude span touches it, in bandEdges[bandStart[b]..bandStart[b+1]).
   * A query only needs the edges whose span holds its latitude, so it reads one band, not
   * the whole ring: a country outline has thousands of vertices, and 100,000 sightings
   * tested against every edge took most of a second in the geo worker.
   */
  bandStart: Uint32Array;
  bandEdges: Uint32Array;
  bandHeight: number;
}

/** About this many edges per band on average, so most bands hold a handful. */
const EDGES_PER_BAND = 4;

function bandOf(r: { minY: number; bandHeight: number; bandStart: Uint32Array }, y: number): number {
  const last = r.bandStart.length - 2;
  const band = Math.floor((y - r.minY) / r.bandHeight);
  return band < 0 ? 0 : band > last ? last : band;
}

function prepareRing(ring: readonly (readonly number[])[]): PreparedRing {
  const n = ring.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  ring.forEach(([x, y], i) => {
    xs[i] = x!;
    ys[i] = y!;
    minX = Math.min(minX, x!);
    maxX = Math.max(maxX, x!);
    minY = Math.min(minY, y!);
    maxY = Math.max(maxY, y!);
  });
  const bands = Math.max(1, Math.ceil(n / EDGES_PER_BAND));
  const bandHeight = maxY > minY ? (maxY - minY) / bands : 1;
  const prepared = { xs, ys, minX, minY, maxX, maxY, bandStart: new Uint32Array(bands + 1), bandEdges: new Uint32Array(0), bandHeight };
  // Two passes (count, then fill) so each band's edges sit in one typed array, in ring order.
  const spanOf = (i: number): [number, number] => {
    const j = i === 0 ? n - 1 : i - 1;
    return [bandOf(prepared, Math.min(ys[i]!, ys[j]!)), bandOf(prepared, Math.max(ys[i]!, ys[j]!))];
  };
  const counts = new Uint32Array(bands + 1);
  for (let i = 0; i < n; i += 1) {
    const [from, to] = spanOf(i);
    for (let b = from; b <= to; b += 1) counts[b + 1]! += 1;
  }
  for (let b = 0; b < bands; b += 1) counts[b + 1]! += counts[b]!;
  prepared.bandStart = counts.slice();
  prepared.bandEdges = new Uint32Array(counts[bands]!);
  for (let i = 0; i < n; i += 1) {
    const [from, to] = spanOf(i);
    for (let b = from; b <= to; b += 1) prepared.bandEdges[counts[b]!++] = i;
  }
  return prepared;
}

type RingPosition = 'inside' | 'outside' | 'boundary';

/**
 * Even-odd ray casting towards +x; a point on an edge counts as on the boundary. Only edges
 * whose latitude span holds y can cross the ray or hold the point, and all of those are in
 * y's band; the parity of the crossings does not depend on the order they are counted in.
 */
function locateInRing(r: PreparedRing, x: number, y: number): RingPosition {
  if (x < r.minX || x > r.maxX || y < r.minY || y > r.maxY) return 'outside';
  const { xs, ys, bandEdges } = r;
  const n = xs.length;
  const band = bandOf(r, y);
  let inside = false;
  for (let k = r.bandStart[band]!, end = r.bandStart[band + 1]!; k < end; k += 1) {
    const i = bandEdges[k]!;
    const j = i === 0 ? n - 1 : i - 1;
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
