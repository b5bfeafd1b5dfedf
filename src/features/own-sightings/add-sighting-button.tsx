import { ADD_SIGHTING_TOGGLE_ID, useAddSightingStore } from './add-sighting-store';

/** Toolbar toggle for the "Add sighting" mode. */
export function AddSightingButton() {
  const active = useAddSightingStore((state) => state.active);
  const start = useAddSightingStore((state) => state.start);
  const stop = useAddSightingStore((state) => state.stop);
  return (
    <button
      type="button"
      id={ADD_SIGHTING_TOGGLE_ID}
      aria-pressed={active}
      title="Click the map where a train was seen to record your own sighting"
      onClick={() => (active ? stop() : start())}
    >
      Add sighting
    </button>
  );
}
