import type { FeatureCollection } from 'geojson';
import type { LayerGroup } from '../layer-group';
import { LAYER } from '../map-ids';

export const PINNED_GROUP_ID = 'annotation-pinned';
export const PINNED_SOURCE_ID = 'annotation-pinned';
export const PINNED_LAYER_ID = 'annotation-pinned-ring';

export const CORRECTION_GROUP_ID = 'annotation-correction';
export const CORRECTION_SOURCE_ID = 'annotation-correction';
export const CORRECTION_LAYER = {
  uncertaintyFill: 'annotation-uncertainty-fill',
  uncertaintyLine: 'annotation-uncertainty-line',
  link: 'annotation-correction-link',
  feedLocation: 'annotation-feed-location',
} as const;

const PIN_COLOR = '#6a1b9a';
const CORRECTION_COLOR = '#ffb000';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * A double ring (white casing, violet ring) around pinned sightings. It sits above the
 * points so it shows on top of their colour, but below the selection ring, which must win.
 */
export function pinnedLayerGroup(data: FeatureCollection = empty()): LayerGroup {
  return {
    id: PINNED_GROUP_ID,
    beforeLayer: LAYER.selection,
    sources: { [PINNED_SOURCE_ID]: { type: 'geojson', data } },
    layers: [
      {
        id: `${PINNED_LAYER_ID}-casing`,
        type: 'circle',
        source: PINNED_SOURCE_ID,
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 8.5, 10, 11.5],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 4.5,
        },
      },
      {
        id: PINNED_LAYER_ID,
        type: 'circle',
        source: PINNED_SOURCE_ID,
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 8.5, 10, 11.5],
          'circle-stroke-color': PIN_COLOR,
          'circle-stroke-width': 2.5,
        },
      },
    ],
  };
}

/** The selected sighting's correction: uncertainty circle, and a faint link to the feed's point. */
export function correctionLayerGroup(data: FeatureCollection = empty()): LayerGroup {
  const role = (name: string) => ['==', ['get', 'role'], name] as ['==', ['get', string], string];
  return {
    id: CORRECTION_GROUP_ID,
    sources: { [CORRECTION_SOURCE_ID]: { type: 'geojson', data } },
    layers: [
      {
        id: CORRECTION_LAYER.uncertaintyFill,
        type: 'fill',
        source: CORRECTION_SOURCE_ID,
        filter: role('uncertainty'),
        paint: { 'fill-color': CORRECTION_COLOR, 'fill-opacity': 0.12 },
      },
      {
        id: CORRECTION_LAYER.uncertaintyLine,
        type: 'line',
        source: CORRECTION_SOURCE_ID,
        filter: role('uncertainty'),
        paint: { 'line-color': CORRECTION_COLOR, 'line-width': 1.5 },
      },
      {
        id: CORRECTION_LAYER.link,
        type: 'line',
        source: CORRECTION_SOURCE_ID,
        filter: role('link'),
        paint: { 'line-color': '#555555', 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.7 },
      },
      {
        id: CORRECTION_LAYER.feedLocation,
        type: 'circle',
        source: CORRECTION_SOURCE_ID,
        filter: role('feed-location'),
        paint: {
          'circle-color': '#888888',
          'circle-opacity': 0.35,
          'circle-radius': 5,
          'circle-stroke-color': '#555555',
          'circle-stroke-width': 1,
          'circle-stroke-opacity': 0.6,
        },
      },
    ],
  };
}
