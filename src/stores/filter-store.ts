import { create } from 'zustand';
import { EMPTY_FILTERS, type FilterState } from '../domain/explore/filter-state';

type FilterStore = {
  filters: FilterState;
  /** Replaces the whole state (permalinks, "clear all", chip removal). */
  setFilters: (filters: FilterState) => void;
  /** Merges a partial change (one control). */
  patchFilters: (patch: Partial<FilterState>) => void;
  /** The timeline brush and play window write here. */
  setDateRange: (from: string | undefined, to: string | undefined) => void;
  clearFilters: () => void;
  /** The list shows only what lies in the map view. Not a filter of the data: the map and counts ignore it. */
  onlyInView: boolean;
  setOnlyInView: (onlyInView: boolean) => void;
};

/** Every list/map filter in one serialisable value, so a permalink can hold it. */
export const useFilterStore = create<FilterStore>()((set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (filters) => set({ filters }),
  patchFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setDateRange: (from, to) =>
    set((state) => {
      const { from: _from, to: _to, ...rest } = state.filters;
      return { filters: { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  onlyInView: false,
  setOnlyInView: (onlyInView) => set({ onlyInView }),
}));
