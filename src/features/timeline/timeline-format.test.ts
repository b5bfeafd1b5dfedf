import { describe, expect, it } from 'vitest';
import type { TimelineBins } from '../../domain/explore/timeline';
import { countBetween, dayIndexAt, formatDayRange, rangeIndices, tickEvery, timelineSummary } from './timeline-format';

function createBins(overrides: Partial<TimelineBins> = {}): TimelineBins {
  return {
    days: ['2022-01-18', '2022-01-19', '2022-01-20', '2022-01-21'],
    series: [
      { key: 'confirmed', counts: [1, 0, 2, 3] },
      { key: 'disputed', counts: [0, 4, 0, 1] },
    ],
    max: 4,
    total: 11,
    undated: 0,
    outside: 0,
    ...overrides,
  };
}

describe('formatDayRange', () => {
  it('names one day once', () => expect(formatDayRange('2022-01-18', '2022-01-18')).toBe('18 Jan 2022'));
  it('writes the year once within a year', () => expect(formatDayRange('2022-01-18', '2022-02-03')).toBe('18 Jan – 3 Feb 2022'));
  it('writes both years across a new year', () => expect(formatDayRange('2021-12-28', '2022-01-03')).toBe('28 Dec 2021 – 3 Jan 2022'));
});

describe('dayIndexAt', () => {
  it('maps a pixel to the bar under it', () => {
    expect(dayIndexAt(0, 400, 4)).toBe(0);
    expect(dayIndexAt(99.9, 400, 4)).toBe(0);
    expect(dayIndexAt(100, 400, 4)).toBe(1);
    expect(dayIndexAt(399, 400, 4)).toBe(3);
  });
  it('clamps pointers dragged past either edge', () => {
    expect(dayIndexAt(-50, 400, 4)).toBe(0);
    expect(dayIndexAt(900, 400, 4)).toBe(3);
  });
});

describe('rangeIndices', () => {
  const days = createBins().days;
  it('finds the bars of a range inside the days', () => expect(rangeIndices(days, { from: '2022-01-19', to: '2022-01-20' })).toEqual([1, 2]));
  it('runs an open or overhanging end to the edge', () => {
    expect(rangeIndices(days, { from: '2022-01-20' })).toEqual([2, 3]);
    expect(rangeIndices(days, { from: '2022-01-01', to: '2022-01-19' })).toEqual([0, 1]);
  });
  it('is undefined for a range outside the days or a reversed one', () => {
    expect(rangeIndices(days, { from: '2022-02-01', to: '2022-02-05' })).toBeUndefined();
    expect(rangeIndices(days, { from: '2022-01-21', to: '2022-01-19' })).toBeUndefined();
    expect(rangeIndices([], {})).toBeUndefined();
  });
});

describe('countBetween', () => {
  it('adds every series over the bars', () => expect(countBetween(createBins(), 1, 2)).toBe(6));
});

describe('tickEvery', () => {
  it('labels every day when bars are wide', () => expect(tickEvery(10, 1000)).toBe(1));
  it('labels weekly when days are narrow', () => expect(tickEvery(45, 600)).toBe(7));
});

describe('timelineSummary', () => {
  it('counts the sightings of the range', () => {
    expect(timelineSummary(createBins(), { from: '2022-01-19', to: '2022-01-21' })).toBe('19 Jan – 21 Jan 2022: 10 sightings');
  });
  it('describes the whole span without a range and mentions undated sightings', () => {
    expect(timelineSummary(createBins(), {})).toBe('All dates, 18 Jan – 21 Jan 2022: 11 sightings');
    expect(timelineSummary(createBins({ undated: 2 }), {})).toBe('All dates, 18 Jan – 21 Jan 2022: 11 sightings (2 without a date)');
  });
  it('says 0 for a range with no bars', () => {
    expect(timelineSummary(createBins(), { from: '2022-03-01', to: '2022-03-02' })).toBe('1 Mar – 2 Mar 2022: 0 sightings');
  });
  it('uses the singular for one sighting', () => {
    expect(timelineSummary(createBins(), { from: '2022-01-18', to: '2022-01-18' })).toBe('18 Jan 2022: 1 sighting');
  });
  it('says when nothing is dated', () => {
    expect(timelineSummary(createBins({ days: [], series: [], undated: 3 }), {})).toBe('No dated sightings (3 without a date)');
  });
});
