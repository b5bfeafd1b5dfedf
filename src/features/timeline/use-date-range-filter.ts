import { useMemo } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';
import { EMPTY_FILTERS } from '../../domain/explore/filter-state';
import { filterSightings } from '../../domain/explore/filter-sightings';
import { useFilterStore } from '../../stores/filter-store';

/**
 * The sightings inside the timeline's date range (the filter store's from/to), order kept.
 * The timeline itself is fed the sightings before this step, so the days outside the brush
 * stay visible as context.
 */
export function useDateRangeFilter<T extends ExploreSighting>(sightings: readonly T[]): readonly T[] {
  const from = useFilterStore((state) => state.filters.from);
  const to = useFilterStore((state) => state.filters.to);
  return useMemo(
    () => (from || to ? filterSightings(sightings, { ...EMPTY_FILTERS, ...(from ? { from } : {}), ...(to ? { to } : {}) }) : sightings),
    [sightings, from, to],
  );
}
