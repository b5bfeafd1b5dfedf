import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type { CountriesTopology } from './sources.ts';

export const RUSSIA = '643';
export const UKRAINE = '804';
export const SIMFEROPOL: [number, number] = [34.1, 44.95];
export const SEVASTOPOL: [number, number] = [33.52, 44.6];
/** Generous box around the peninsula; excludes the Taman peninsula east of the Kerch Strait. */
const CRIMEA_BOUNDS = { west: 32.2, south: 44.2, east: 36.7, north: 46.3 };

type PolyArcs = MultiPolygon['arcs'][number];

function polygonArcs(g: GeometryObject): PolyArcs[] {
  if (g.type === 'Polygon') return [(g as Polygon).arcs];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
  return [];
}

function isCrimea(topology: CountriesTopology, arcs: PolyArcs): boolean {
  const poly = feature(topology, { type: 'Polygon', arcs } as Polygon);
  const outer = poly.geometry.coordinates[0] ?? [];
  const inBounds = outer.every(([x, y]) =>
    x! >= CRIMEA_BOUNDS.west && x! <= CRIMEA_BOUNDS.east && y! >= CRIMEA_BOUNDS.south && y! <= CRIMEA_BOUNDS.north);
  return inBounds && (booleanPointInPolygon(SIMFEROPOL, poly) || booleanPointInPolygon(SEVASTOPOL, poly));
}

/**
 * Natural Earth draws Crimea (with Sevastopol) inside Russia. railwatch shows
 * internationally recognised borders, so the Crimean polygon moves from
 * Russia's geometry to Ukraine's. Moving arcs (not coordinates) keeps the
 * topology intact: the Perekop arcs become interior to Ukraine, so `mesh`
 * with `a !== b` no longer draws a border there and `merge` dissolves it.
 * Returns a new topology; the input is not modified.
 */
export function moveCrimeaToUkraine(topology: CountriesTopology): { topology: CountriesTopology; moved: number } {
  const geometries = topology.objects.countries.geometries;
  const ru = geometries.find((g) => g.id === RUSSIA);
  const ua = geometries.find((g) => g.id === UKRAINE);
  if (!ru || !ua) return { topology, moved: 0 };
  const ruPolys = polygonArcs(ru);
  const crimean = ruPolys.filter((p) => isCrimea(topology, p));
  if (crimean.length === 0) return { topology, moved: 0 };
  const newRu = { ...ru, type: 'MultiPolygon', arcs: ruPolys.filter((p) => !crimean.includes(p)) } as MultiPolygon<{ name: string }>;
  const newUa = { ...ua, type: 'MultiPolygon', arcs: [...polygonArcs(ua), ...crimean] } as MultiPolygon<{ name: string }>;
  const countries = {
    ...topology.objects.countries,
    geometries: geometries.map((g) => (g === ru ? newRu : g === ua ? newUa : g)),
  };
  return { topology: { ...topology, objects: { ...topology.objects, countries } }, moved: crimean.length };
}
