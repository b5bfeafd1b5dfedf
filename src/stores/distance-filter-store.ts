import { create } from 'zustand';

type BorderBandState = {
  /** The 40-mile band on the map: the picture of the "within 40 miles" question. Off by default. */
  showBand: boolean;
  setShowBand: (show: boolean) => void;
};

// The distance filter itself is FilterState.distance in filter-store (one filter value for
// the list, the map, permalinks and briefs); only the band's display switch lives here.
export const useDistanceFilterStore = create<BorderBandState>()((set) => ({
  showBand: false,
  setShowBand: (showBand) => set({ showBand }),
}));
