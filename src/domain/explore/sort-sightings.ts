import { effectiveStatus, type AnnotationsById, type ExploreSighting } from './explore-sighting';
import { sightingTimes } from './filter-sightings';

/*
 * The list's orders. Keys are computed once per sighting (not per comparison) into typed
 * arrays and indexes are sorted, which keeps a 100,000-row sort in tens of milliseconds.
 * Array.prototype.sort is stable, so rows with equal keys keep the order they came in.
 */

export const SORT_KEYS = ['date-desc', 'date-asc', 'distance-asc', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Status severity: most trustworthy first, so what an analyst briefs from comes to the top
 * and what should not be briefed sinks. "unverifiable" (the analyst tried and could not)
 * ranks below "unverified" (nobody tried yet); unknown statuses go after every known one.
 */
export const STATUS_ORDER = ['confirmed', 'geolocated', 'unverified', 'unverifiable', 'disputed', 'disinformation'] as const;

const STATUS_RANK = new Map<string, number>(STATUS_ORDER.map((status, i) => [status, i]));

export interface SortContext {
  metricsById?: ReadonlyMap<string, { distanceKm: number }>;
  annotationsById?: AnnotationsById;
}

/** Ascending by key with NaN (unknown) last whatever the direction. */
function byKey(keys: Float64Array, direction: 1 | -1): (a: number, b: number) => number {
  return (a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? 0 : na ? 1 : -1;
    return (ka - kb) * direction;
  };
}

export function isSortKey(value: unknown): value is SortKey {
  return (SORT_KEYS as readonly unknown[]).includes(value);
}

/**
 * A new array in the chosen order. Dates are observedAt, else postedAt; undated sightings,
 * and unmeasured ones when sorting by distance, go last. Distance and status ties are newest
 * first; remaining ties keep the incoming order.
 */
export function sortSightings<T extends ExploreSighting>(
  sightings: readonly T[],
  sort: SortKey,
  context: SortContext = {},
): T[] {
  return Array.from(sortedPositions(sightings, sort, context), (i) => sightings[i]!);
}

/**
 * sortSightings as positions into `sightings`. `timesMs` (sightingTimes of the same array)
 * saves reading every date again when the caller already has them.
 */
export function sortedPositions(
  sightings: readonly ExploreSighting[],
  sort: SortKey,
  context: SortContext = {},
  timesMs?: Float64Array,
): Uint32Array {
  const times = timesMs ?? sightingTimes(sightings);
  const newestFirst = byKey(times, -1);
  let compare: (a: number, b: number) => number;
  if (sort === 'date-desc') compare = newestFirst;
  else if (sort === 'date-asc') compare = byKey(times, 1);
  else {
    const keys = new Float64Array(sightings.length);
    for (let i = 0; i < sightings.length; i++) {
      const s = sightings[i]!;
      keys[i] =
        sort === 'distance-asc'
          ? (context.metricsById?.get(s.id)?.distanceKm ?? Number.NaN)
          : (STATUS_RANK.get(effectiveStatus(s, context.annotationsById)) ?? STATUS_ORDER.length);
    }
    const primary = byKey(keys, 1);
    compare = (a, b) => primary(a, b) || newestFirst(a, b);
  }
  // Array.prototype.sort is stable (a typed array's sort is not required to be).
  return Uint32Array.from(Array.from(sightings, (_, i) => i).sort(compare));
}
