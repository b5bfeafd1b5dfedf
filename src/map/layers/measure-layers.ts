import type { Feature, FeatureCollection } from 'geojson';
import type { LayerGroup } from '../layer-group';
import { LABEL_FONT } from '../map-ids';

export const MEASURE_GROUP_ID = 'measure';
export const MEASURE_SOURCE_ID = 'measure';
export const MEASURE_LINE_LAYER_ID = 'measure-line';
export const MEASURE_VERTEX_LAYER_ID = 'measure-vertices';

const MEASURE_COLOR = '#e4570e';

/** The measured path as one line plus a numbered point per vertex. */
export function measureData(points: readonly (readonly [number, number])[]): FeatureCollection {
  const features: Feature[] = points.map((point, index) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [point[0], point[1]] },
    properties: { index: index + 1 },
  }));
  if (points.length >= 2) {
    features.unshift({ type: 'Feature', geometry: { type: 'LineString', coordinates: points.map((point) => [point[0], point[1]]) }, properties: {} });
  }
  return { type: 'FeatureCollection', features };
}

/** Drawn above the sightings: while measuring, the path is what the analyst is looking at. */
export function measureGroup(points: readonly (readonly [number, number])[]): LayerGroup {
  return {
    id: MEASURE_GROUP_ID,
    above: true,
    sources: { [MEASURE_SOURCE_ID]: { type: 'geojson', data: measureData(points) } },
    layers: [
      {
        id: `${MEASURE_LINE_LAYER_ID}-casing`,
        type: 'line',
        source: MEASURE_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 5.5, 'line-opacity': 0.85 },
      },
      {
        id: MEASURE_LINE_LAYER_ID,
        type: 'line',
        source: MEASURE_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': MEASURE_COLOR, 'line-width': 2.5 },
      },
      {
        id: MEASURE_VERTEX_LAYER_ID,
        type: 'circle',
        source: MEASURE_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': '#ffffff', 'circle-radius': 5, 'circle-stroke-color': MEASURE_COLOR, 'circle-stroke-width': 2.5 },
      },
      {
        id: `${MEASURE_VERTEX_LAYER_ID}-label`,
        type: 'symbol',
        source: MEASURE_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'text-field': ['to-string', ['get', 'index']],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-offset': [0, -1.2],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': MEASURE_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
