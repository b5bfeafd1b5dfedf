import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { trackArrows, trackSegments, type TrackPoint } from '../../domain/explore/tracks';
import type { LayerGroup } from '../layer-group';
import { LABEL_FONT } from '../map-ids';

export const TRACK_GROUP_ID = 'tracks';
export const TRACK_SOURCE_ID = 'tracks';
export const TRACK_LINE_LAYER_ID = 'track-lines';
export const TRACK_IMPLAUSIBLE_LAYER_ID = 'track-lines-implausible';
export const TRACK_ARROW_LAYER_ID = 'track-arrows';

const TRACK_COLOR = '#5a3e8c';
const IMPLAUSIBLE_COLOR = '#d1202f';

export type TrackInput = {
  id: string;
  name: string;
  points: readonly TrackPoint[];
  /** The tracks of the selected sighting are drawn heavier. */
  highlighted: boolean;
};

/**
 * One LineString per leg (so an implausible leg can be drawn on its own in red and dashed)
 * and one arrow point per leg at its midpoint, rotated to the direction of travel.
 */
export function trackFeatures(tracks: readonly TrackInput[], maxSpeedKmh: number): FeatureCollection {
  const features: Feature[] = [];
  for (const track of tracks) {
    const { segments } = trackSegments(track.points, { maxSpeedKmh });
    const byId = new Map(track.points.map((point) => [point.id, point]));
    const implausibleLegs = new Set<string>();
    for (const segment of segments) {
      const a = byId.get(segment.fromId)!;
      const b = byId.get(segment.toId)!;
      if (segment.implausible) implausibleLegs.add(`${segment.fromId}>${segment.toId}`);
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
        properties: { trackId: track.id, name: track.name, implausible: segment.implausible, highlighted: track.highlighted },
      });
    }
    for (const arrow of trackArrows(track.points)) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [arrow.lon, arrow.lat] },
        properties: {
          trackId: track.id,
          bearing: arrow.bearingDeg,
          implausible: implausibleLegs.has(`${arrow.fromId}>${arrow.toId}`),
          highlighted: track.highlighted,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const lineWidth: ExpressionSpecification = ['case', ['get', 'highlighted'], 4, 2.5];

/** Drawn below the sightings, so a sighting on a track can still be clicked. */
export function trackLayerGroup(data: FeatureCollection = { type: 'FeatureCollection', features: [] }): LayerGroup {
  return {
    id: TRACK_GROUP_ID,
    sources: { [TRACK_SOURCE_ID]: { type: 'geojson', data } },
    layers: [
      {
        id: `${TRACK_LINE_LAYER_ID}-casing`,
        type: 'line',
        source: TRACK_SOURCE_ID,
        filter: isLine,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': ['case', ['get', 'highlighted'], 7, 5], 'line-opacity': 0.8 },
      },
      {
        id: TRACK_LINE_LAYER_ID,
        type: 'line',
        source: TRACK_SOURCE_ID,
        filter: ['all', isLine, ['!', ['get', 'implausible']]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': TRACK_COLOR, 'line-width': lineWidth },
      },
      {
        id: TRACK_IMPLAUSIBLE_LAYER_ID,
        type: 'line',
        source: TRACK_SOURCE_ID,
        filter: ['all', isLine, ['to-boolean', ['get', 'implausible']]],
        layout: { 'line-cap': 'butt', 'line-join': 'round' },
        paint: { 'line-color': IMPLAUSIBLE_COLOR, 'line-width': lineWidth, 'line-dasharray': [2, 1.5] },
      },
      {
        id: TRACK_ARROW_LAYER_ID,
        type: 'symbol',
        source: TRACK_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          // '▶' points east; the bearing is clockwise from north, so turn it back a quarter.
          'text-field': '▶',
          'text-font': LABEL_FONT,
          'text-size': ['case', ['get', 'highlighted'], 18, 14],
          'text-rotate': ['-', ['get', 'bearing'], 90],
          'text-rotation-alignment': 'map',
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: {
          'text-color': ['case', ['get', 'implausible'], IMPLAUSIBLE_COLOR, TRACK_COLOR],
          'text-halo-color': '#ffffff',
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
