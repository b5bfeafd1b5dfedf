import { describe, expect, it } from 'vitest';
import { F, PackedGeoMetrics, SIDES, STRIDE } from './geo-protocol';

function record(distanceKm: number, side: number): number[] {
  const values = new Array<number>(STRIDE).fill(-1);
  values[F.distanceKm] = distanceKm;
  values[F.nearestLon] = 30;
  values[F.nearestLat] = 51.5;
  values[F.bearingDeg] = 90;
  values[F.side] = side;
  values[F.offRail] = 0;
  return values;
}

describe('PackedGeoMetrics', () => {
  const packed = Float64Array.from([...record(12.5, 0), ...record(Number.NaN, Number.NaN), ...record(40, 1)]);
  const sightings = [{ id: 'a' }, { id: 'no-location' }, { id: 'c' }];
  const metrics = new PackedGeoMetrics(sightings, [packed], null);

  it('reads each sighting’s record by id and leaves out the unmeasured', () => {
    expect(metrics.size).toBe(2);
    expect(metrics.get('a')).toMatchObject({ distanceKm: 12.5, side: SIDES[0], nearest: [30, 51.5], rail: null });
    expect(metrics.get('c')?.distanceMi).toBeCloseTo(40 / 1.609344, 9);
    expect(metrics.has('no-location')).toBe(false);
    expect(metrics.get('no-location')).toBeUndefined();
    expect(metrics.get('unknown')).toBeUndefined();
  });

  it('iterates like a Map and hands out the same object on every read', () => {
    expect([...metrics].map(([id, value]) => [id, value.distanceKm])).toEqual([
      ['a', 12.5],
      ['c', 40],
    ]);
    expect([...metrics.keys()]).toEqual(['a', 'c']);
    expect(metrics.get('a')).toBe(metrics.get('a'));
    const seen: string[] = [];
    metrics.forEach((_, id) => seen.push(id));
    expect(seen).toEqual(['a', 'c']);
  });

  it('reads an answer in parts where they lie, each sighting at its own record', () => {
    const split = new PackedGeoMetrics(sightings, [packed.slice(0, STRIDE), packed.slice(STRIDE)], null);
    expect(split.size).toBe(2);
    expect([...split].map(([id, value]) => [id, value.distanceKm])).toEqual([...metrics].map(([id, value]) => [id, value.distanceKm]));
    expect(split.get('c')).toEqual(metrics.get('c'));
    expect(() => new PackedGeoMetrics(sightings, [packed.slice(STRIDE)], null)).toThrow(RangeError);
  });

  it('finds ids through the index it is given, and reads a repeated id once, at its first record', () => {
    const repeated = [{ id: 'a' }, { id: 'no-location' }, { id: 'a' }];
    const asked: string[] = [];
    const positionOf = (id: string) => {
      asked.push(id);
      return id === 'a' ? 0 : id === 'no-location' ? 1 : undefined;
    };
    const read = new PackedGeoMetrics(repeated, [packed], null, positionOf);
    expect(read.get('a')?.distanceKm).toBe(12.5);
    expect(read.has('no-location')).toBe(false);
    expect(read.get('c')).toBeUndefined();
    expect(asked).toEqual(['a', 'no-location', 'c']);
    expect([...read.keys()]).toEqual(['a']);
  });
});
