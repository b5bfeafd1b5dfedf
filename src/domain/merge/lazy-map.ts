import { IdIndex } from '../sighting/id-index';

/**
 * A read-only Map made the first time it is read. For indexes of every sighting by id that a
 * load mostly never reads: at a million sightings each one took the main thread 0.2–0.6 s,
 * in the one task that shows a feed.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private built: Map<K, V> | null = null;

  constructor(private readonly build: () => Map<K, V>) {}

  /** Whether the map was made yet (for tests and diagnostics). */
  get isBuilt(): boolean {
    return this.built !== null;
  }

  private get map(): Map<K, V> {
    return (this.built ??= this.build());
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }

  keys(): MapIterator<K> {
    return this.map.keys();
  }

  values(): MapIterator<V> {
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}

/**
 * Where each item sits in a list, by id, made on first read; and the list read as a map by id
 * through the same index. One index of a million ids took 0.2–0.7 s to make in Chromium: the
 * sightings by id and the border metrics of the same list share this one instead of each
 * making its own. Ids are expected to be unique; for a repeated id the first item is found.
 */
export class IdPositions<T extends { readonly id: string }> {
  private built: IdIndex | null = null;
  private partial: IdIndex | null = null;
  /** Items before this position are not indexed yet. */
  private unindexed: number;
  /** The items by id, read through the position index, iterated in list order. */
  readonly byId: ReadonlyMap<string, T>;

  constructor(readonly items: readonly T[]) {
    this.unindexed = items.length;
    this.byId = new ItemsById(this);
  }

  /** Whether the index was made yet (for tests and diagnostics). */
  get isBuilt(): boolean {
    return this.built !== null;
  }

  get size(): number {
    return this.index.size;
  }

  /** Bound, so it can be handed on as it is. */
  readonly positionOf = (id: string): number | undefined => this.index.get(id);

  /**
   * Indexes up to `count` more items, so that the index can be made a slice at a time (a
   * million ids at once held the main thread for about half a second); true once it is whole.
   * A read before then finishes it at once.
   */
  indexSome(count: number): boolean {
    if (this.built) return true;
    const partial = (this.partial ??= new IdIndex());
    const { items } = this;
    // Backwards, so that a repeated id ends up at its first position without a second lookup.
    let position = this.unindexed - 1;
    for (const stop = Math.max(0, this.unindexed - count); position >= stop; position--) partial.set(items[position]!.id, position);
    this.unindexed = position + 1;
    if (this.unindexed > 0) return false;
    this.built = partial;
    this.partial = null;
    return true;
  }

  private get index(): IdIndex {
    if (!this.built) this.indexSome(Number.POSITIVE_INFINITY);
    return this.built!;
  }
}

class ItemsById<T extends { readonly id: string }> implements ReadonlyMap<string, T> {
  constructor(private readonly positions: IdPositions<T>) {}

  get size(): number {
    return this.positions.size;
  }

  get(id: string): T | undefined {
    const position = this.positions.positionOf(id);
    return position === undefined ? undefined : this.positions.items[position];
  }

  has(id: string): boolean {
    return this.positions.positionOf(id) !== undefined;
  }

  *entries(): MapIterator<[string, T]> {
    const { items } = this.positions;
    for (let position = 0; position < items.length; position++) {
      const item = items[position]!;
      if (this.positions.positionOf(item.id) === position) yield [item.id, item];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<T> {
    for (const [, item] of this.entries()) yield item;
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const [id, item] of this.entries()) callback.call(thisArg, item, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}
