import type { BBox, Position } from 'geojson';
import { clipPolygon, pathBBox } from './clip.ts';

export function crossesAntimeridian(ring: Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) return true;
  }
  return false;
}

/** Makes longitudes continuous (steps of at most 180°) by adding multiples of 360. */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i]!;
    if (i > 0) {
      const dx = x! + shift - out[i - 1]![0]!;
      if (dx > 180) shift -= 360;
      else if (dx < -180) shift += 360;
    }
    out.push([x! + shift, y!]);
  }
  return out;
}

/**
 * Splits a polygon whose rings jump across ±180° into pieces that each stay
 * within [-180, 180]. MapLibre draws a ring literally, so a jump from 179° to
 * -179° would otherwise smear a band across the whole map.
 * Rings that wind around a pole cannot be unwrapped into a closed ring; they
 * are returned untouched (none occur in the region of interest).
 */
export function splitAtAntimeridian(rings: Position[][]): Position[][][] {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const unwrapped = rings.map(unwrapRing);
  const outer = unwrapped[0]!;
  const first = outer[0]!, last = outer[outer.length - 1]!;
  if (first[0] !== last[0]) return [rings];
  // Holes were unwrapped from their own first vertex; move them next to the outer ring.
  const outerCenter = (pathBBox(outer)[0] + pathBBox(outer)[2]) / 2;
  const aligned = unwrapped.map((ring, i) => {
    if (i === 0) return ring;
    const b = pathBBox(ring);
    const k = Math.round((outerCenter - (b[0] + b[2]) / 2) / 360);
    return k === 0 ? ring : ring.map(([x, y]) => [x! + 360 * k, y!]);
  });
  const [minX, , maxX] = pathBBox(outer);
  const pieces: Position[][][] = [];
  for (let k = Math.floor((minX + 180) / 360); k <= Math.floor((maxX + 180) / 360); k++) {
    const box: BBox = [-180 + 360 * k, -90, 180 + 360 * k, 90];
    const piece = clipPolygon(aligned, box);
    if (piece) pieces.push(k === 0 ? piece : piece.map((r) => r.map(([x, y]) => [x! - 360 * k, y!])));
  }
  return pieces;
}
