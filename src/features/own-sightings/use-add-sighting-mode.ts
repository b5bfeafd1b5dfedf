import { useEffect } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { focusAddSightingToggle, useAddSightingStore } from './add-sighting-store';

/** While the mode is on, map clicks place the draft and Esc (anywhere but another dialog) cancels. */
export function useAddSightingMode(): void {
  const map = useRailwatchMap();
  const active = useAddSightingStore((state) => state.active);
  const placeAt = useAddSightingStore((state) => state.placeAt);
  const stop = useAddSightingStore((state) => state.stop);

  useEffect(() => {
    if (!map || !active) return;
    map.setClickMode(placeAt);
    return () => map.setClickMode(null);
  }, [map, active, placeAt]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      stop();
      focusAddSightingToggle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, stop]);
}
