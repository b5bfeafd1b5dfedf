import { useEffect } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useRailwatchMap } from '../../map/map-context';

/** Keeps the map's sightings and selection in step with what the list shows. */
export function useSightingsLayer(sightings: readonly WorkspaceSighting[], selected: WorkspaceSighting | undefined): void {
  const map = useRailwatchMap();

  useEffect(() => {
    map?.setSightings(sightings.map(({ id, lon, lat, status }) => ({ id, lon, lat, status })));
  }, [map, sightings]);

  useEffect(() => {
    map?.setSelected(selected ? { id: selected.id, lon: selected.lon, lat: selected.lat, status: selected.status } : null);
  }, [map, selected]);
}
