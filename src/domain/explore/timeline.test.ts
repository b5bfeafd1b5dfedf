import { describe, expect, it } from 'vitest';
import { sightingStatuses, sightingTimes } from './filter-sightings';
import type { ExploreSighting } from './explore-sighting';
import { binByDay, MAX_TIMELINE_DAYS, nextWindow, primaryKind, windowAt, windowSteps } from './timeline';

function createSighting(id: string, overrides: Partial<ExploreSighting> = {}): ExploreSighting {
  return { id, lon: 29, lat: 52, hashtags: [], equipment: [], status: 'unverified', ...overrides };
}

describe('binByDay', () => {
  const all = [
    createSighting('a', { observedAt: '2022-01-18T10:00:00Z', status: 'confirmed', equipment: [{ kind: 'truck' }, { kind: 'tank' }] }),
    createSighting('b', { observedAt: '2022-01-18T23:30:00-02:00', status: 'disputed' }),
    createSighting('c', { postedAt: '2022-01-20', status: 'confirmed', equipment: [{ kind: 'fuel' }] }),
    createSighting('d', { observedAt: '2022-01-20T05:00:00Z', status: 'confirmed', equipment: [{ kind: 'tank' }] }),
    createSighting('undated', { status: 'disputed' }),
  ];

  it('counts per UTC day from the first to the last dated sighting, stacked by status', () => {
    expect(binByDay(all, 'status')).toEqual({
      days: ['2022-01-18', '2022-01-19', '2022-01-20'],
      series: [
        { key: 'confirmed', counts: [1, 0, 2] },
        { key: 'disputed', counts: [0, 1, 0] },
      ],
      max: 2,
      total: 4,
      undated: 1,
      outside: 0,
    });
  });

  it('stacks by the statuses it is given when the caller has read them already', () => {
    const statuses = ['geolocated', 'geolocated', 'confirmed', 'disputed', 'confirmed'];
    const series = binByDay(all, 'status', undefined, { statuses }).series;
    expect(series).toHaveLength(3);
    expect(series).toContainEqual({ key: 'geolocated', counts: [1, 1, 0] });
    expect(series).toContainEqual({ key: 'confirmed', counts: [0, 0, 1] });
    expect(series).toContainEqual({ key: 'disputed', counts: [0, 0, 1] });
    expect(binByDay(all, 'status', undefined, { statuses: sightingStatuses(all) })).toEqual(binByDay(all, 'status'));
  });

  it('bins by the dates it is given when the caller has read them already', () => {
    const times = Float64Array.from(all, () => Number.NaN);
    times[0] = Date.UTC(2022, 0, 22, 12);
    times[3] = Date.UTC(2022, 0, 23);
    const bins = binByDay(all, 'status', undefined, { timesMs: times });
    expect(bins.days).toEqual(['2022-01-22', '2022-01-23']);
    expect(bins.series).toEqual([{ key: 'confirmed', counts: [1, 1] }]);
    expect(bins.undated).toBe(3);
  });

  it('bins only the sightings at the positions given, in any order, with their own dates and statuses', () => {
    const times = sightingTimes(all);
    const statuses = sightingStatuses(all);
    const positions = Uint32Array.from([4, 3, 0]);
    const picked = [all[4]!, all[3]!, all[0]!];
    expect(binByDay(all, 'status', undefined, { positions, timesMs: times, statuses })).toEqual(binByDay(picked, 'status'));
    expect(binByDay(all, 'equipment', undefined, { positions })).toEqual(binByDay(picked, 'equipment'));
    expect(binByDay(all, 'status', undefined, { positions }).undated).toBe(1);
    expect(binByDay(all, 'status', undefined, { positions: Uint32Array.from([4, 3, 2, 1, 0]), timesMs: times, statuses })).toEqual(binByDay(all, 'status'));
  });

  it("stacks by the analyst's status when one is set", () => {
    const bins = binByDay(all, 'status', undefined, { annotationsById: new Map([['c', { status: 'unverifiable' }]]) });
    expect(bins.series).toEqual([
      { key: 'confirmed', counts: [1, 0, 1] },
      { key: 'unverifiable', counts: [0, 0, 1] },
      { key: 'disputed', counts: [0, 1, 0] },
    ]);
  });

  it('stacks each sighting once, under its first kind in the fixed kind order', () => {
    expect(binByDay(all, 'equipment').series).toEqual([
      { key: 'tank', counts: [1, 0, 1] },
      { key: 'fuel', counts: [0, 0, 1] },
      { key: 'none', counts: [0, 1, 0] },
    ]);
    expect(primaryKind([{ kind: 'medical' }, { kind: 'mystery' }, { kind: 'fuel' }])).toBe('fuel');
    expect(primaryKind([{ kind: 'mystery' }])).toBe('other');
  });

  it('uses a given range, empty days included, and counts what falls outside', () => {
    const bins = binByDay(all, 'status', { from: '2022-01-19', to: '2022-01-22' });
    expect(bins.days).toEqual(['2022-01-19', '2022-01-20', '2022-01-21', '2022-01-22']);
    expect(bins.series).toEqual([
      { key: 'confirmed', counts: [0, 2, 0, 0] },
      { key: 'disputed', counts: [1, 0, 0, 0] },
    ]);
    expect([bins.total, bins.outside, bins.undated, bins.max]).toEqual([3, 1, 1, 2]);
  });

  it('is empty when nothing is dated', () => {
    expect(binByDay([createSighting('x')], 'status')).toEqual({ days: [], series: [], max: 0, total: 0, undated: 1, outside: 0 });
  });

  it('keeps the latest days when a stray date would make the range huge', () => {
    const bins = binByDay([createSighting('old', { observedAt: '1900-01-01' }), createSighting('new', { observedAt: '2022-01-18' })], 'status');
    expect(bins.days).toHaveLength(MAX_TIMELINE_DAYS);
    expect(bins.days.at(-1)).toBe('2022-01-18');
    expect([bins.total, bins.outside]).toEqual([1, 1]);
  });
});

describe('play window', () => {
  it('moves a fixed-width window from the start', () => {
    expect(windowAt('2022-01-30', 7, 0)).toEqual({ from: '2022-01-30', to: '2022-02-05' });
    expect(windowAt('2022-01-30', 7, 3)).toEqual({ from: '2022-02-02', to: '2022-02-08' });
    expect(windowAt('2022-01-30', 7, 2, 7)).toEqual({ from: '2022-02-13', to: '2022-02-19' });
    expect(windowAt('2022-01-30', 0, 1)).toBeUndefined();
    expect(windowAt('bad', 3, 1)).toBeUndefined();
  });

  it('counts the windows of a play-through, the last one reaching the end', () => {
    const bounds = { from: '2022-01-01', to: '2022-01-10' };
    expect(windowSteps(bounds, 3)).toBe(8);
    expect(windowAt(bounds.from, 3, 7)).toEqual({ from: '2022-01-08', to: '2022-01-10' });
    expect(windowSteps(bounds, 3, 4)).toBe(3);
    expect(windowSteps(bounds, 30)).toBe(1);
    expect(windowSteps({ from: '2022-01-10', to: '2022-01-01' }, 3)).toBe(0);
  });

  it('gives the next window until the end is reached', () => {
    const bounds = { from: '2022-01-01', to: '2022-01-10' };
    expect(nextWindow({ from: '2022-01-01', to: '2022-01-03' }, bounds)).toEqual({ from: '2022-01-02', to: '2022-01-04' });
    expect(nextWindow({ from: '2022-01-07', to: '2022-01-09' }, bounds, 2)).toEqual({ from: '2022-01-09', to: '2022-01-11' });
    expect(nextWindow({ from: '2022-01-08', to: '2022-01-10' }, bounds)).toBeUndefined();
  });
});
