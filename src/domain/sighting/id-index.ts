/**
 * Sighting id → a whole number (a position, a feature index), as an open-addressing hash
 * table over typed arrays. A Map of a million ids took 0.5–0.7 s to fill in Node (sharded into
 * 64 Maps so that no single rehash paused for 0.1 s), and in Chromium it was the main
 * thread's largest cost after a million-sighting feed arrived; this table fills in half that
 * time and is read twice as fast. It grows by doubling, rehashing from the hashes it keeps,
 * so an id is hashed once.
 *
 * A run of ids made to collide (a hostile feed) cannot make it slow: a probe stops after
 * MAX_PROBES slots, and an id that finds no place within them goes to a Map.
 */
const MAX_PROBES = 32;
const FIRST_CAPACITY = 64;
const EMPTY = -1;

/** FNV-1a over every character (ids made of a prefix and a counter differ in a few of them); exported for tests. */
export function idHash(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash ^ (hash >>> 15)) >>> 0;
}

export class IdIndex {
  /** Per slot: the entry (position in `ids`) held there, or EMPTY; and that entry's hash. */
  private slots: Int32Array;
  private slotHashes: Uint32Array;
  private readonly ids: string[] = [];
  private readonly values: number[] = [];
  /** Entries held in slots (an entry moved to `overflow` when the table grew is not). */
  private slotted = 0;
  private overflow: Map<string, number> | null = null;

  /** @param expected ids the caller expects to add, so the table is made large enough at once. */
  constructor(expected = 0) {
    let capacity = FIRST_CAPACITY;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.slotHashes = new Uint32Array(capacity);
  }

  get size(): number {
    return this.slotted + (this.overflow?.size ?? 0);
  }

  get(id: string): number | undefined {
    const hash = idHash(id);
    const { slots, slotHashes } = this;
    const mask = slots.length - 1;
    for (let probe = 0, slot = hash & mask; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === EMPTY) break;
      if (slotHashes[slot] === hash && this.ids[entry] === id) return this.values[entry];
    }
    return this.overflow?.get(id);
  }

  set(id: string, value: number): void {
    this.place(id, value, true);
  }

  /** `id`'s value when it has one (left as it is); otherwise sets it to `value` and answers undefined, in one probe. */
  addIfAbsent(id: string, value: number): number | undefined {
    return this.place(id, value, false);
  }

  /** Gives `id` the value `value` when it has none, or when `overwrite`; answers the value it had. */
  private place(id: string, value: number, overwrite: boolean): number | undefined {
    // Half full at most, so that probes stay short.
    if ((this.ids.length + 1) * 2 > this.slots.length) this.grow();
    const hash = idHash(id);
    const { slots, slotHashes } = this;
    const mask = slots.length - 1;
    for (let probe = 0, slot = hash & mask; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === EMPTY) {
        // An id that once found no place stays in the Map, though a larger table has room.
        if (this.overflow?.has(id)) break;
        slots[slot] = this.ids.length;
        slotHashes[slot] = hash;
        this.ids.push(id);
        this.values.push(value);
        this.slotted++;
        return undefined;
      }
      if (slotHashes[slot] === hash && this.ids[entry] === id) {
        const had = this.values[entry];
        if (overwrite) this.values[entry] = value;
        return had;
      }
    }
    const overflow = (this.overflow ??= new Map());
    const had = overflow.get(id);
    if (had === undefined || overwrite) overflow.set(id, value);
    return had;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.slotHashes;
    const slots = new Int32Array(oldSlots.length * 2).fill(EMPTY);
    const slotHashes = new Uint32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < oldSlots.length; old++) {
      const entry = oldSlots[old]!;
      if (entry === EMPTY) continue;
      const hash = oldHashes[old]!;
      let slot = hash & mask;
      let probe = 0;
      while (slots[slot] !== EMPTY && probe < MAX_PROBES) {
        slot = (slot + 1) & mask;
        probe++;
      }
      if (probe < MAX_PROBES) {
        slots[slot] = entry;
        slotHashes[slot] = hash;
      } else {
        // Defensive: reinserted in slot order, runs have not been seen to lengthen when the
        // table doubles, but an entry beyond reach of a probe would be lost.
        (this.overflow ??= new Map()).set(this.ids[entry]!, this.values[entry]!);
        this.slotted--;
      }
    }
    this.slots = slots;
    this.slotHashes = slotHashes;
  }
}
