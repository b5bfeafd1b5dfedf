import { create } from 'zustand';

/**
 * Files waiting to be imported. Two places ask for imports (the toolbar's picker and a drop
 * on the map) and one controller runs them, one at a time. UI state only: the files' contents
 * never enter the store.
 */
type ImportQueueState = {
  queue: File[];
  request: (files: readonly File[]) => void;
  /** Removes and returns the next file. */
  take: () => File | undefined;
};

export const useImportQueue = create<ImportQueueState>()((set, get) => ({
  queue: [],
  request: (files) => set((state) => ({ queue: [...state.queue, ...files] })),
  take: () => {
    const [next, ...rest] = get().queue;
    if (next) set({ queue: rest });
    return next;
  },
}));
