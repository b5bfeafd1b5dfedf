import { IdIndex } from '../sighting/id-index';

type Identified = readonly { readonly id: string }[];

/*
 * Indexes of lists by id made where the list was made, by list: a feed's collector indexes
 * its sightings anyway to find repeated ids (one entry per feed, like the source keys).
 */
const knownIndexes = new WeakMap<Identified, IdIndex>();

/** Records that `index` maps each id of `items`, all different, to its position, so that IdPositions need not index them again. */
export function rememberPositions(items: Identified, index: IdIndex): void {
  if (index.size !== items.length) throw new RangeError(`An index of ${index.size} ids cannot be the positions of ${items.length} items.`);
  knownIndexes.set(items, index);
}

/** An index of ids by position, made on first read or a slice at a time (IdPositions). */
class PositionIndex {
  private built: IdIndex | null;
  private partial: IdIndex | null = null;
  /** Ids before this position are not indexed yet. */
  private unindexed: number;

  constructor(
    private readonly items: Identified,
    known?: IdIndex,
  ) {
    this.built = known ?? null;
    this.unindexed = known ? 0 : items.length;
  }

  get isBuilt(): boolean {
    return this.built !== null;
  }

  indexSome(count: number): boolean {
    if (this.built) return true;
    const partial = (this.partial ??= new IdIndex(this.items.length));
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

  get index(): IdIndex {
    if (!this.built) this.indexSome(Number.POSITIVE_INFINITY);
    return this.built!;
  }
}

/**
 * Where each item sits in a list, by id, made on first read; and the list read as a map by id
 * through the same index. One index of a million ids took 0.2–0.7 s to make in Chromium: the
 * sightings by id, their sources, their border metrics and their likely duplicates share one
 * instead of each making its own, and lists in the same order (the sightings with the
 * analyst's annotations applied) share it too (sameOrder). Ids are expected to be unique; for
 * a repeated id the first item is found.
 */
export class IdPositions<T extends { readonly id: string }> {
  /** The items by id, read through the position index, iterated in list order. */
  readonly byId: ReadonlyMap<string, T>;

  private constructor(
    readonly items: readonly T[],
    private readonly shared: PositionIndex,
  ) {
    this.byId = new ItemsById(this);
  }

  /** Positions for `items`; when they hold the ids of `sameOrderAs` in the same order, an index remembered for it serves (rememberPositions). */
  static of<T extends { readonly id: string }>(items: readonly T[], sameOrderAs: Identified = items): IdPositions<T> {
    const known = sameOrderAs.length === items.length ? knownIndexes.get(sameOrderAs) : undefined;
    return new IdPositions(items, new PositionIndex(items, known));
  }

  /** Positions for `items`, which hold `other`'s ids in the same order: its index serves both. */
  static sameOrder<T extends { readonly id: string }>(items: readonly T[], other: IdPositions<{ readonly id: string }>): IdPositions<T> {
    if (items.length !== other.items.length) throw new RangeError(`${items.length} items cannot share the positions of ${other.items.length}.`);
    return new IdPositions(items, other.shared);
  }

  /** Whether the index was made yet (for tests and diagnostics). */
  get isBuilt(): boolean {
    return this.shared.isBuilt;
  }

  get size(): number {
    return this.shared.index.size;
  }

  /** Bound, so it can be handed on as it is. */
  readonly positionOf = (id: string): number | undefined => this.shared.index.get(id);

  /**
   * Indexes up to `count` more items, so that the index can be made a slice at a time (a
   * million ids at once held the main thread for about half a second); true once it is whole.
   * A read before then finishes it at once.
   */
  indexSome(count: number): boolean {
    return this.shared.indexSome(count);
  }
}

/** Every id of a list mapped to one value (the one source of all the sightings), through its positions. */
export class SameValueById<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly positions: IdPositions<{ readonly id: string }>,
    private readonly value: V,
  ) {}

  get size(): number {
    return this.positions.size;
  }

  get(id: string): V | undefined {
    return this.positions.positionOf(id) === undefined ? undefined : this.value;
  }

  has(id: string): boolean {
    return this.positions.positionOf(id) !== undefined;
  }

  *entries(): MapIterator<[string, V]> {
    for (const id of this.positions.byId.keys()) yield [id, this.value];
  }

  keys(): MapIterator<string> {
    return this.positions.byId.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [id, value] of this.entries()) callback.call(thisArg, value, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
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
