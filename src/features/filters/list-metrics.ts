import type { FilterState } from '../../domain/explore/filter-state';
import { distanceLimitKm } from '../../domain/explore/filter-state';
import type { SightingMetrics } from '../../domain/explore/filter-sightings';
import type { SortKey } from '../../domain/explore/sort-sightings';

/** What this feature reads of the border feature's metrics (GeoMetrics fits). */
export type BorderMetrics = { distanceKm: number; rail: { offRail: boolean } | null };

const NONE: ReadonlyMap<string, SightingMetrics> = new Map();

/** True when the list's content or order depends on border distances or rail checks. */
export function listNeedsMetrics(filters: Pick<FilterState, 'distance' | 'offRailOnly'>, sort: SortKey): boolean {
  return distanceLimitKm(filters) !== undefined || filters.offRailOnly || sort === 'distance-asc';
}

/**
 * The metrics the list depends on: none unless it filters or sorts by them, so that metrics
 * arriving from the worker do not rebuild an unchanged list (and redraw the map's points).
 */
export function metricsForList(
  metrics: ReadonlyMap<string, BorderMetrics>,
  needed: boolean,
): ReadonlyMap<string, SightingMetrics> {
  if (!needed) return NONE;
  const out = new Map<string, SightingMetrics>();
  for (const [id, value] of metrics) out.set(id, { distanceKm: value.distanceKm, offRail: value.rail?.offRail === true });
  return out;
}
