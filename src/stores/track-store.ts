import { create } from 'zustand';

type TrackUiState = {
  /** Whether the analyst's tracks are drawn on the map. */
  visible: boolean;
  setVisible: (visible: boolean) => void;
};

export const useTrackStore = create<TrackUiState>()((set) => ({
  visible: true,
  setVisible: (visible) => set({ visible }),
}));
