import { describe, expect, it } from 'vitest';
import { length } from '@turf/length';
import { loadBorderFixture, mergeWestToEast } from './border-fixture.ts';

describe('loadBorderFixture', () => {
  const { border, belarus, ukraine } = loadBorderFixture();

  it('is one line of 365 vertices from the BY–PL–UA tripoint to the BY–RU–UA tripoint', () => {
    expect(border).toHaveLength(365);
    expect(border[0]![0]).toBeCloseTo(23.607, 3);
    expect(border[0]![1]).toBeCloseTo(51.517, 3);
    expect(border.at(-1)![0]).toBeCloseTo(31.765, 3);
    expect(border.at(-1)![1]).toBeCloseTo(52.1, 3);
  });

  it('is about 861 km long', () => {
    const km = length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: border } });
    expect(km).toBeGreaterThan(855);
    expect(km).toBeLessThan(867);
  });

  it('gives both countries as outlines with at least one closed ring', () => {
    for (const country of [belarus, ukraine]) {
      expect(country.length).toBeGreaterThan(0);
      const outer = country[0]![0]!;
      expect(outer[0]).toEqual(outer.at(-1));
    }
  });
});

describe('mergeWestToEast', () => {
  it('chains pieces given in any order and direction, starting from the west end', () => {
    const merged = mergeWestToEast([
      [[3, 0], [2, 0]],
      [[0, 0], [1, 0]],
      [[2, 0], [1, 0]],
    ]);
    expect(merged).toEqual([[0, 0], [1, 0], [2, 0], [3, 0]]);
  });

  it('rejects pieces that do not connect', () => {
    expect(() => mergeWestToEast([[[0, 0], [1, 0]], [[5, 5], [6, 6]]])).toThrow(/do not connect/);
  });
});
