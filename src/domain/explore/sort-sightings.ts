import { effectiveStatus, type AnnotationsById, type ExploreSighting } from './explore-sighting';
import { sightingTimes } from './filter-sightings';
import { stableOrderByKeys } from './radix-order';

/*
 * The list's orders. Keys are computed once per sighting into typed arrays and positions are
 * radix-sorted by them (stableOrderByKeys): linear, and stable, so rows with equal keys keep
 * the order they came in. A tie-break is a first sort by the tie-breaking key.
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
  if (sort === 'date-asc') return stableOrderByKeys(times);
  // Newest first, with undated last.
  const newestFirst = stableOrderByKeys(times, undefined, true);
  if (sort === 'date-desc') return newestFirst;
  const keys = new Float64Array(sightings.length);
  for (let i = 0; i < sightings.length; i++) {
    const s = sightings[i]!;
    keys[i] =
      sort === 'distance-asc'
        ? (context.metricsById?.get(s.id)?.distanceKm ?? Number.NaN)
        : (STATUS_RANK.get(effectiveStatus(s, context.annotationsById)) ?? STATUS_ORDER.length);
  }
  return stableOrderByKeys(keys, newestFirst);
}
