import { create } from 'zustand';

export const SIGHTING_SORTS = ['date-desc', 'date-asc', 'distance-asc', 'status'] as const;
export type SightingSort = (typeof SIGHTING_SORTS)[number];

type SortState = {
  sort: SightingSort;
  setSort: (sort: SightingSort) => void;
};

/** How the sightings list is ordered; newest first until the analyst picks another order. */
export const useSortStore = create<SortState>()((set) => ({
  sort: 'date-desc',
  setSort: (sort) => set({ sort }),
}));
