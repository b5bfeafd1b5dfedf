import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature, merge, mesh } from 'topojson-client';
import type { MultiPolygon } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUSSIA, SEVASTOPOL, SIMFEROPOL, UKRAINE, moveCrimeaToUkraine } from './crimea.ts';
import { loadCountries, type CountriesTopology } from './sources.ts';

let original: CountriesTopology;
let fixed: CountriesTopology;
let moved: number;

const byId = (t: CountriesTopology, id: string) => t.objects.countries.geometries.find((g) => g.id === id)!;
const contains = (t: CountriesTopology, id: string, pt: [number, number]) =>
  booleanPointInPolygon(pt, feature(t, byId(t, id) as MultiPolygon));

beforeAll(() => {
  original = loadCountries('10m');
  ({ topology: fixed, moved } = moveCrimeaToUkraine(original));
});

describe('moveCrimeaToUkraine on Natural Earth 1:10m', () => {
  it('finds Crimea inside Russia in the source data', () => {
    expect(contains(original, RUSSIA, SIMFEROPOL)).toBe(true);
  });

  it('moves exactly the one Crimean polygon, Sevastopol included', () => {
    expect(moved).toBe(1);
    for (const pt of [SIMFEROPOL, SEVASTOPOL]) {
      expect(contains(fixed, UKRAINE, pt)).toBe(true);
      expect(contains(fixed, RUSSIA, pt)).toBe(false);
    }
  });

  it('leaves Russia east of the Kerch Strait (Taman, Krasnodar) in Russia', () => {
    expect(contains(fixed, RUSSIA, [38.98, 45.04])).toBe(true);
    expect(contains(fixed, RUSSIA, [36.8, 45.2])).toBe(true);
  });

  it('leaves no boundary line across the Perekop isthmus', () => {
    const nearPerekop = (t: CountriesTopology) => mesh(t, t.objects.countries, (a, b) => a !== b).coordinates
      .flat().filter(([x, y]) => x! > 33.4 && x! < 35.2 && y! > 45.6 && y! < 46.3);
    expect(nearPerekop(original).length).toBeGreaterThan(0);
    expect(nearPerekop(fixed)).toEqual([]);
  });

  it('merges Ukraine so the mainland and the peninsula form one polygon', () => {
    const merged = merge(fixed, [byId(fixed, UKRAINE) as MultiPolygon]);
    const withCrimea = merged.coordinates.filter((p) => booleanPointInPolygon(SIMFEROPOL, { type: 'Polygon', coordinates: p }));
    expect(withCrimea).toHaveLength(1);
    expect(booleanPointInPolygon([30.52, 50.45], { type: 'Polygon', coordinates: withCrimea[0]! })).toBe(true);
  });

  it('does not modify the input topology', () => {
    expect(contains(original, RUSSIA, SEVASTOPOL)).toBe(true);
  });
});
