// The list's order and the distance filter, as pure functions over sightings and their
// border metrics. The filter is one predicate among others: later filters (issue 6) pass
// their own predicates to filterAndSort and every one of them must hold.

import type { EffectiveStatus } from '../../domain/workspace/workspace-sighting';
import type { GeoMetrics } from '../../workers/geo-protocol';
import type { DistancePreset } from '../../stores/distance-filter-store';
import type { SightingSort } from '../../stores/sort-store';

/** What these functions read of a sighting: feed sightings and workspace sightings both fit. */
export type Listable = { id: string; observedAt?: string; postedAt?: string; status: string };
export type SightingPredicate<T extends Listable = Listable> = (sighting: T) => boolean;
export type MetricsById = ReadonlyMap<string, GeoMetrics>;

const KM_PER_MILE = 1.609344;
export const BAND_KM = 40 * KM_PER_MILE;

const PRESET_KM: Record<Exclude<DistancePreset, 'any' | 'custom'>, number> = {
  'within-25km': 25,
  'within-40mi': BAND_KM,
  'within-100km': 100,
};

/** The largest distance to the border a listed sighting may have; null for "any distance". */
export function distanceLimitKm(preset: DistancePreset, customKm: number): number | null {
  if (preset === 'any') return null;
  if (preset === 'custom') return Number.isFinite(customKm) && customKm > 0 ? customKm : null;
  return PRESET_KM[preset];
}

/**
 * Sightings within `limitKm` of the border (inclusive). A sighting not measured yet (the
 * worker is still busy) or not measurable does not pass: "within 25 km" must not list a
 * sighting nobody has checked.
 */
export function withinDistance(limitKm: number | null, metrics: MetricsById): SightingPredicate | null {
  if (limitKm === null) return null;
  return (sighting) => {
    const distance = metrics.get(sighting.id)?.distanceKm;
    return distance !== undefined && distance <= limitKm;
  };
}

/** Most trustworthy first: what an analyst briefs from comes to the top; unknown statuses last. */
const STATUS_RANK: Record<EffectiveStatus, number> = {
  confirmed: 0,
  geolocated: 1,
  unverified: 2,
  unverifiable: 3,
  disputed: 4,
  disinformation: 5,
};
const UNKNOWN_STATUS_RANK = Object.keys(STATUS_RANK).length;

function statusRank(status: string): number {
  return (STATUS_RANK as Record<string, number>)[status] ?? UNKNOWN_STATUS_RANK;
}

function timeOf(sighting: Listable): number {
  const time = Date.parse(sighting.observedAt ?? sighting.postedAt ?? '');
  return Number.isNaN(time) ? Number.NaN : time;
}

/** Ascending by key, NaN (unknown) keys last whatever the direction; ties keep the incoming order. */
function byKey(keys: Float64Array, direction: 1 | -1) {
  return (a: number, b: number): number => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na || nb) return na === nb ? 0 : na ? 1 : -1;
    return (ka - kb) * direction;
  };
}

/**
 * A new sorted array. Dates are observedAt, else postedAt; sightings without a date, or not
 * yet measured when sorting by distance, go last. Distance and status ties are newest first.
 */
export function sortSightings<T extends Listable>(sightings: readonly T[], sort: SightingSort, metrics: MetricsById): T[] {
  // Keys are computed once per sighting, not once per comparison: lists reach 100,000 rows.
  const times = Float64Array.from(sightings, timeOf);
  const newestFirst = byKey(times, -1);
  let compare: (a: number, b: number) => number;
  if (sort === 'date-desc') compare = newestFirst;
  else if (sort === 'date-asc') compare = byKey(times, 1);
  else {
    const keys =
      sort === 'distance-asc'
        ? Float64Array.from(sightings, (s) => metrics.get(s.id)?.distanceKm ?? Number.NaN)
        : Float64Array.from(sightings, (s) => statusRank(s.status));
    const primary = byKey(keys, 1);
    compare = (a, b) => primary(a, b) || newestFirst(a, b);
  }
  const order = Array.from(sightings, (_, i) => i).sort(compare);
  return order.map((i) => sightings[i]!);
}

const NO_METRICS: MetricsById = new Map();

/**
 * The metrics the list depends on: none unless it filters or sorts by distance, so that
 * metrics arriving from the worker do not rebuild (and the map redraw) an unchanged list.
 */
export function metricsForList(metrics: MetricsById, limitKm: number | null, sort: SightingSort): MetricsById {
  return limitKm !== null || sort === 'distance-asc' ? metrics : NO_METRICS;
}

export type ListFilter<T extends Listable = Listable> = {
  /** From distanceLimitKm; null for any distance. */
  limitKm: number | null;
  /** Further conditions from other filters; all must hold. */
  predicates?: readonly SightingPredicate<T>[];
};

/** What the list and the map show: the sightings passing every filter, in the chosen order. */
export function filterAndSort<T extends Listable>(
  sightings: readonly T[],
  metrics: MetricsById,
  filter: ListFilter<T>,
  sort: SightingSort,
): T[] {
  const predicates = [withinDistance(filter.limitKm, metrics), ...(filter.predicates ?? [])].filter(
    (predicate): predicate is SightingPredicate<T> => predicate !== null,
  );
  const kept = predicates.length === 0 ? sightings : sightings.filter((s) => predicates.every((predicate) => predicate(s)));
  return sortSightings(kept, sort, metrics);
}
