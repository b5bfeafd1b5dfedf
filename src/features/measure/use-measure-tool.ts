import { useEffect } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { useMeasureStore } from '../../stores/measure-store';

/**
 * The measure mode's input: clicks add points, Esc ends the mode. Loaded with the app, so a
 * click made while the readout is still loading is a point, not a sighting selection.
 */
export function useMeasureTool(): void {
  const map = useRailwatchMap();
  const active = useMeasureStore((state) => state.active);

  useEffect(() => {
    if (!map || !active) return;
    map.setClickMode(({ lon, lat }) => useMeasureStore.getState().addPoint([lon, lat]));
    return () => map.setClickMode(null);
  }, [map, active]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) useMeasureStore.getState().setActive(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
