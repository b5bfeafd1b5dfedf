import { describe, expect, it } from 'vitest';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { GeoMetrics } from '../../workers/geo-protocol';
import { BAND_KM, distanceLimitKm, filterAndSort, metricsForList, sortSightings, withinDistance, type MetricsById } from './filter-and-sort';

function createSighting(id: string, overrides: Partial<Sighting> = {}): Sighting {
  return {
    id,
    lon: 28,
    lat: 52,
    hashtags: [],
    equipment: [],
    militaryEchelon: false,
    status: 'unverified',
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
    ...overrides,
  };
}

function createMetrics(distanceKm: number): GeoMetrics {
  return { distanceKm, distanceMi: distanceKm / 1.609344, nearest: [28, 51.5], bearingDeg: 180, side: 'belarus', rail: null };
}

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('distanceLimitKm', () => {
  it('maps each preset to its distance, with 40 miles as 64.37376 km', () => {
    expect(distanceLimitKm('any', 50)).toBeNull();
    expect(distanceLimitKm('within-25km', 50)).toBe(25);
    expect(distanceLimitKm('within-40mi', 50)).toBeCloseTo(64.37376, 10);
    expect(distanceLimitKm('within-100km', 50)).toBe(100);
    expect(distanceLimitKm('custom', 12.5)).toBe(12.5);
    expect(BAND_KM).toBeCloseTo(64.37376, 10);
  });

  it('treats an unusable custom distance as no limit rather than hiding everything', () => {
    expect(distanceLimitKm('custom', 0)).toBeNull();
    expect(distanceLimitKm('custom', Number.NaN)).toBeNull();
  });
});

describe('withinDistance', () => {
  const metrics: MetricsById = new Map([
    ['near', createMetrics(24.9)],
    ['edge', createMetrics(25)],
    ['far', createMetrics(25.1)],
  ]);

  it('keeps sightings up to and including the limit', () => {
    const keep = withinDistance(25, metrics)!;
    expect(['near', 'edge', 'far', 'unmeasured'].filter((id) => keep(createSighting(id)))).toEqual(['near', 'edge']);
  });

  it('is no predicate at all for any distance', () => {
    expect(withinDistance(null, metrics)).toBeNull();
  });
});

describe('sortSightings', () => {
  const list = [
    createSighting('jan-10', { observedAt: '2022-01-10', status: 'disputed' }),
    createSighting('undated', { status: 'confirmed' }),
    createSighting('feb-01', { observedAt: '2022-02-01T08:00:00Z', status: 'confirmed' }),
    createSighting('posted-jan-20', { postedAt: '2022-01-20', status: 'unverified' }),
  ];
  const metrics: MetricsById = new Map([
    ['jan-10', createMetrics(80)],
    ['feb-01', createMetrics(12)],
    ['posted-jan-20', createMetrics(12)],
  ]);

  it('puts the newest first by default, falling back to the posting date, undated last', () => {
    expect(ids(sortSightings(list, 'date-desc', metrics))).toEqual(['feb-01', 'posted-jan-20', 'jan-10', 'undated']);
  });

  it('puts the oldest first on request, undated still last', () => {
    expect(ids(sortSightings(list, 'date-asc', metrics))).toEqual(['jan-10', 'posted-jan-20', 'feb-01', 'undated']);
  });

  it('puts the nearest to the border first, ties newest first, unmeasured last', () => {
    expect(ids(sortSightings(list, 'distance-asc', metrics))).toEqual(['feb-01', 'posted-jan-20', 'jan-10', 'undated']);
  });

  it('orders by status from confirmed to disinformation, ties newest first', () => {
    expect(ids(sortSightings(list, 'status', metrics))).toEqual(['feb-01', 'undated', 'posted-jan-20', 'jan-10']);
  });

  it("ranks the analyst's 'unverifiable' after unverified and an unknown status last", () => {
    const statuses = [
      { id: 'odd', status: 'something-new' },
      { id: 'disinformation', status: 'disinformation' },
      { id: 'unverifiable', status: 'unverifiable' },
      { id: 'unverified', status: 'unverified' },
    ];
    expect(ids(sortSightings(statuses, 'status', metrics))).toEqual(['unverified', 'unverifiable', 'disinformation', 'odd']);
  });

  it('returns a new array and leaves the input order alone', () => {
    const before = ids(list);
    expect(sortSightings(list, 'date-asc', metrics)).not.toBe(list);
    expect(ids(list)).toEqual(before);
  });
});

describe('filterAndSort', () => {
  const list = [
    createSighting('a', { observedAt: '2022-01-01' }),
    createSighting('b', { observedAt: '2022-01-03', status: 'confirmed' }),
    createSighting('c', { observedAt: '2022-01-02' }),
  ];
  const metrics: MetricsById = new Map([
    ['a', createMetrics(10)],
    ['b', createMetrics(70)],
    ['c', createMetrics(30)],
  ]);

  it('filters by distance and then sorts', () => {
    expect(ids(filterAndSort(list, metrics, { limitKm: 64.37376 }, 'date-desc'))).toEqual(['c', 'a']);
    expect(ids(filterAndSort(list, metrics, { limitKm: null }, 'distance-asc'))).toEqual(['a', 'c', 'b']);
  });

  it('composes with predicates from other filters: all must hold', () => {
    const confirmedOnly = (s: Sighting) => s.status === 'confirmed';
    expect(ids(filterAndSort(list, metrics, { limitKm: null, predicates: [confirmedOnly] }, 'date-desc'))).toEqual(['b']);
    expect(filterAndSort(list, metrics, { limitKm: 50, predicates: [confirmedOnly] }, 'date-desc')).toEqual([]);
  });
});

describe('metricsForList', () => {
  const metrics: MetricsById = new Map([['a', createMetrics(10)]]);

  it('passes the metrics on only when the list filters or sorts by distance', () => {
    expect(metricsForList(metrics, 25, 'date-desc')).toBe(metrics);
    expect(metricsForList(metrics, null, 'distance-asc')).toBe(metrics);
    expect(metricsForList(metrics, null, 'date-desc').size).toBe(0);
  });

  it('gives the same empty map every time, so the list keeps its identity', () => {
    expect(metricsForList(metrics, null, 'status')).toBe(metricsForList(new Map(), null, 'date-asc'));
  });
});
