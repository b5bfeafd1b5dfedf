import { describe, expect, it } from 'vitest';
import type { ExploreSighting } from './explore-sighting';
import { sightingTimes } from './filter-sightings';
import { sortedPositions, sortSightings } from './sort-sightings';

function createSighting(id: string, overrides: Partial<ExploreSighting> = {}): ExploreSighting {
  return { id, lon: 29, lat: 52, hashtags: [], equipment: [], status: 'unverified', ...overrides };
}

const ids = (list: readonly ExploreSighting[]) => list.map((s) => s.id);

describe('sortSightings', () => {
  const dated = [
    createSighting('mid', { observedAt: '2022-01-19T08:00:00Z' }),
    createSighting('undated'),
    createSighting('late-by-offset', { observedAt: '2022-01-20T02:00:00+03:00' }),
    createSighting('early', { postedAt: '2022-01-18' }),
    createSighting('late', { observedAt: '2022-01-20T00:00:00Z' }),
  ];

  it('orders by date, newest or oldest first, undated last either way', () => {
    expect(ids(sortSightings(dated, 'date-desc'))).toEqual(['late', 'late-by-offset', 'mid', 'early', 'undated']);
    expect(ids(sortSightings(dated, 'date-asc'))).toEqual(['early', 'mid', 'late-by-offset', 'late', 'undated']);
  });

  it('gives the same order as positions, with or without the dates read beforehand', () => {
    for (const sort of ['date-desc', 'date-asc', 'status'] as const) {
      const expected = ids(sortSightings(dated, sort));
      expect(Array.from(sortedPositions(dated, sort), (i) => dated[i]!.id)).toEqual(expected);
      expect(Array.from(sortedPositions(dated, sort, {}, sightingTimes(dated)), (i) => dated[i]!.id)).toEqual(expected);
    }
  });

  it('returns a new array and leaves the input alone', () => {
    const before = ids(dated);
    const sorted = sortSightings(dated, 'date-asc');
    expect(sorted).not.toBe(dated);
    expect(ids(dated)).toEqual(before);
  });

  it('orders by distance to the border, unmeasured last, ties newest first', () => {
    const all = [
      createSighting('far', { observedAt: '2022-01-20' }),
      createSighting('unmeasured', { observedAt: '2022-01-25' }),
      createSighting('near-old', { observedAt: '2022-01-18' }),
      createSighting('near-new', { observedAt: '2022-01-19' }),
    ];
    const metricsById = new Map([
      ['far', { distanceKm: 120 }],
      ['near-old', { distanceKm: 12 }],
      ['near-new', { distanceKm: 12 }],
    ]);
    expect(ids(sortSightings(all, 'distance-asc', { metricsById }))).toEqual(['near-new', 'near-old', 'far', 'unmeasured']);
  });

  it("orders by the effective status's severity, unknown statuses last", () => {
    const all = [
      createSighting('disinfo', { status: 'disinformation' }),
      createSighting('odd', { status: 'retracted' }),
      createSighting('analyst-unverifiable', { status: 'confirmed' }),
      createSighting('disputed', { status: 'disputed' }),
      createSighting('unverified'),
      createSighting('geolocated', { status: 'geolocated' }),
      createSighting('confirmed', { status: 'confirmed' }),
    ];
    const annotationsById = new Map([['analyst-unverifiable', { status: 'unverifiable' }]]);
    expect(ids(sortSightings(all, 'status', { annotationsById }))).toEqual([
      'confirmed',
      'geolocated',
      'unverified',
      'analyst-unverifiable',
      'disputed',
      'disinfo',
      'odd',
    ]);
  });

  it('keeps the incoming order of full ties', () => {
    const all = ['c', 'a', 'b'].map((id) => createSighting(id, { status: 'disputed' }));
    expect(ids(sortSightings(all, 'status'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortSightings(all, 'date-desc'))).toEqual(['c', 'a', 'b']);
  });
});
