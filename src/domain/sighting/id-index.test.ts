import { describe, expect, it } from 'vitest';
import { IdIndex, idHash } from './id-index';

/** `count` ids whose hashes agree in their low `bits` bits, so they share a home slot in any table of up to 2^bits slots. */
function collidingIds(count: number, bits: number): string[] {
  const ids: string[] = [];
  const target = idHash('hostile-0') & ((1 << bits) - 1);
  for (let n = 0; ids.length < count; n++) if ((idHash(`hostile-${n}`) & ((1 << bits) - 1)) === target) ids.push(`hostile-${n}`);
  return ids;
}

describe('IdIndex', () => {
  it('maps ids to numbers, overwrites, and answers undefined for others', () => {
    const index = new IdIndex();
    index.set('a', 0);
    index.set('b', 1);
    index.set('a', 5);
    expect(index.get('a')).toBe(5);
    expect(index.get('b')).toBe(1);
    expect(index.get('c')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it('adds an id only when absent, answering the value it already has otherwise', () => {
    const index = new IdIndex();
    expect(index.addIfAbsent('a', 0)).toBeUndefined();
    expect(index.addIfAbsent('b', 1)).toBeUndefined();
    expect(index.addIfAbsent('a', 7)).toBe(0);
    expect([index.get('a'), index.get('b'), index.size]).toEqual([0, 1, 2]);
  });

  it('adds only when absent for ids beyond its probe limit too', () => {
    const ids = collidingIds(100, 12);
    const index = new IdIndex(2_000);
    expect(ids.map((id, i) => index.addIfAbsent(id, i))).toEqual(ids.map(() => undefined));
    expect(ids.map((id, i) => index.addIfAbsent(id, 1_000 + i))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
    expect(index.size).toBe(100);
  });

  it('keeps 100,000 ids of a prefix and a counter through its growth, sized or not', () => {
    for (const index of [new IdIndex(), new IdIndex(100_000)]) {
      for (let i = 0; i < 100_000; i++) index.set(`syn-${i}`, i * 2);
      expect(index.size).toBe(100_000);
      let found = 0;
      for (let i = 0; i < 100_000; i++) if (index.get(`syn-${i}`) === i * 2) found++;
      expect(found).toBe(100_000);
      expect(index.get('syn-100000')).toBeUndefined();
    }
  });

  it('tells apart ids whose hashes are equal in the bits it uses', () => {
    const ids = collidingIds(8, 12);
    const index = new IdIndex();
    ids.forEach((id, i) => index.set(id, i));
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
    expect(index.size).toBe(8);
  });

  it('finds every id of a feed where many ids crowd a few slots, at every size it grows through', () => {
    const crowded = collidingIds(3_000, 8);
    const index = new IdIndex();
    const expected = new Map<string, number>();
    crowded.forEach((id, i) => {
      index.set(id, i);
      index.set(`syn-${i}`, -i);
      expected.set(id, i).set(`syn-${i}`, -i);
      if (Number.isInteger(Math.log2(i + 1))) expect([...expected].every(([key, value]) => index.get(key) === value), `after ${i + 1}`).toBe(true);
    });
    expect([...expected].every(([key, value]) => index.get(key) === value)).toBe(true);
    expect(index.size).toBe(6_000);
  });

  it('stays correct when a hostile run of ids collides beyond its probe limit, while growing and after', () => {
    const ids = collidingIds(300, 12);
    const index = new IdIndex();
    for (let i = 0; i < 2_000; i++) index.set(`syn-${i}`, -i);
    ids.forEach((id, i) => index.set(id, i));
    ids.slice(0, 50).forEach((id, i) => index.set(id, 1_000 + i));
    expect(index.size).toBe(2_300);
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => (i < 50 ? 1_000 + i : i)));
    for (let i = 2_000; i < 20_000; i++) index.set(`syn-${i}`, -i);
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => (i < 50 ? 1_000 + i : i)));
    let found = 0;
    for (let i = 0; i < 20_000; i++) if (index.get(`syn-${i}`) === -i) found++;
    expect(found).toBe(20_000);
    expect(index.size).toBe(20_300);
    // Those that went to the Map while the table was small are overwritten there, not added again.
    ids.forEach((id, i) => index.set(id, 5_000 + i));
    expect(index.size).toBe(20_300);
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => 5_000 + i));
  });
});
