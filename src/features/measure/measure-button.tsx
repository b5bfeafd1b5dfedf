import { useMeasureStore } from '../../stores/measure-store';

/** Toolbar toggle for the measure mode; pressed while map clicks add measure points. */
export function MeasureButton() {
  const active = useMeasureStore((state) => state.active);
  const setActive = useMeasureStore((state) => state.setActive);
  return (
    <button type="button" aria-pressed={active} title="Measure distance (Esc ends)" onClick={() => setActive(!active)}>
      Measure distance
    </button>
  );
}
