import { create } from 'zustand';

export type MeasurePoint = readonly [lon: number, lat: number];

type MeasureState = {
  /** While true, map clicks add points instead of selecting sightings. */
  active: boolean;
  /** Kept when the mode ends so the analyst can still read the result; cleared explicitly. */
  points: readonly MeasurePoint[];
  setActive: (active: boolean) => void;
  addPoint: (point: MeasurePoint) => void;
  undoLast: () => void;
  clear: () => void;
};

export const useMeasureStore = create<MeasureState>()((set) => ({
  active: false,
  points: [],
  setActive: (active) => set({ active }),
  addPoint: (point) => set((state) => ({ points: [...state.points, point] })),
  undoLast: () => set((state) => ({ points: state.points.slice(0, -1) })),
  clear: () => set({ points: [] }),
}));
