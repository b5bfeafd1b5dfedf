import { create } from 'zustand';

export type LeftTab = 'sightings' | 'pinned' | 'feeds' | 'layers' | 'briefs';

type PanelState = {
  leftTab: LeftTab;
  setLeftTab: (tab: LeftTab) => void;
};

export const usePanelStore = create<PanelState>()((set) => ({
  leftTab: 'sightings',
  setLeftTab: (leftTab) => set({ leftTab }),
}));
