import { create } from 'zustand';

/**
 * Which brief the Briefs tab has open. The details panel's "Add to brief" offers it first, so
 * building a brief is: open it, then click through sightings. UI state only; briefs are in Dexie.
 */
type BriefState = {
  openBriefId: string | null;
  openBrief: (id: string | null) => void;
};

export const useBriefStore = create<BriefState>()((set) => ({
  openBriefId: null,
  openBrief: (openBriefId) => set({ openBriefId }),
}));
