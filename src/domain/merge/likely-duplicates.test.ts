import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { duplicatesById, findLikelyDuplicates, sightingDay, type DuplicateCandidate } from './likely-duplicates';

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

describe('findLikelyDuplicates', () => {
  it('pairs two sightings 1.1 km apart on the same day, with their distance', () => {
    const { pairs, truncated } = findLikelyDuplicates([at('a', 29.2, 51.8, '2022-01-18'), at('b', 29.2, 51.81, '2022-01-18T10:00:00Z')]);
    expect(truncated).toBe(false);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b' });
    expect(pairs[0]!.distanceKm).toBeCloseTo(0.01 * KM_PER_DEG_LAT, 6);
  });

  it('does not pair sightings 2.2 km apart, on different days, or without a date', () => {
    expect(findLikelyDuplicates([at('a', 29.2, 51.8, '2022-01-18'), at('b', 29.2, 51.82, '2022-01-18')]).pairs).toEqual([]);
    expect(findLikelyDuplicates([at('a', 29.2, 51.8, '2022-01-18'), at('b', 29.2, 51.8, '2022-01-19')]).pairs).toEqual([]);
    expect(findLikelyDuplicates([at('a', 29.2, 51.8), at('b', 29.2, 51.8)]).pairs).toEqual([]);
  });

  it('finds pairs that straddle grid cells, east–west at 60° N too', () => {
    // 0.03° of longitude at 60° N is about 1.67 km.
    const east = findLikelyDuplicates([at('w', 29.985, 60.0, '2022-01-18'), at('e', 30.015, 60.0, '2022-01-18')]);
    expect(east.pairs.map((p) => [p.a, p.b])).toEqual([['w', 'e']]);
    const north = findLikelyDuplicates([at('s', 30, 51.9999, '2022-01-18'), at('n', 30, 52.0001, '2022-01-18')]);
    expect(north.pairs).toHaveLength(1);
  });

  it('agrees with comparing every pair on 2,000 random sightings', () => {
    const random = mulberry32(7);
    const sightings: DuplicateCandidate[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = `2022-01-${String(10 + Math.floor(random() * 3)).padStart(2, '0')}`;
      sightings.push(at(`s${i}`, 29 + random() * 0.6, 51.5 + random() * 0.4, day));
    }
    const expected = new Set<string>();
    for (let i = 0; i < sightings.length; i++) {
      for (let j = i + 1; j < sightings.length; j++) {
        const a = sightings[i]!;
        const b = sightings[j]!;
        if (a.observedAt !== b.observedAt) continue;
        // Equirectangular distance is within 0.1 % of the great circle at these ranges.
        const dx = (b.lon - a.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180) * KM_PER_DEG_LAT;
        const dy = (b.lat - a.lat) * KM_PER_DEG_LAT;
        const d = Math.hypot(dx, dy);
        if (d < 1.995) expected.add(`${a.id}|${b.id}`);
        else if (d <= 2.005) expected.add(`?${a.id}|${b.id}`);
      }
    }
    const found = new Set(findLikelyDuplicates(sightings).pairs.map((p) => `${p.a}|${p.b}`));
    const certain = [...expected].filter((key) => !key.startsWith('?'));
    expect(certain.length).toBeGreaterThan(30);
    for (const key of certain) expect(found.has(key), key).toBe(true);
    for (const key of found) expect(expected.has(key) || expected.has(`?${key}`), key).toBe(true);
  });

  it('stops at maxPairs and says so', () => {
    const pile = Array.from({ length: 10 }, (_, i) => at(`p${i}`, 29.2, 51.8, '2022-01-18'));
    const result = findLikelyDuplicates(pile, { maxPairs: 5 });
    expect(result.pairs).toHaveLength(5);
    expect(result.truncated).toBe(true);
    expect(findLikelyDuplicates(pile).pairs).toHaveLength(45);
  });

  it('handles 100,000 sightings over the region in about a second at worst', () => {
    const random = mulberry32(11);
    const sightings: DuplicateCandidate[] = [];
    for (let i = 0; i < 100_000; i++) {
      sightings.push(at(`s${i}`, 23 + random() * 10, 50 + random() * 5, `2022-01-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`));
    }
    const started = performance.now();
    const { pairs, truncated } = findLikelyDuplicates(sightings);
    const elapsed = performance.now() - started;
    expect(truncated).toBe(false);
    expect(pairs.length).toBeGreaterThan(0);
    // Generous: the CI machine is shared; on an idle laptop this takes about 0.2 s.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('duplicatesById', () => {
  it('lists each side of a pair under the other, nearest first', () => {
    const byId = duplicatesById([
      { a: 'x', b: 'y', distanceKm: 1.5 },
      { a: 'x', b: 'z', distanceKm: 0.5 },
    ]);
    expect(byId.get('x')).toEqual([
      { id: 'z', distanceKm: 0.5 },
      { id: 'y', distanceKm: 1.5 },
    ]);
    expect(byId.get('y')).toEqual([{ id: 'x', distanceKm: 1.5 }]);
    expect(byId.get('z')).toEqual([{ id: 'x', distanceKm: 0.5 }]);
  });
});
