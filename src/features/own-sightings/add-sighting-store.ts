import { create } from 'zustand';
import { emptySightingForm, type SightingFormField, type SightingFormValues } from './sighting-form-values';

/**
 * The "Add sighting" mode: on or off, and the form being filled in (null until the analyst
 * has picked a spot). Kept here because the toolbar toggle, the map click and the form are
 * in different parts of the page.
 */
type AddSightingState = {
  active: boolean;
  values: SightingFormValues | null;
  start: () => void;
  /** A map click or a dragged marker: moves the draft, keeping whatever else was typed. */
  placeAt: (position: { lon: number; lat: number }) => void;
  setField: (field: SightingFormField, value: string) => void;
  stop: () => void;
};

export const useAddSightingStore = create<AddSightingState>()((set) => ({
  active: false,
  values: null,
  start: () => set({ active: true, values: null }),
  placeAt: (position) =>
    set((state) => {
      if (!state.active) return {};
      const fresh = emptySightingForm(position);
      return { values: state.values ? { ...state.values, lon: fresh.lon, lat: fresh.lat } : fresh };
    }),
  setField: (field, value) => set((state) => (state.values ? { values: { ...state.values, [field]: value } } : {})),
  stop: () => set({ active: false, values: null }),
}));

/** The toggle's id, so focus can go back to it when the mode ends. */
export const ADD_SIGHTING_TOGGLE_ID = 'add-sighting-toggle';

export function focusAddSightingToggle(): void {
  document.getElementById(ADD_SIGHTING_TOGGLE_ID)?.focus();
}
