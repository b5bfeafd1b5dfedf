import { useEffect, useMemo } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useRailwatchMap } from '../../map/map-context';
import { shownMask } from './shown-mask';

/**
 * Keeps the map's sightings and selection in step with what the list shows. The map gets
 * every sighting once and then only which of them the filters let through (`shown`:
 * positions into `all`), so a filter change or a brush move does not rebuild its clusters.
 */
export function useSightingsLayer(all: readonly WorkspaceSighting[], shown: Uint32Array, selected: WorkspaceSighting | undefined): void {
  const map = useRailwatchMap();
  const points = useMemo(() => all.map(({ id, lon, lat, status }) => ({ id, lon, lat, status })), [all]);

  useEffect(() => {
    map?.setSightings(points, shownMask(points.length, shown));
  }, [map, points, shown]);

  useEffect(() => {
    map?.setSelected(selected ? { id: selected.id, lon: selected.lon, lat: selected.lat, status: selected.status } : null);
  }, [map, selected]);
}
