import { useMemo } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';
import { EMPTY_FILTERS } from '../../domain/explore/filter-state';
import { filterPositions } from '../../domain/explore/filter-sightings';
import { useFilterStore } from '../../stores/filter-store';

/**
 * The positions (into `sightings`) inside the timeline's date range (the filter store's
 * from/to), order kept. The timeline itself is fed the sightings before this step, so the
 * days outside the brush stay visible as context. Dates come from `timesMs`, so a brush move
 * is one pass over a typed array.
 */
export function useDateRangeFilter(sightings: readonly ExploreSighting[], timesMs: Float64Array, positions: Uint32Array): Uint32Array {
  const from = useFilterStore((state) => state.filters.from);
  const to = useFilterStore((state) => state.filters.to);
  return useMemo(
    () =>
      from || to
        ? filterPositions(sightings, positions, { ...EMPTY_FILTERS, ...(from ? { from } : {}), ...(to ? { to } : {}) }, timesMs)
        : positions,
    [sightings, timesMs, positions, from, to],
  );
}
