import { bboxClip } from '@turf/bbox-clip';
import { lineString, polygon } from '@turf/helpers';
import type { BBox, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Shoelace area in square degrees; only used to discard zero-area slivers. */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return Math.abs(sum) / 2;
}

export function pathBBox(path: Position[]): BBox {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of path) {
    if (x! < minX) minX = x!;
    if (x! > maxX) maxX = x!;
    if (y! < minY) minY = y!;
    if (y! > maxY) maxY = y!;
  }
  return [minX, minY, maxX, maxY];
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function clipRing(ring: Position[], box: BBox): Position[] | null {
  // Clipping ring by ring keeps track of which ring is the outer one: turf's
  // polygon clip silently drops empty rings, which could promote a hole.
  const clipped = (bboxClip(polygon([ring]), box).geometry as Polygon).coordinates[0];
  if (!clipped || clipped.length < 4 || ringArea(clipped) < 1e-12) return null;
  return clipped;
}

/** Clips one polygon (outer ring + holes); null when it lies outside the box. */
export function clipPolygon(rings: Position[][], box: BBox): Position[][] | null {
  const outerIn = rings[0];
  if (!outerIn || !bboxesIntersect(pathBBox(outerIn), box)) return null;
  const outer = clipRing(outerIn, box);
  if (!outer) return null;
  const holes = rings.slice(1).map((h) => clipRing(h, box)).filter((h): h is Position[] => h !== null);
  return [outer, ...holes];
}

function clipPath(path: Position[], box: BBox): Position[][] {
  if (path.length < 2 || !bboxesIntersect(pathBBox(path), box)) return [];
  const g = bboxClip(lineString(path), box).geometry as LineString | MultiLineString;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return parts.filter((p) => p.length >= 2);
}

/** Polygon parts of a geometry, each as rings. */
export function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** Polygonal geometry clipped to the union of boxes (boxes must not overlap). */
export function clipPolygons(polys: Position[][][], boxes: BBox[]): MultiPolygon | null {
  const out: Position[][][] = [];
  for (const box of boxes) {
    for (const p of polys) {
      const c = clipPolygon(p, box);
      if (c) out.push(c);
    }
  }
  return out.length ? { type: 'MultiPolygon', coordinates: out } : null;
}

export function clipLines(lines: Position[][], boxes: BBox[]): MultiLineString | null {
  const out: Position[][] = [];
  for (const box of boxes) for (const l of lines) out.push(...clipPath(l, box));
  return out.length ? { type: 'MultiLineString', coordinates: out } : null;
}

/**
 * Four boxes that tile the world outside `region`: where the coarse world map
 * is used, so it never overlaps the detailed one.
 */
export function boxesOutside(region: BBox): BBox[] {
  const [w, s, e, n] = region;
  return [
    [-180, -90, w, 90],
    [e, -90, 180, 90],
    [w, -90, e, s],
    [w, n, e, 90],
  ];
}
