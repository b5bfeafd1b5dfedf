import { useCallback, useSyncExternalStore } from 'react';
import type { Bounds } from '../../domain/explore/filter-sightings';
import { useRailwatchMap } from '../../map/map-context';
import type { RailwatchMap } from '../../map/railwatch-map';

// One snapshot per map, renewed when a move ends: React needs the same array back between
// moves, and bounds() makes a new one each call.
const snapshots = new WeakMap<RailwatchMap, Bounds>();

function snapshotOf(map: RailwatchMap): Bounds {
  let bounds = snapshots.get(map);
  if (!bounds) {
    bounds = map.bounds();
    snapshots.set(map, bounds);
  }
  return bounds;
}

/** The map's current bounds, updated when a move ends; null until the map exists. */
export function useMapBounds(): Bounds | null {
  const map = useRailwatchMap();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!map) return () => undefined;
      return map.onViewChange(() => {
        snapshots.set(map, map.bounds());
        onChange();
      });
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => (map ? snapshotOf(map) : null));
}
