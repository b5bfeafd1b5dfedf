// The draft the store keeps while the form is filled in; validation lives in sighting-form.ts,
// which loads with the form rather than with the toolbar toggle.

/** What the form holds: text as typed, so a half-typed value is never lost to parsing. */
export type SightingFormValues = {
  place: string;
  observedAt: string;
  status: string;
  equipmentKind: string;
  equipmentCount: string;
  caption: string;
  sourceUrl: string;
  lon: string;
  lat: string;
};

export type SightingFormField = keyof SightingFormValues;

/** Coordinates as a click gives them, rounded to ~1 m so the form does not show 15 digits. */
export function emptySightingForm(position: { lon: number; lat: number }): SightingFormValues {
  return {
    place: '',
    observedAt: '',
    status: 'unverified',
    equipmentKind: '',
    equipmentCount: '',
    caption: '',
    sourceUrl: '',
    lon: position.lon.toFixed(5),
    lat: position.lat.toFixed(5),
  };
}
