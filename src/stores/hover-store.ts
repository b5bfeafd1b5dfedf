import { create } from 'zustand';

type HoverState = {
  /** The sighting under the pointer, in the list or on the map; null when none. */
  hoveredId: string | null;
  setHovered: (id: string | null) => void;
};

/** Hover links the list and the map both ways: whichever side the pointer is on sets it. */
export const useHoverStore = create<HoverState>()((set, get) => ({
  hoveredId: null,
  // Pointer moves fire far more often than the hovered sighting changes: only changes notify.
  setHovered: (id) => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
}));
