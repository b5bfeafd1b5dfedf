import { describe, expect, it } from 'vitest';
import type { LineDistanceIndex, NearestOnLine } from './border-distance.ts';
import { createSideLocator } from './country-side.ts';
import { makeDistanceCache } from './distance-cache.ts';

/** An index that answers "distance = lon" and counts how often it was asked. */
function createCountingIndex(): LineDistanceIndex & { calls: number } {
  const index = {
    calls: 0,
    lineCount: 1,
    segmentCount: 1,
    nearest(lon: number, lat: number): NearestOnLine {
      index.calls++;
      return { distanceKm: lon, nearest: [lon, lat], bearingDeg: 0, segmentIndex: 0, lineIndex: 0 };
    },
    nearestLine(lon: number) {
      index.calls++;
      return { distanceKm: lon, segmentIndex: 0, lineIndex: 0 };
    },
    distanceKm(lon: number) {
      return lon;
    },
  };
  return index;
}

describe('makeDistanceCache', () => {
  it('computes once per id while the location is unchanged, and returns the same object', () => {
    const index = createCountingIndex();
    const cache = makeDistanceCache(index);
    const first = cache.get('a', 30, 50);
    expect(cache.get('a', 30, 50)).toBe(first);
    expect(index.calls).toBe(1);
    expect(first.distanceKm).toBe(30);
  });

  it('recomputes when the location of an id changes', () => {
    const index = createCountingIndex();
    const cache = makeDistanceCache(index);
    cache.get('a', 30, 50);
    expect(cache.get('a', 31, 50).distanceKm).toBe(31);
    expect(cache.get('a', 31, 50.5).distanceKm).toBe(31);
    expect(index.calls).toBe(3);
    expect(cache.size).toBe(1);
  });

  it('fills in the side when given country outlines', () => {
    const sides = createSideLocator({ belarus: [[[[0, 0], [40, 0], [40, 60], [0, 60], [0, 0]]]], ukraine: [] });
    expect(makeDistanceCache(createCountingIndex(), { sides }).get('a', 30, 50).side).toBe('belarus');
  });

  it('drops the least recently used id beyond maxEntries', () => {
    const index = createCountingIndex();
    const cache = makeDistanceCache(index, { maxEntries: 2 });
    cache.get('a', 1, 0);
    cache.get('b', 2, 0);
    cache.get('a', 1, 0); // a is now more recent than b
    cache.get('c', 3, 0); // evicts b
    expect(cache.size).toBe(2);
    expect(index.calls).toBe(3);
    cache.get('a', 1, 0);
    expect(index.calls).toBe(3);
    cache.get('b', 2, 0);
    expect(index.calls).toBe(4);
  });

  it('forgets an id on delete and everything on clear', () => {
    const index = createCountingIndex();
    const cache = makeDistanceCache(index);
    cache.get('a', 1, 0);
    cache.get('b', 2, 0);
    cache.delete('a');
    expect(cache.size).toBe(1);
    cache.get('a', 1, 0);
    expect(index.calls).toBe(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
