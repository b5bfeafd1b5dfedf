import { describe, expect, it } from 'vitest';
import { mulberry32, randomPoints } from './seeded-random.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('stays in [0, 1)', () => {
    const random = mulberry32(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('randomPoints', () => {
  it('fills the requested box', () => {
    const { lons, lats } = randomPoints(9, 1000, [20, 48, 35, 56]);
    expect(lons).toHaveLength(1000);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...lons)).toBeLessThan(35);
    expect(Math.min(...lats)).toBeGreaterThanOrEqual(48);
    expect(Math.max(...lats)).toBeLessThan(56);
  });
});
