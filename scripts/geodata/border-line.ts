import { mesh } from 'topojson-client';
import type { Position } from 'geojson';
import type { CountriesTopology } from './sources.ts';

/** The boundary arcs shared by two countries, stitched by topojson into lines. */
export function sharedBoundary(topology: CountriesTopology, idA: string, idB: string): Position[][] {
  return mesh(topology, topology.objects.countries, (a, b) =>
    (a.id === idA && b.id === idB) || (a.id === idB && b.id === idA)).coordinates;
}

const sqDist = (a: Position, b: Position) => (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2;

/**
 * Chains line parts into one path that starts at the end nearest `start`,
 * appending at each step the part whose end is nearest the current end
 * (reversed when needed). A vertex shared by two parts is kept once.
 */
export function chainLines(parts: Position[][], start: Position): Position[] {
  const rest = parts.filter((p) => p.length > 0).map((p) => p.slice());
  if (rest.length === 0) return [];
  const path: Position[] = [];
  let cursor = start;
  while (rest.length) {
    let best = 0, bestReversed = false, bestD = Infinity;
    rest.forEach((p, i) => {
      const dHead = sqDist(p[0]!, cursor), dTail = sqDist(p[p.length - 1]!, cursor);
      if (dHead < bestD) [best, bestReversed, bestD] = [i, false, dHead];
      if (dTail < bestD) [best, bestReversed, bestD] = [i, true, dTail];
    });
    const next = rest.splice(best, 1)[0]!;
    if (bestReversed) next.reverse();
    const last = path[path.length - 1];
    if (last && sqDist(last, next[0]!) === 0) next.shift();
    path.push(...next);
    cursor = path[path.length - 1]!;
  }
  return path;
}

export const BELARUS = '112';
export const UKRAINE_ID = '804';
/** BY–PL–UA tripoint: the Belarus–Ukraine border runs from here … */
export const TRIPOINT_BY_PL_UA: Position = [23.607, 51.517];
/** … to the BY–RU–UA tripoint. */
export const TRIPOINT_BY_RU_UA: Position = [31.765, 52.1];

export interface BorderLineProperties {
  name: string;
  vertices: number;
  lengthKm: number;
  source: string;
}

/**
 * The Belarus–Ukraine border as ONE LineString, west to east, at 6 decimals
 * (sub-metre; the app measures sighting distances against it).
 */
export function byUaBorderCoordinates(topology: CountriesTopology): Position[] {
  const path = chainLines(sharedBoundary(topology, BELARUS, UKRAINE_ID), TRIPOINT_BY_PL_UA);
  return path.map(([x, y]) => [Math.round(x! * 1e6) / 1e6, Math.round(y! * 1e6) / 1e6]);
}
