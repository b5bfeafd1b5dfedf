import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../domain/explore/filter-state';
import { listNeedsMetrics, metricsForList } from './list-metrics';

describe('listNeedsMetrics', () => {
  it('is false for date sorts without distance or rail filters', () => {
    expect(listNeedsMetrics(EMPTY_FILTERS, 'date-desc')).toBe(false);
    expect(listNeedsMetrics(EMPTY_FILTERS, 'status')).toBe(false);
  });

  it('is true for a distance filter, the off-rail filter or the distance sort', () => {
    expect(listNeedsMetrics({ ...EMPTY_FILTERS, distance: { maxKm: 25 } }, 'date-desc')).toBe(true);
    expect(listNeedsMetrics({ ...EMPTY_FILTERS, offRailOnly: true }, 'date-desc')).toBe(true);
    expect(listNeedsMetrics(EMPTY_FILTERS, 'distance-asc')).toBe(true);
  });

  it('ignores a distance that cannot filter', () => {
    expect(listNeedsMetrics({ ...EMPTY_FILTERS, distance: { maxKm: 0 } }, 'date-asc')).toBe(false);
  });
});

describe('metricsForList', () => {
  const metrics = new Map([
    ['a', { distanceKm: 12.5, rail: { offRail: true } }],
    ['b', { distanceKm: 80, rail: null }],
  ]);

  it('gives nothing when the list does not need metrics, the same empty map each time', () => {
    const first = metricsForList(metrics, false);
    expect(first.size).toBe(0);
    expect(metricsForList(metrics, false)).toBe(first);
  });

  it('flattens distance and the rail verdict; no rail layer means on the network', () => {
    const out = metricsForList(metrics, true);
    expect(out.get('a')).toEqual({ distanceKm: 12.5, offRail: true });
    expect(out.get('b')).toEqual({ distanceKm: 80, offRail: false });
  });
});
