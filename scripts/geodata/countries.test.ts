import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { buildBorders, buildCountries, type BorderProperties, type CountryProperties } from './countries.ts';
import { SEVASTOPOL, SIMFEROPOL, moveCrimeaToUkraine } from './crimea.ts';
import { loadCountries } from './sources.ts';

const REGION: [number, number, number, number] = [14, 42, 50, 62];
let countries: FeatureCollection<MultiPolygon, CountryProperties>;
let borders: FeatureCollection<MultiLineString, BorderProperties>;

beforeAll(() => {
  const detail = moveCrimeaToUkraine(loadCountries('10m')).topology;
  const coarse = moveCrimeaToUkraine(loadCountries('110m')).topology;
  countries = buildCountries(detail, coarse, REGION, 4);
  borders = buildBorders(detail, coarse, REGION, 4);
});

const country = (id: string) => countries.features.find((f) => f.properties.id === id)!;

describe('buildCountries', () => {
  it('puts Crimea and Sevastopol in Ukraine, not Russia', () => {
    for (const pt of [SIMFEROPOL, SEVASTOPOL]) {
      expect(booleanPointInPolygon(pt, country('804'))).toBe(true);
      expect(booleanPointInPolygon(pt, country('643'))).toBe(false);
    }
  });

  it('names countries in English and ids them by ISO numeric, one feature each', () => {
    expect(country('112').properties.name).toBe('Belarus');
    expect(country('804').properties.name).toBe('Ukraine');
    const ids = countries.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('ne-kosovo');
  });

  it('draws no ring edge that jumps across the antimeridian', () => {
    const jumps = countries.features.flatMap((f) => f.geometry.coordinates.flat().flatMap((ring) =>
      ring.slice(1).filter((q, i) => Math.abs(q[0]! - ring[i]![0]!) > 180 && Math.sign(q[0]!) !== Math.sign(ring[i]![0]!) && Math.abs(q[0]!) > 170 && Math.abs(ring[i]![0]!) > 170)));
    expect(jumps).toEqual([]);
    expect(country('643').geometry.coordinates.length).toBeGreaterThan(1);
  });

  it('covers the world outside the region with the coarse map', () => {
    expect(booleanPointInPolygon([-100, 40], country('840'))).toBe(true);
  });
});

describe('buildBorders', () => {
  it('has the Belarus–Ukraine pair and no line near Perekop', () => {
    expect(borders.features.some((f) => f.properties.a === '112' && f.properties.b === '804')).toBe(true);
    const perekop = borders.features.flatMap((f) => f.geometry.coordinates.flat())
      .filter(([x, y]) => x! > 33.4 && x! < 35.2 && y! > 45.6 && y! < 46.3);
    expect(perekop).toEqual([]);
  });

  it('orders each pair with a < b', () => {
    expect(borders.features.every((f) => f.properties.a < f.properties.b)).toBe(true);
  });
});
