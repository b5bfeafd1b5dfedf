import { correctionGeoJson, pinnedPointsGeoJson } from '../../domain/workspace/annotation-geometry';
import {
  CORRECTION_GROUP_ID,
  CORRECTION_SOURCE_ID,
  PINNED_GROUP_ID,
  PINNED_SOURCE_ID,
  correctionLayerGroup,
  pinnedLayerGroup,
} from '../../map/layers/annotation-layers';

/** How the analyst's layer is drawn; loaded once there is a pin or a correction to draw. */
export const annotationMapLayers = {
  groups: () => [pinnedLayerGroup(), correctionLayerGroup()],
  groupIds: [PINNED_GROUP_ID, CORRECTION_GROUP_ID],
  pinnedSourceId: PINNED_SOURCE_ID,
  correctionSourceId: CORRECTION_SOURCE_ID,
  pinned: pinnedPointsGeoJson,
  correction: correctionGeoJson,
};

export type AnnotationMapLayers = typeof annotationMapLayers;
