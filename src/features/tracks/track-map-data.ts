import type { FeatureCollection } from 'geojson';
import type { TrackRecord } from '../../db/records';
import { toTrackPoints } from '../../domain/explore/tracks';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { TRACK_GROUP_ID, TRACK_SOURCE_ID, trackFeatures, trackLayerGroup } from '../../map/layers/track-layers';
import { MAX_TRAIN_SPEED_KMH } from './track-format';

/** How tracks are drawn; loaded once there is a track to draw (see useTrackLayers). */
export const trackMapLayers = {
  groupId: TRACK_GROUP_ID,
  sourceId: TRACK_SOURCE_ID,
  group: () => trackLayerGroup(),
  data: (tracks: readonly TrackRecord[], byId: ReadonlyMap<string, WorkspaceSighting>, selectedId: string | null): FeatureCollection =>
    trackFeatures(
      tracks.map((track) => ({
        id: track.id,
        name: track.name,
        points: toTrackPoints(track.sightingIds, byId).points,
        highlighted: selectedId !== null && track.sightingIds.includes(selectedId),
      })),
      MAX_TRAIN_SPEED_KMH,
    ),
};

export type TrackMapLayers = typeof trackMapLayers;
