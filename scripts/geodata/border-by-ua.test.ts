import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { TRIPOINT_BY_PL_UA, TRIPOINT_BY_RU_UA, byUaBorderCoordinates } from './border-line.ts';
import { moveCrimeaToUkraine } from './crimea.ts';
import { loadCountries } from './sources.ts';

let line: Position[];

beforeAll(() => {
  line = byUaBorderCoordinates(moveCrimeaToUkraine(loadCountries('10m')).topology);
});

const km = (a: Position, b: Position) => length(lineString([a, b]), { units: 'kilometers' });

describe('Belarus–Ukraine border from Natural Earth 1:10m', () => {
  it('has 365 vertices', () => {
    expect(line).toHaveLength(365);
  });

  it('is about 861 km long (geodesic, within 1%)', () => {
    const len = length(lineString(line), { units: 'kilometers' });
    expect(len).toBeGreaterThan(861 * 0.99);
    expect(len).toBeLessThan(861 * 1.01);
  });

  it('starts at the BY–PL–UA tripoint and ends at the BY–RU–UA tripoint', () => {
    expect(km(line[0]!, TRIPOINT_BY_PL_UA)).toBeLessThan(0.1);
    expect(km(line[line.length - 1]!, TRIPOINT_BY_RU_UA)).toBeLessThan(0.1);
  });

  it('keeps 6 decimals', () => {
    expect(line[0]).toEqual([23.607236, 51.517361]);
  });
});
