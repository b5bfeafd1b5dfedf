import { merge, mesh } from 'topojson-client';
import type { BBox, Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian.ts';
import { boxesOutside, clipLines, clipPolygons } from './clip.ts';
import { roundGeometry } from './round-coords.ts';
import type { CountriesTopology } from './sources.ts';

export interface CountryProperties {
  /** ISO 3166 numeric; `ne-<name>` for Natural Earth units without one (Kosovo, N. Cyprus …). */
  id: string;
  name: string;
}

export interface BorderProperties {
  a: string;
  b: string;
}

type CountryObject = GeometryObject<{ name: string }>;

const nameOf = (g: CountryObject): string | undefined => (g.properties as { name?: string } | undefined)?.name;

export function countryId(g: CountryObject): string {
  if (g.id !== undefined) return String(g.id);
  const name = nameOf(g) ?? 'unknown';
  return `ne-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function countryPolygons(topology: CountriesTopology, g: CountryObject): Position[][][] {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
  // merge (not feature) so arcs a country shares with itself (Perekop after the
  // Crimea fix) are dissolved instead of drawn as an inner edge.
  return merge(topology, [g as TopoPolygon | TopoMultiPolygon]).coordinates;
}

const byId = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/**
 * Country polygons: `detail` (1:10m) inside `region`, `coarse` (1:50m or 1:110m)
 * everywhere else, so the world has context without the weight of 10m detail.
 * One feature per country; where the two scales meet at the region edge the
 * coastlines differ slightly, so style fills without outlines (use borders.json).
 */
export function buildCountries(detail: CountriesTopology, coarse: CountriesTopology, region: BBox, decimals: number): FeatureCollection<MultiPolygon, CountryProperties> {
  const parts = new Map<string, { id: string; name: string; polys: Position[][][] }>();
  const add = (g: CountryObject, polys: Position[][][]) => {
    const id = countryId(g);
    const name = nameOf(g) ?? id;
    const key = `${id}|${name}`;
    const entry = parts.get(key) ?? { id, name, polys: [] as Position[][][] };
    entry.polys.push(...polys);
    parts.set(key, entry);
  };
  for (const g of detail.objects.countries.geometries) {
    const clipped = clipPolygons(countryPolygons(detail, g), [region]);
    if (clipped) add(g, clipped.coordinates);
  }
  const outside = boxesOutside(region);
  for (const g of coarse.objects.countries.geometries) {
    const polys = countryPolygons(coarse, g).flatMap(splitAtAntimeridian);
    const clipped = clipPolygons(polys, outside);
    if (clipped) add(g, clipped.coordinates);
  }
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  for (const { id, name, polys } of [...parts.values()].sort(byId)) {
    const geometry = roundGeometry({ type: 'MultiPolygon', coordinates: polys }, decimals) as MultiPolygon | null;
    if (geometry) features.push({ type: 'Feature', properties: { id, name }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

function arcIndexes(g: GeometryObject): number[] {
  const out: number[] = [];
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.push(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  if ('arcs' in g) walk(g.arcs);
  return out;
}

/** Pairs of countries that share at least one arc, keyed `a|b` with a < b. */
export function neighbourPairs(topology: CountriesTopology): Map<string, [CountryObject, CountryObject]> {
  const owners = new Map<number, Set<CountryObject>>();
  for (const g of topology.objects.countries.geometries) {
    for (const arc of arcIndexes(g)) {
      const set = owners.get(arc) ?? new Set();
      set.add(g);
      owners.set(arc, set);
    }
  }
  const pairs = new Map<string, [CountryObject, CountryObject]>();
  for (const set of owners.values()) {
    if (set.size !== 2) continue;
    const [x, y] = [...set] as [CountryObject, CountryObject];
    const [p, q] = countryId(x) < countryId(y) ? [x, y] : [y, x];
    pairs.set(`${countryId(p)}|${countryId(q)}`, [p, q]);
  }
  return pairs;
}

function pairLines(topology: CountriesTopology, p: CountryObject, q: CountryObject): Position[][] {
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: [p, q] };
  return mesh(topology, collection, (a, b) => a !== b).coordinates;
}

/**
 * Land boundaries between countries, one feature per pair: 1:10m inside the
 * region, coarse outside. Run on the Crimea-fixed topologies so there is no
 * line at Perekop.
 */
export function buildBorders(detail: CountriesTopology, coarse: CountriesTopology, region: BBox, decimals: number): FeatureCollection<MultiLineString, BorderProperties> {
  const lines = new Map<string, Position[][]>();
  const add = (key: string, ls: MultiLineString | null) => {
    if (ls) lines.set(key, [...(lines.get(key) ?? []), ...ls.coordinates]);
  };
  for (const [key, [p, q]] of neighbourPairs(detail)) add(key, clipLines(pairLines(detail, p, q), [region]));
  const outside = boxesOutside(region);
  for (const [key, [p, q]] of neighbourPairs(coarse)) add(key, clipLines(pairLines(coarse, p, q), outside));
  const features: Feature<MultiLineString, BorderProperties>[] = [];
  for (const key of [...lines.keys()].sort()) {
    const geometry = roundGeometry({ type: 'MultiLineString', coordinates: lines.get(key)! }, decimals) as MultiLineString | null;
    const [a, b] = key.split('|') as [string, string];
    if (geometry) features.push({ type: 'Feature', properties: { a, b }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
