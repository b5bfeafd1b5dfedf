import { useEffect, useMemo } from 'react';
import { toTrackPoints } from '../../domain/explore/tracks';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { TRACK_GROUP_ID, TRACK_SOURCE_ID, trackFeatures, trackLayerGroup } from '../../map/layers/track-layers';
import { useRailwatchMap } from '../../map/map-context';
import { useTrackStore } from '../../stores/track-store';
import { MAX_TRAIN_SPEED_KMH } from './track-format';
import { useTracks } from './use-tracks';

/**
 * Every track on the map as arrowed legs in time order, the selected sighting's tracks drawn
 * heavier. Tracks follow the loaded sightings (corrected locations included), not the list's
 * filters: a track is a claim about one train, and hiding half of it would misstate it.
 */
export function useTrackLayers(byId: ReadonlyMap<string, WorkspaceSighting>, selectedId: string | null): void {
  const map = useRailwatchMap();
  const { tracks } = useTracks();
  const visible = useTrackStore((state) => state.visible);

  const data = useMemo(
    () =>
      trackFeatures(
        tracks.map((track) => ({
          id: track.id,
          name: track.name,
          points: toTrackPoints(track.sightingIds, byId).points,
          highlighted: selectedId !== null && track.sightingIds.includes(selectedId),
        })),
        MAX_TRAIN_SPEED_KMH,
      ),
    [tracks, byId, selectedId],
  );

  useEffect(() => {
    if (!map) return;
    map.setLayerGroup(trackLayerGroup());
    return () => map.removeLayerGroup(TRACK_GROUP_ID);
  }, [map]);

  useEffect(() => {
    map?.setSourceData(TRACK_SOURCE_ID, data);
  }, [map, data]);

  useEffect(() => {
    map?.setLayerGroupVisible(TRACK_GROUP_ID, visible);
  }, [map, visible]);
}
