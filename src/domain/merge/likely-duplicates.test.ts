import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { likelyDuplicatesOf, sightingDay, type DuplicateCandidate } from './likely-duplicates';

// One degree of latitude on the 6371.0088 km sphere, computed here rather than by the code under test.
const KM_PER_DEG_LAT = (2 * Math.PI * 6371.0088) / 360;

const at = (id: string, lon: number, lat: number, observedAt?: string): DuplicateCandidate => ({ id, lon, lat, ...(observedAt ? { observedAt } : {}) });

describe('sightingDay', () => {
  it('uses the UTC day of a time with an offset and the written day otherwise', () => {
    expect(sightingDay({ observedAt: '2022-01-18T23:30:00-02:00' })).toBe('2022-01-19');
    expect(sightingDay({ observedAt: '2022-01-18T23:30:00' })).toBe('2022-01-18');
    expect(sightingDay({ observedAt: '2022-01-18' })).toBe('2022-01-18');
    expect(sightingDay({ postedAt: '2022-02-01T08:00:00Z' })).toBe('2022-02-01');
    expect(sightingDay({})).toBeUndefined();
  });

  it('gives the day Date.parse gives for every UTC time, month ends and leap days included', () => {
    const reference = (iso: string) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
    };
    const years = ['2022', '2024', '1900', '2000'];
    const months = ['01', '02', '04', '12', '13'];
    const days = ['00', '01', '28', '29', '30', '31'];
    const times = ['00:00', '09:30:00', '23:59:59.999', '24:00:00', '23:59:60', '12:60'];
    for (const year of years)
      for (const month of months)
        for (const day of days)
          for (const time of times) {
            for (const zone of ['Z', 'z', '+03:00', '-02:00']) {
              const iso = `${year}-${month}-${day}T${time}${zone}`;
              expect(sightingDay({ observedAt: iso }), iso).toBe(reference(iso));
            }
          }
  });
});

const idsNear = (sightings: DuplicateCandidate[], target: DuplicateCandidate) => likelyDuplicatesOf(sightings, target).duplicates.map((d) => d.id);

describe('likelyDuplicatesOf', () => {
  it('finds a sighting 1.1 km away on the same day, with its distance, from either side', () => {
    const a = at('a', 29.2, 51.8, '2022-01-18');
    const b = at('b', 29.2, 51.81, '2022-01-18T10:00:00Z');
    const { duplicates, more } = likelyDuplicatesOf([a, b], a);
    expect(more).toBe(0);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.id).toBe('b');
    expect(duplicates[0]!.distanceKm).toBeCloseTo(0.01 * KM_PER_DEG_LAT, 6);
    expect(idsNear([a, b], b)).toEqual(['a']);
  });

  it('does not list sightings 2.2 km apart, on different days, or without a date', () => {
    const a = at('a', 29.2, 51.8, '2022-01-18');
    expect(idsNear([a, at('b', 29.2, 51.82, '2022-01-18')], a)).toEqual([]);
    expect(idsNear([a, at('b', 29.2, 51.8, '2022-01-19')], a)).toEqual([]);
    const undated = at('u', 29.2, 51.8);
    expect(idsNear([a, undated, at('v', 29.2, 51.8)], undated)).toEqual([]);
    expect(idsNear([a, undated], a)).toEqual([]);
  });

  it('reaches 1.67 km east–west at 60° N, where a degree of longitude is half as long', () => {
    // 0.03° of longitude at 60° N is about 1.67 km.
    const west = at('w', 29.985, 60.0, '2022-01-18');
    expect(idsNear([west, at('e', 30.015, 60.0, '2022-01-18')], west)).toEqual(['e']);
    expect(idsNear([west, at('far', 30.03, 60.0, '2022-01-18')], west)).toEqual([]);
  });

  it('agrees with comparing every pair on 2,000 random sightings', () => {
    const random = mulberry32(7);
    const sightings: DuplicateCandidate[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = `2022-01-${String(10 + Math.floor(random() * 3)).padStart(2, '0')}`;
      sightings.push(at(`s${i}`, 29 + random() * 0.6, 51.5 + random() * 0.4, day));
    }
    const expected = new Set<string>();
    for (const a of sightings) {
      for (const b of sightings) {
        if (a === b || a.observedAt !== b.observedAt) continue;
        // Equirectangular distance is within 0.1 % of the great circle at these ranges.
        const dx = (b.lon - a.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180) * KM_PER_DEG_LAT;
        const dy = (b.lat - a.lat) * KM_PER_DEG_LAT;
        const d = Math.hypot(dx, dy);
        if (d < 1.995) expected.add(`${a.id}|${b.id}`);
        else if (d <= 2.005) expected.add(`?${a.id}|${b.id}`);
      }
    }
    const found = new Set(sightings.flatMap((a) => likelyDuplicatesOf(sightings, a, { limit: Infinity }).duplicates.map((d) => `${a.id}|${d.id}`)));
    const certain = [...expected].filter((key) => !key.startsWith('?'));
    expect(certain.length).toBeGreaterThan(60);
    for (const key of certain) expect(found.has(key), key).toBe(true);
    for (const key of found) expect(expected.has(key) || expected.has(`?${key}`), key).toBe(true);
  });

  it('lists the nearest first, at most `limit` of them, and counts the rest', () => {
    const target = at('t', 29.2, 51.8, '2022-01-18');
    const pile = Array.from({ length: 10 }, (_, i) => at(`p${i}`, 29.2, 51.8 + (10 - i) * 0.001, '2022-01-18'));
    const result = likelyDuplicatesOf([...pile, target], target, { limit: 3 });
    expect(result.duplicates.map((d) => d.id)).toEqual(['p9', 'p8', 'p7']);
    expect(result.more).toBe(7);
    expect(likelyDuplicatesOf([...pile, target], target).duplicates).toHaveLength(10);
  });
});
