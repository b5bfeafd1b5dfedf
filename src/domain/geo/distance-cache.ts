// Border distances for sightings, recomputed only when a sighting's location changes. The
// map and the list ask for the same sighting many times per second while the analyst pans.

import { distanceToBorder, type BorderDistance, type LineDistanceIndex } from './border-distance.ts';
import type { SideLocator } from './country-side.ts';

export interface DistanceCache {
  /** Same object as last time while (lon, lat) are unchanged for this id; recomputed otherwise. */
  get(id: string, lon: number, lat: number): BorderDistance;
  delete(id: string): void;
  clear(): void;
  readonly size: number;
}

interface Entry {
  lon: number;
  lat: number;
  value: BorderDistance;
}

export interface DistanceCacheOptions {
  /** Country outlines, to fill in `side`. */
  sides?: SideLocator;
  /** Least recently used ids are dropped beyond this many (default 50,000). */
  maxEntries?: number;
}

export function makeDistanceCache(index: LineDistanceIndex, options: DistanceCacheOptions = {}): DistanceCache {
  const { sides, maxEntries = 50_000 } = options;
  // A Map iterates in insertion order; re-inserting on every hit makes the first key the
  // least recently used one.
  const entries = new Map<string, Entry>();
  return {
    get(id, lon, lat) {
      const found = entries.get(id);
      if (found) entries.delete(id);
      const entry =
        found && Object.is(found.lon, lon) && Object.is(found.lat, lat)
          ? found
          : { lon, lat, value: distanceToBorder(index, lon, lat, sides) };
      entries.set(id, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return entry.value;
    },
    delete(id) {
      entries.delete(id);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
