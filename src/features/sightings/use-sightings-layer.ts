import { useEffect, useMemo } from 'react';
import type { SightingColumns } from '../../domain/explore/sighting-columns';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useRailwatchMap } from '../../map/map-context';
import type { SightingPoints } from '../../map/railwatch-map';
import { shownMask } from './shown-mask';

/**
 * Keeps the map's sightings and selection in step with what the list shows. The map gets
 * every sighting once, as the columns the app already holds (`columns`: sightingColumns of
 * `all`), and then only which of them the filters let through (`shown`: positions into
 * `all`), so a filter change or a brush move does not rebuild its clusters.
 */
export function useSightingsLayer(
  all: readonly WorkspaceSighting[],
  columns: SightingColumns,
  shown: Uint32Array,
  selected: WorkspaceSighting | undefined,
): void {
  const map = useRailwatchMap();
  const points = useMemo(
    (): SightingPoints => ({ lons: columns.lons, lats: columns.lats, statuses: columns.statuses, idAt: (index) => all[index]!.id }),
    [all, columns],
  );

  useEffect(() => {
    map?.setSightings(points, shownMask(points.lons.length, shown));
  }, [map, points, shown]);

  useEffect(() => {
    map?.setSelected(selected ? { id: selected.id, lon: selected.lon, lat: selected.lat, status: selected.status } : null);
  }, [map, selected]);
}
