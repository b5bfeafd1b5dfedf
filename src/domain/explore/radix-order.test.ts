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

  it('handles nothing and one', () => {
    expect([...stableOrderByKeys(new Float64Array(0))]).toEqual([]);
    expect([...stableOrderByKeys(Float64Array.from([Number.NaN]))]).toEqual([0]);
  });
});
