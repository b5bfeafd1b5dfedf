import { useDeferredValue, useMemo } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';
import { filterPositions } from '../../domain/explore/filter-sightings';
import type { FilterState } from '../../domain/explore/filter-state';
import { sortedPositions } from '../../domain/explore/sort-sightings';
import { useFilterStore } from '../../stores/filter-store';
import { useSortStore } from '../../stores/sort-store';
import { listNeedsMetrics, metricsForList, type BorderMetrics } from './list-metrics';

type Input<T> = {
  sightings: readonly T[];
  /** sightingTimes(sightings): every sighting's date, read once per set of sightings. */
  timesMs: Float64Array;
  /** Border distance and rail check per sighting id, from the border feature. */
  metrics: ReadonlyMap<string, BorderMetrics>;
  /** The feeds each sighting came from, for the feed filter. */
  feedIdsById: ReadonlyMap<string, readonly string[]>;
  /** sightingStatuses(sightings), for the status filter. */
  statuses: readonly string[];
};

/**
 * Positions (into `sightings`) of the sightings passing every filter but the date range, in
 * the chosen order: the timeline shows these (days outside its brush stay visible as context)
 * and applies the range itself (useDateRangeFilter) to give what the list and the map show.
 * The search text is read deferred, so typing in the search box stays responsive over
 * 100,000 sightings while React filters in the background.
 */
export function useFilteredBeforeDates<T extends ExploreSighting>({ sightings, timesMs, metrics, feedIdsById, statuses: statusOf }: Input<T>): Uint32Array {
  const { kinds, statuses, platforms, feeds, distance, pinnedOnly, annotatedOnly, offRailOnly, text: typed } = useFilterStore((state) => state.filters);
  // Only the search text is read deferred: typing stays responsive while React filters
  // 100,000 sightings in the background. A click on a filter applies in the same render as
  // the click, not in time slices between the map's frames (the timeline bins a render later).
  const text = useDeferredValue(typed);
  // Field by field, so that moving the timeline's brush does not re-filter everything.
  const withoutDates: FilterState = useMemo(
    () => ({ kinds, statuses, platforms, feeds, pinnedOnly, annotatedOnly, offRailOnly, text, ...(distance ? { distance } : {}) }),
    [kinds, statuses, platforms, feeds, distance, pinnedOnly, annotatedOnly, offRailOnly, text],
  );
  const sort = useSortStore((state) => state.sort);
  const needed = listNeedsMetrics(withoutDates, sort);
  const metricsSource = needed ? metrics : null;
  const listMetrics = useMemo(() => metricsForList(metricsSource ?? new Map(), metricsSource !== null), [metricsSource]);
  // Sorted before filtering: the sort (the costly step) then runs when the sightings or the
  // order change, not on every filter change, and filtering keeps the order it is given.
  const sorted = useMemo(
    () => sortedPositions(sightings, sort, { metricsById: listMetrics }, timesMs),
    [sightings, sort, listMetrics, timesMs],
  );
  return useMemo(
    () => filterPositions(sightings, sorted, withoutDates, timesMs, { metricsById: listMetrics, feedIdsById, statuses: statusOf }),
    [sightings, sorted, withoutDates, timesMs, listMetrics, feedIdsById, statusOf],
  );
}
