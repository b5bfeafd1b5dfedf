import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { CYRILLIC_COUNTRIES, PLACE_NAMES } from './place-names.ts';
import { buildPlaces, type PlaceProperties } from './places.ts';
import { RAIL_LINES } from './rail-lines.ts';
import { stationIds } from './rail.ts';
import { loadAllTheCities, loadCitiesJson } from './sources.ts';

let places: FeatureCollection<Point, PlaceProperties>;
let byId: Map<string, Feature<Point, PlaceProperties>>;

beforeAll(() => {
  places = buildPlaces({
    cities: loadAllTheCities(), citiesJson: loadCitiesJson(), names: PLACE_NAMES,
    cyrillicCountries: CYRILLIC_COUNTRIES, railIds: stationIds(RAIL_LINES),
  }, { region: [14, 42, 50, 62], minPopulation: 75_000, decimals: 4 });
  byId = new Map(places.features.map((f) => [f.properties.id, f]));
});

const CYRILLIC = /^[\u0400-\u04FF’'\- ]+$/u;

describe('curated place names with the real GeoNames packages', () => {
  it('gives every rail town and every rank 1–2 place a local name', () => {
    const lacking = places.features.filter((f) => (f.properties.rail || f.properties.rank <= 2) && !f.properties.nameLocal);
    expect(lacking.map((f) => f.properties.id)).toEqual([]);
  });

  it('writes Belarusian, Ukrainian and Russian local names in Cyrillic', () => {
    const latin = places.features.filter((f) => ['BY', 'UA', 'RU'].includes(f.properties.country) && !CYRILLIC.test(f.properties.nameLocal));
    expect(latin.map((f) => `${f.properties.id}: ${f.properties.nameLocal}`)).toEqual([]);
  });

  it('uses Russian for Belarus and Russia, Ukrainian for Ukraine', () => {
    const local = (id: string) => byId.get(id)?.properties.nameLocal;
    expect(local('mazyr')).toBe('Мозырь');
    expect(local('yelsk')).toBe('Ельск');
    expect(local('kalinkavichy')).toBe('Калинковичи');
    expect(local('yelnya')).toBe('Ельня');
    expect(local('chernihiv')).toBe('Чернігів');
    expect(byId.get('chernihiv')!.properties.altNames).toContain('Чернигов');
    expect(byId.get('mazyr')!.properties.altNames).toEqual(['Мазыр', 'Mozyr']);
    expect(byId.get('homyel')!.properties.altNames).toContain('Gomel');
  });

  it('includes the towns analysts ask for', () => {
    const wanted = ['polushkino', 'yelsk', 'mazyr', 'kalinkavichy', 'rechytsa', 'khoyniki', 'narovlya', 'brahin', 'yelnya',
      'voronezh', 'klintsy', 'novozybkov', 'valuyki', 'boguchar', 'pogonovo', 'soloti', 'bryansk', 'belgorod', 'kursk',
      'luninets', 'pinsk', 'zhytkavichy', 'asipovichy', 'baranovichi', 'slutsk', 'babruysk', 'zhlobin', 'homyel', 'mahilyow',
      'orsha', 'vitebsk', 'smolensk', 'ovruch', 'korosten', 'slavutych', 'chernihiv', 'nizhyn', 'kyiv', 'minsk', 'moscow'];
    expect(wanted.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('keeps hand-placed points to the places GeoNames lacks, each with a note', () => {
    const manual = places.features.filter((f) => f.properties.source === 'manual');
    expect(manual.map((f) => f.properties.id).sort()).toEqual(['pogonovo', 'polushkino', 'soloti', 'suzemka']);
    for (const f of manual) expect(f.properties.note).toMatch(/\S/);
  });

  it('uses every curated entry (no entry keyed to a name the packages spell differently)', () => {
    expect(places.features.length).toBeGreaterThanOrEqual(PLACE_NAMES.length);
    const names = new Set(places.features.map((f) => `${f.properties.name}|${f.properties.country}`));
    expect(PLACE_NAMES.filter((n) => !names.has(`${n.name}|${n.country}`)).map((n) => n.name)).toEqual([]);
  });
});
