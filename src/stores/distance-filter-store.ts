import { create } from 'zustand';

export const DISTANCE_PRESETS = ['any', 'within-25km', 'within-40mi', 'within-100km', 'custom'] as const;
export type DistancePreset = (typeof DISTANCE_PRESETS)[number];

type DistanceFilterState = {
  preset: DistancePreset;
  /** The last valid custom distance; only used while preset is 'custom'. */
  customKm: number;
  /** The 40-mile band on the map: the picture of the "within 40 miles" question. Off by default. */
  showBand: boolean;
  setPreset: (preset: DistancePreset) => void;
  setCustomKm: (km: number) => void;
  setShowBand: (show: boolean) => void;
};

export const useDistanceFilterStore = create<DistanceFilterState>()((set) => ({
  preset: 'any',
  customKm: 50,
  showBand: false,
  setPreset: (preset) => set({ preset }),
  // Callers validate; a non-positive or non-finite value would silently hide every sighting.
  setCustomKm: (km) => {
    if (Number.isFinite(km) && km > 0) set({ customKm: km });
  },
  setShowBand: (showBand) => set({ showBand }),
}));
