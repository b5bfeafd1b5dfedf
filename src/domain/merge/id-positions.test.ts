import { describe, expect, it } from 'vitest';
import { IdIndex } from '../sighting/id-index';
import { IdPositions, rememberPositions, SameValueById } from './id-positions';

describe('IdPositions', () => {
  const items = [{ id: 'a', n: 0 }, { id: 'b', n: 1 }, { id: 'a', n: 2 }, { id: 'c', n: 3 }];

  it('finds each id’s first position once asked, and not before', () => {
    const positions = IdPositions.of(items);
    expect(positions.isBuilt).toBe(false);
    expect(positions.positionOf('c')).toBe(3);
    expect(positions.positionOf('a')).toBe(0);
    expect(positions.positionOf('z')).toBeUndefined();
    expect(positions.isBuilt).toBe(true);
    expect(positions.size).toBe(3);
  });

  it('reads the list as a Map by id, in list order, first item of a repeated id', () => {
    const { byId } = IdPositions.of(items);
    expect(byId.get('a')).toBe(items[0]);
    expect(byId.get('c')).toBe(items[3]);
    expect(byId.has('b')).toBe(true);
    expect(byId.has('z')).toBe(false);
    expect(byId.get('z')).toBeUndefined();
    expect(byId.size).toBe(3);
    expect([...byId.keys()]).toEqual(['a', 'b', 'c']);
    expect([...byId.values()].map((item) => item.n)).toEqual([0, 1, 3]);
    expect(new Map(byId)).toEqual(new Map([['a', items[0]], ['b', items[1]], ['c', items[3]]]));
    const seen: string[] = [];
    byId.forEach((item, id, map) => {
      seen.push(`${id}=${item.n}`);
      expect(map).toBe(byId);
    });
    expect(seen).toEqual(['a=0', 'b=1', 'c=3']);
  });
});

describe('IdPositions.indexSome', () => {
  const items = Array.from({ length: 25 }, (_, i) => ({ id: `s${i % 20}`, n: i }));

  it('makes the same index a slice at a time, the first item of a repeated id winning across slices', () => {
    const sliced = IdPositions.of(items);
    const whole = IdPositions.of(items);
    let slices = 0;
    while (!sliced.indexSome(4)) slices += 1;
    expect(slices).toBe(6);
    expect(sliced.isBuilt).toBe(true);
    for (const { id } of items) expect(sliced.positionOf(id)).toBe(whole.positionOf(id));
    expect(sliced.positionOf('s3')).toBe(3);
    expect(sliced.size).toBe(20);
  });

  it('finishes the index at once when read half made', () => {
    const positions = IdPositions.of(items);
    expect(positions.indexSome(10)).toBe(false);
    expect(positions.isBuilt).toBe(false);
    expect(positions.positionOf('s1')).toBe(1);
    expect(positions.isBuilt).toBe(true);
    expect(positions.indexSome(10)).toBe(true);
  });
});

describe('IdPositions with many ids', () => {
  it('finds every one of 50,000 ids of different shapes at its position', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: i % 3 === 0 ? `syn-${i}` : i % 3 === 1 ? `${i.toString(16)}-tg` : `€${i}` }));
    const positions = IdPositions.of(items);
    expect(positions.size).toBe(items.length);
    items.forEach((item, position) => expect(positions.positionOf(item.id)).toBe(position));
    expect(positions.positionOf('syn-50001')).toBeUndefined();
    expect(positions.positionOf('')).toBeUndefined();
  });
});

describe('IdPositions.sameOrder and SameValueById', () => {
  it('shares one index between lists with the same ids in the same order, each read as its own items', () => {
    const raw = [{ id: 'a', v: 'raw' }, { id: 'b', v: 'raw' }];
    const shown = raw.map((item) => ({ ...item, v: 'shown' }));
    const rawPositions = IdPositions.of(raw);
    const shownPositions = IdPositions.sameOrder(shown, rawPositions);
    expect(shownPositions.byId.get('b')).toBe(shown[1]);
    expect(rawPositions.isBuilt).toBe(true);
    expect(rawPositions.byId.get('b')).toBe(raw[1]);
    expect(() => IdPositions.sameOrder(shown.slice(1), rawPositions)).toThrow(RangeError);
  });

  it('maps every id of the list, and only those, to one value', () => {
    const positions = IdPositions.of([{ id: 'a' }, { id: 'b' }, { id: 'a' }]);
    const sources = new SameValueById(positions, ['feed']);
    expect(sources.get('a')).toEqual(['feed']);
    expect(sources.has('c')).toBe(false);
    expect(sources.get('c')).toBeUndefined();
    expect(sources.size).toBe(2);
    expect([...sources.keys()]).toEqual(['a', 'b']);
    expect([...sources.values()]).toEqual([['feed'], ['feed']]);
    const seen: string[] = [];
    sources.forEach((_, id, map) => {
      seen.push(id);
      expect(map).toBe(sources);
    });
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('rememberPositions', () => {
  const feed = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
  const indexOf = (list: readonly { id: string }[]) => {
    const index = new IdIndex();
    list.forEach((item, position) => index.set(item.id, position));
    return index;
  };

  it('lets a list in the same order use the index made for it, without indexing again', () => {
    const list = feed.map((item) => ({ ...item }));
    rememberPositions(list, indexOf(list));
    const copy = list.slice();
    const positions = IdPositions.of(copy, list);
    expect(positions.isBuilt).toBe(true);
    expect(copy.map((item) => positions.positionOf(item.id))).toEqual([0, 1, 2]);
    expect(positions.byId.get('y')).toBe(copy[1]);
    expect(IdPositions.of(list).isBuilt).toBe(true);
  });

  it('is not used for a list of another length, nor for one it was not given for', () => {
    const list = feed.map((item) => ({ ...item }));
    rememberPositions(list, indexOf(list));
    const shorter = IdPositions.of(list.slice(1), list);
    expect(shorter.isBuilt).toBe(false);
    expect(shorter.positionOf('y')).toBe(0);
    expect(IdPositions.of(list.slice()).isBuilt).toBe(false);
  });

  it('refuses an index that does not hold one position per item', () => {
    expect(() => rememberPositions(feed, indexOf(feed.slice(1)))).toThrow(RangeError);
  });
});
