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
