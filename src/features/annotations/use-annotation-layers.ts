import { useEffect, useMemo } from 'react';
import { correctionGeoJson, pinnedPointsGeoJson } from '../../domain/workspace/annotation-geometry';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import {
  CORRECTION_GROUP_ID,
  CORRECTION_SOURCE_ID,
  PINNED_GROUP_ID,
  PINNED_SOURCE_ID,
  correctionLayerGroup,
  pinnedLayerGroup,
} from '../../map/layers/annotation-layers';
import { useRailwatchMap } from '../../map/map-context';

/** Rings around pinned sightings, and the selected sighting's corrected location on the map. */
export function useAnnotationLayers(sightings: readonly WorkspaceSighting[], selected: WorkspaceSighting | undefined): void {
  const map = useRailwatchMap();
  const pinned = useMemo(() => pinnedPointsGeoJson(sightings), [sightings]);
  const correction = useMemo(() => correctionGeoJson(selected), [selected]);

  useEffect(() => {
    if (!map) return;
    map.setLayerGroup(pinnedLayerGroup());
    map.setLayerGroup(correctionLayerGroup());
    return () => {
      map.removeLayerGroup(PINNED_GROUP_ID);
      map.removeLayerGroup(CORRECTION_GROUP_ID);
    };
  }, [map]);

  useEffect(() => {
    map?.setSourceData(PINNED_SOURCE_ID, pinned);
  }, [map, pinned]);

  useEffect(() => {
    map?.setSourceData(CORRECTION_SOURCE_ID, correction);
  }, [map, correction]);
}
