import { distance } from '@turf/distance';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { CYRILLIC_COUNTRIES, PLACE_NAMES } from './place-names.ts';
import { buildPlaces, type PlaceProperties } from './places.ts';
import { RAIL_LINES, type RailLineSpec } from './rail-lines.ts';
import { buildRail, stationIds, validateRail, type PlaceIndex } from './rail.ts';
import { loadAllTheCities, loadCitiesJson } from './sources.ts';

let index: PlaceIndex;

beforeAll(() => {
  const places = buildPlaces({
    cities: loadAllTheCities(), citiesJson: loadCitiesJson(), names: PLACE_NAMES,
    cyrillicCountries: CYRILLIC_COUNTRIES, railIds: stationIds(RAIL_LINES),
  }, { region: [14, 42, 50, 62], minPopulation: 75_000, decimals: 4 });
  index = new Map(places.features.map((f) => [f.properties.id, f]));
});

const line = (id: string) => RAIL_LINES.find((l) => l.id === id)!;
const between = (l: RailLineSpec, a: string, mid: string, b: string) => {
  const [i, j, k] = [a, mid, b].map((s) => l.stations.indexOf(s));
  return i! >= 0 && j! >= 0 && k! >= 0 && ((i! < j! && j! < k!) || (i! > j! && j! > k!));
};

describe('the schematic rail network', () => {
  it('resolves every station, has no repeats, and no hop over 250 km', () => {
    expect(validateRail(RAIL_LINES, index, 250)).toEqual([]);
  });

  it('has unique line ids', () => {
    expect(new Set(RAIL_LINES.map((l) => l.id)).size).toBe(RAIL_LINES.length);
  });

  it('keeps known station orders', () => {
    expect(between(line('moscow-brest'), 'smolensk', 'orsha', 'minsk')).toBe(true);
    expect(between(line('moscow-brest'), 'moscow', 'kubinka', 'vyazma')).toBe(true);
    expect(between(line('moscow-brest'), 'minsk', 'baranovichi', 'brest')).toBe(true);
    expect(between(line('homel-brest'), 'kalinkavichy', 'luninets', 'pinsk')).toBe(true);
    expect(between(line('homel-brest'), 'luninets', 'pinsk', 'ivanava')).toBe(true);
    expect(between(line('kalinkavichy-korosten'), 'kalinkavichy', 'mazyr', 'yelsk')).toBe(true);
    expect(between(line('kalinkavichy-korosten'), 'yelsk', 'ovruch', 'korosten')).toBe(true);
    expect(between(line('bryansk-homel'), 'unecha', 'klintsy', 'novozybkov')).toBe(true);
    expect(between(line('moscow-kharkiv'), 'kursk', 'belgorod', 'kharkiv')).toBe(true);
  });

  it('puts Mazyr next to Kalinkavichy (within 15 km)', () => {
    const km = distance(index.get('mazyr')!.geometry.coordinates, index.get('kalinkavichy')!.geometry.coordinates, { units: 'kilometers' });
    expect(km).toBeLessThan(15);
  });

  it('builds one schematic LineString per line and one station point per station', () => {
    const { lines, stations } = buildRail(RAIL_LINES, index, 5);
    expect(lines.features).toHaveLength(RAIL_LINES.length);
    const mb = lines.features.find((f) => f.properties.id === 'moscow-brest')!;
    expect(mb.properties.schematic).toBe(true);
    expect(mb.geometry.coordinates).toHaveLength(mb.properties.stations.length);
    expect(stations.features).toHaveLength(stationIds(RAIL_LINES).size);
    const orsha = stations.features.find((f) => f.properties.id === 'orsha')!;
    expect(orsha.properties).toMatchObject({ name: 'Orsha', nameLocal: 'Орша', country: 'BY', lines: ['moscow-brest', 'vitebsk-homel'] });
  });
});

describe('validateRail', () => {
  const pt = (id: string, lon: number, lat: number): [string, Feature<Point, PlaceProperties>] => [id, {
    type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, name: id, nameLocal: id, altNames: [], country: 'BY', population: null, rank: 3, rail: true, source: 'manual' },
  }];
  const places: PlaceIndex = new Map([pt('a', 0, 0), pt('b', 1, 0), pt('far', 4, 0)]);

  it('reports unknown stations, repeats and long hops', () => {
    expect(validateRail([{ id: 'x', name: 'x', note: '', stations: ['a', 'nope', 'a', 'b', 'far'] }], places, 250)).toEqual([
      'x: a station appears twice',
      'x: unknown station "nope"',
      // 3° of the equator on turf's 6371.0088 km sphere: 333.6 km
      'x: b → far is 334 km',
    ]);
  });
});
