import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { stableOrderByKeys } from './radix-order';

// The comparator sort it replaces: ascending, NaN last, ties in the given order.
function reference(keys: Float64Array, order: readonly number[]): number[] {
  return [...order].sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? 0 : na ? 1 : -1;
    return ka - kb;
  });
}

describe('stableOrderByKeys', () => {
  it('orders ascending or descending, NaN last and ties in their incoming order', () => {
    const keys = Float64Array.from([3, Number.NaN, -1, 3, 0, -0, Number.POSITIVE_INFINITY, -2.5, Number.NaN, Number.NEGATIVE_INFINITY]);
    expect([...stableOrderByKeys(keys)]).toEqual([9, 7, 2, 4, 5, 0, 3, 6, 1, 8]);
    expect([...stableOrderByKeys(keys, undefined, true)]).toEqual([6, 0, 3, 4, 5, 2, 7, 9, 1, 8]);
  });

  it('agrees with the comparator sort on 20,000 random keys, from any starting order', () => {
    const random = mulberry32(5);
    const pool = [0, -0, 1, -1, 1.5e12, 1.6e12 + 0.5, -1e-300, 5e-324, Number.NaN, Number.MAX_VALUE, -Number.MAX_VALUE];
    const keys = Float64Array.from({ length: 20_000 }, () =>
      random() < 0.3 ? pool[Math.floor(random() * pool.length)]! : (random() - 0.5) * 10 ** Math.floor(random() * 30 - 10),
    );
    const identity = Array.from(keys, (_, i) => i);
    expect([...stableOrderByKeys(keys)]).toEqual(reference(keys, identity));
    const shuffled = [...identity].sort(() => random() - 0.5).slice(0, 12_000);
    expect([...stableOrderByKeys(keys, Uint32Array.from(shuffled))]).toEqual(reference(keys, shuffled));
    // Descending is the ascending order of the negated keys: NaN still last, ties still in order.
    const negated = keys.map((key) => -key);
    expect([...stableOrderByKeys(keys, undefined, true)]).toEqual(reference(negated, identity));
    expect([...stableOrderByKeys(keys, Uint32Array.from(shuffled), true)]).toEqual(reference(negated, shuffled));
  });

  it('agrees with the comparator sort on whole numbers: dates in ms and in whole seconds, small and near-2^32 ranges', () => {
    const random = mulberry32(9);
    const season = Date.UTC(2022, 0, 1);
    const sets: Float64Array[] = [
      // A season's dates in whole seconds (about 2^34 ms apart), some undated.
      Float64Array.from({ length: 20_000 }, () => (random() < 0.05 ? Number.NaN : season + Math.floor(random() * 120 * 86_400) * 1000)),
      // The same with milliseconds: too far apart for 32 bits, so read as floats.
      Float64Array.from({ length: 20_000 }, () => season + Math.floor(random() * 120 * 86_400_000)),
      // Dates in ms within a day, with repeats.
      Float64Array.from({ length: 20_000 }, () => season + Math.floor(random() * 2_000) * 37),
      // Whole numbers from −1,000 up, −0 and 0, spanning exactly 2^32 − 2 (sorted on 32 bits) …
      Float64Array.from({ length: 5_000 }, (_, i) => (i < 9 ? Number.NaN : i === 9 ? 0xfffffffe - 1000 : i === 10 ? -1000 : i === 11 ? -0 : i === 12 ? 0 : Math.floor(random() * -1000))),
      // … and 2^32 − 1, one too many: NaN would share the top value, so they are read as floats.
      Float64Array.from({ length: 5_000 }, (_, i) => (i < 9 ? Number.NaN : i === 9 ? 0xffffffff - 1000 : i === 10 ? -1000 : Math.floor(random() * -1000))),
      Float64Array.from({ length: 5_000 }, (_, i) => (i === 0 ? 0xfffffffe * 1000 : Math.floor(random() * 1e6) * 1000)),
      Float64Array.from({ length: 5_000 }, (_, i) => (i === 0 ? 0xffffffff * 1000 : Math.floor(random() * 1e6) * 1000)),
    ];
    for (const keys of sets) {
      const identity = Array.from(keys, (_, i) => i);
      const shuffled = [...identity].sort(() => random() - 0.5).slice(0, Math.floor(keys.length * 0.7));
      const negated = keys.map((key) => -key);
      expect([...stableOrderByKeys(keys)]).toEqual(reference(keys, identity));
      expect([...stableOrderByKeys(keys, Uint32Array.from(shuffled))]).toEqual(reference(keys, shuffled));
      expect([...stableOrderByKeys(keys, undefined, true)]).toEqual(reference(negated, identity));
      expect([...stableOrderByKeys(keys, Uint32Array.from(shuffled), true)]).toEqual(reference(negated, shuffled));
    }
  });

  it('handles nothing and one', () => {
    expect([...stableOrderByKeys(new Float64Array(0))]).toEqual([]);
    expect([...stableOrderByKeys(Float64Array.from([Number.NaN]))]).toEqual([0]);
  });
});
