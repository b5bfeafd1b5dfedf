import { describe, expect, it } from 'vitest';
import type { Sighting } from '../sighting/sighting-schema';
import type { WorkspaceSighting } from '../workspace/workspace-sighting';
import { countInBounds, createSightingFilter, positionsInBounds, sightingCoordinates, sightingStatuses, filterPositions, filterSightings, sightingsAt, sightingTimes, type FilterContext } from './filter-sightings';
import { EMPTY_FILTERS, type FilterState } from './filter-state';

function createSighting(id: string, overrides: Partial<Sighting> = {}): Sighting {
  return {
    id,
    lon: 29.25,
    lat: 52.05,
    hashtags: [],
    equipment: [],
    militaryEchelon: true,
    status: 'unverified',
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
    ...overrides,
  };
}

function filters(overrides: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTERS, ...overrides };
}

function ids(sightings: readonly Sighting[], state: Partial<FilterState>, context?: FilterContext): string[] {
  return filterSightings(sightings, filters(state), context).map((s) => s.id);
}

const annotation = (overrides: object = {}) => ({ pinned: false, note: '', tags: [], ...overrides });

describe('createSightingFilter', () => {
  it('keeps everything with no filter set', () => {
    const all = [createSighting('a'), createSighting('b')];
    expect(filterSightings(all, EMPTY_FILTERS)).toBe(all);
  });

  describe('date range', () => {
    const all = [
      createSighting('before', { observedAt: '2022-01-17T23:59:59Z' }),
      createSighting('first-day', { observedAt: '2022-01-18T00:00:00Z' }),
      createSighting('offset', { observedAt: '2022-01-21T01:00:00+03:00' }),
      createSighting('posted-only', { postedAt: '2022-01-19' }),
      createSighting('last-moment', { observedAt: '2022-01-20T23:59:59.999Z' }),
      createSighting('after', { observedAt: '2022-01-21T00:00:00Z' }),
      createSighting('undated'),
    ];

    it('keeps whole UTC days, inclusive, using observedAt else postedAt', () => {
      expect(ids(all, { from: '2022-01-18', to: '2022-01-20' })).toEqual(['first-day', 'offset', 'posted-only', 'last-moment']);
    });

    it('drops undated sightings only while a date filter is set', () => {
      expect(ids(all, { from: '2022-01-21' })).toEqual(['after']);
      expect(ids(all, { to: '2022-01-17' })).toEqual(['before']);
      expect(ids(all, { kinds: [] })).toContain('undated');
    });

    it('ignores a date that is not a day', () => {
      expect(ids(all, { from: '2022-02-30' })).toHaveLength(all.length);
    });
  });

  it('matches any selected equipment kind, platform and feed', () => {
    const all = [
      createSighting('tank', { equipment: [{ kind: 'truck' }, { kind: 'tank' }], platform: 'tiktok' }),
      createSighting('fuel', { equipment: [{ kind: 'fuel' }], platform: 'vk' }),
      createSighting('none', { platform: 'telegram' }),
    ];
    expect(ids(all, { kinds: ['tank', 'fuel'] })).toEqual(['tank', 'fuel']);
    expect(ids(all, { platforms: ['telegram', 'vk'] })).toEqual(['fuel', 'none']);
    const feedIdsById = new Map([
      ['tank', ['sample']],
      ['fuel', ['f-2', 'local']],
    ]);
    expect(ids(all, { feeds: ['local'] }, { feedIdsById })).toEqual(['fuel']);
    expect(ids(all, { feeds: ['local'] })).toEqual([]);
  });

  it("filters by the effective status: the analyst's when set, else the feed's", () => {
    const all = [
      createSighting('feed-disputed', { status: 'disputed' }),
      createSighting('analyst-unverifiable', { status: 'disputed' }),
      createSighting('confirmed', { status: 'confirmed' }),
    ];
    const annotationsById = new Map([['analyst-unverifiable', annotation({ status: 'unverifiable' })]]);
    expect(ids(all, { statuses: ['disputed'] }, { annotationsById })).toEqual(['feed-disputed']);
    expect(ids(all, { statuses: ['unverifiable', 'confirmed'] }, { annotationsById })).toEqual(['analyst-unverifiable', 'confirmed']);
  });

  it('reads the annotation carried by a WorkspaceSighting when no map is given', () => {
    const workspace: WorkspaceSighting = {
      ...createSighting('w', { status: 'geolocated' }),
      status: 'unverifiable',
      feedStatus: 'geolocated',
      annotation: { sightingId: 'w', pinned: true, note: 'Seen at Kalinkovichi', tags: [], status: 'unverifiable' },
    };
    const all = [workspace, createSighting('plain')];
    expect(filterSightings(all, filters({ pinnedOnly: true, statuses: ['unverifiable'], text: 'калинковичи' })).map((s) => s.id)).toEqual(['w']);
  });

  it('keeps pinned, or annotated, sightings only', () => {
    const all = [createSighting('pinned'), createSighting('noted'), createSighting('cleared'), createSighting('plain')];
    const annotationsById = new Map([
      ['pinned', annotation({ pinned: true })],
      ['noted', annotation({ tags: ['echelon-7'] })],
      ['cleared', annotation({ note: '   ' })],
    ]);
    expect(ids(all, { pinnedOnly: true }, { annotationsById })).toEqual(['pinned']);
    expect(ids(all, { annotatedOnly: true }, { annotationsById })).toEqual(['pinned', 'noted']);
  });

  it('uses the border metrics for distance and off-rail; unmeasured sightings fail both', () => {
    const all = [createSighting('near'), createSighting('edge'), createSighting('far'), createSighting('unmeasured')];
    const metricsById = new Map([
      ['near', { distanceKm: 10, offRail: true }],
      ['edge', { distanceKm: 40 * 1.609344, offRail: false }],
      ['far', { distanceKm: 300, offRail: true }],
    ]);
    expect(ids(all, { distance: { maxKm: 40 * 1.609344 } }, { metricsById })).toEqual(['near', 'edge']);
    expect(ids(all, { offRailOnly: true }, { metricsById })).toEqual(['near', 'far']);
    expect(ids(all, { distance: { maxKm: 0 } }, { metricsById })).toHaveLength(4);
  });

  it('searches caption, hashtags, place, note and tags, all words required', () => {
    const all = [
      createSighting('caption', { caption: 'Эшелон с ТАНКАМИ на станции' }),
      createSighting('hashtag', { hashtags: ['военныйэшелон', 'танки'] }),
      createSighting('place', { place: 'Yelsk, Homel region' }),
      createSighting('note'),
      createSighting('tag'),
    ];
    const annotationsById = new Map([
      ['note', annotation({ note: 'Same train as in Ельск' })],
      ['tag', annotation({ tags: ['Эшелон-7'] })],
    ]);
    expect(ids(all, { text: 'танк' }, { annotationsById })).toEqual(['caption', 'hashtag']);
    expect(ids(all, { text: '#Ельск' }, { annotationsById })).toEqual(['place', 'note']);
    expect(ids(all, { text: 'эшелон' }, { annotationsById })).toEqual(['caption', 'hashtag', 'tag']);
    expect(ids(all, { text: 'эшелон танк' }, { annotationsById })).toEqual(['caption', 'hashtag']);
    expect(ids(all, { text: 'эшелон танки' }, { annotationsById })).toEqual(['hashtag']);
    expect(ids(all, { text: 'javascript:alert(1)' }, { annotationsById })).toEqual([]);
  });

  it('sees a changed note: the annotation key follows the annotation object', () => {
    const all = [createSighting('a')];
    const state = filters({ text: 'hospital' });
    expect(ids(all, state, { annotationsById: new Map([['a', annotation({ note: 'fuel' })]]) })).toEqual([]);
    expect(ids(all, state, { annotationsById: new Map([['a', annotation({ note: 'field hospital' })]]) })).toEqual(['a']);
  });

  it('requires every condition at once', () => {
    const all = [
      createSighting('both', { platform: 'vk', equipment: [{ kind: 'medical' }] }),
      createSighting('vk-only', { platform: 'vk' }),
      createSighting('medical-only', { equipment: [{ kind: 'medical' }] }),
    ];
    const keep = createSightingFilter(filters({ platforms: ['vk'], kinds: ['medical'] }));
    expect(all.filter(keep).map((s) => s.id)).toEqual(['both']);
  });
});

describe('filterPositions', () => {
  const all = [
    createSighting('old-tank', { observedAt: '2022-01-10T08:00:00Z', equipment: [{ kind: 'tank' }], status: 'confirmed' }),
    createSighting('undated-apc', { equipment: [{ kind: 'apc-ifv' }] }),
    createSighting('mid-tank', { postedAt: '2022-01-19', equipment: [{ kind: 'tank' }], platform: 'tiktok' }),
    createSighting('late-fuel', { observedAt: '2022-01-25T23:59:59Z', equipment: [{ kind: 'fuel' }], status: 'confirmed' }),
    createSighting('late-tank', { observedAt: '2022-01-26T00:00:00Z', equipment: [{ kind: 'tank' }], caption: 'Эшелон у Мозыря' }),
  ] as Sighting[];
  const timesMs = sightingTimes(all);
  // A shuffled order, as a sort would give: filtering must keep it.
  const order = Uint32Array.from([4, 0, 3, 1, 2]);

  it('keeps exactly what filterSightings keeps, in the order given, for every kind of condition', () => {
    const states: Partial<FilterState>[] = [
      { from: '2022-01-19' },
      { to: '2022-01-25', kinds: ['tank'] },
      { from: '2022-01-11', to: '2022-01-26', statuses: ['confirmed'] },
      { platforms: ['tiktok'] },
      { text: 'мозырь' },
      { from: '2022-03-01' },
    ];
    for (const state of states) {
      const expected = new Set(ids(all, state));
      const kept = sightingsAt(all, filterPositions(all, order, filters(state), timesMs)).map((s) => s.id);
      expect(kept).toEqual(sightingsAt(all, order).map((s) => s.id).filter((id) => expected.has(id)));
    }
  });

  it('reads statuses from the array it is given, and agrees with the sightings’ own when they match', () => {
    const confirmed = filters({ statuses: ['confirmed'] });
    const given = ['unverified', 'unverified', 'confirmed', 'unverified', 'unverified'];
    expect([...filterPositions(all, order, confirmed, timesMs, { statuses: given })]).toEqual([2]);
    expect(filterPositions(all, order, confirmed, timesMs, { statuses: sightingStatuses(all) })).toEqual(filterPositions(all, order, confirmed, timesMs));
  });

  it('gives the same positions back when everything passes', () => {
    expect(filterPositions(all, order, EMPTY_FILTERS, timesMs)).toBe(order);
  });

  it('reads dates from the times it is given, in the order of the sightings', () => {
    expect(Number.isNaN(timesMs[1]!)).toBe(true);
    expect(timesMs[2]).toBe(Date.UTC(2022, 0, 19));
  });
});

describe('countInBounds and positionsInBounds', () => {
  const coordinates = sightingCoordinates([
    { lon: 29, lat: 52 },
    { lon: 31.5, lat: 52 },
    { lon: 29, lat: 55 },
    { lon: 179.5, lat: 0 },
    { lon: -179.5, lat: 0 },
  ]);
  const every = Uint32Array.from([0, 1, 2, 3, 4]);

  it('counts points inside the view, edges included', () => {
    expect(countInBounds(coordinates, every, [28, 51, 31.5, 53])).toBe(2);
    expect(countInBounds(coordinates, every, [29.5, 51, 31, 53])).toBe(0);
  });

  it('handles views across the antimeridian, in either notation', () => {
    expect(countInBounds(coordinates, every, [179, -1, -179, 1])).toBe(2);
    expect(countInBounds(coordinates, every, [179, -1, 181, 1])).toBe(2);
    expect(countInBounds(coordinates, every, [-200, -90, 200, 90])).toBe(5);
  });

  it('looks only at the positions given, and keeps their order', () => {
    const some = Uint32Array.from([4, 1, 0]);
    expect(countInBounds(coordinates, some, [28, 51, 31.5, 53])).toBe(2);
    expect([...positionsInBounds(coordinates, some, [28, 51, 31.5, 53])]).toEqual([1, 0]);
    expect([...positionsInBounds(coordinates, some, [179, -1, -179, 1])]).toEqual([4]);
  });

  it('gives the same answer for a few positions as for many (read one by one, or through one pass over all)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points = Array.from({ length: 400 }, () => ({ lon: 20 + random() * 20, lat: 45 + random() * 12 }));
    const many = sightingCoordinates(points);
    const bounds: [number, number, number, number] = [25, 48, 33, 53];
    const inside = (at: number) => points[at]!.lon >= 25 && points[at]!.lon <= 33 && points[at]!.lat >= 48 && points[at]!.lat <= 53;
    for (const size of [3, 40, 60, 400]) {
      const positions = Uint32Array.from({ length: size }, () => Math.floor(random() * points.length));
      const expected = [...positions].filter(inside);
      expect(countInBounds(many, positions, bounds)).toBe(expected.length);
      expect([...positionsInBounds(many, positions, bounds)]).toEqual(expected);
    }
  });
});
