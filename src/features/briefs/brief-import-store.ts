import { create } from 'zustand';
import type { BriefImportResult } from './import-brief-file';

/** The outcome of the last brief import, shown until the analyst closes the report. */
type BriefImportState = {
  result: BriefImportResult | null;
  show: (result: BriefImportResult | null) => void;
};

export const useBriefImportStore = create<BriefImportState>()((set) => ({
  result: null,
  show: (result) => set({ result }),
}));
