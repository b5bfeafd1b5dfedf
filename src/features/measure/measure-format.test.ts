import { describe, expect, it } from 'vitest';
import { formatDistance, summariseMeasure } from './measure-format';

describe('formatDistance', () => {
  it('gives km and statute miles with two decimals below 10 and one above', () => {
    expect(formatDistance(1.609344)).toBe('1.61 km (1.00 mi)');
    expect(formatDistance(64.37376)).toBe('64.4 km (40.0 mi)');
    expect(formatDistance(0)).toBe('0.00 km (0.00 mi)');
  });

  it('groups thousands', () => {
    expect(formatDistance(1609.344)).toBe('1,609.3 km (1,000.0 mi)');
  });
});

describe('summariseMeasure', () => {
  it('measures each leg along the meridian and numbers the points from 1', () => {
    // One degree of latitude on the 6371.0088 km mean-radius sphere is 111.195 km.
    const summary = summariseMeasure([
      [28, 51],
      [28, 52],
      [28, 54],
    ]);
    expect(summary.segments.map(({ from, to, text }) => ({ from, to, text }))).toEqual([
      { from: 1, to: 2, text: '111.2 km (69.1 mi)' },
      { from: 2, to: 3, text: '222.4 km (138.2 mi)' },
    ]);
    expect(summary.totalKm).toBeCloseTo(333.585, 2);
    expect(summary.totalText).toBe('333.6 km (207.3 mi)');
  });

  it('has no legs and a zero total for fewer than two points', () => {
    expect(summariseMeasure([[28, 51]])).toEqual({ segments: [], totalKm: 0, totalText: '0.00 km (0.00 mi)' });
  });
});
