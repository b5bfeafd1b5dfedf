import type { FeatureCollection } from 'geojson';
import type { LayerGroup } from '../layer-group';
import { LABEL_FONT, LAYER } from '../map-ids';

export const BORDER_BAND_GROUP_ID = 'border-band';
export const BORDER_BAND_SOURCE_ID = 'border-band';
export const BORDER_BAND_FILL_LAYER_ID = 'border-band-fill';
export const BORDER_BAND_OUTLINE_LAYER_ID = 'border-band-outline';

export const BORDER_NEAREST_GROUP_ID = 'border-nearest';
export const BORDER_NEAREST_SOURCE_ID = 'border-nearest';
export const BORDER_NEAREST_LINE_LAYER_ID = 'border-nearest-line';
export const BORDER_NEAREST_POINT_LAYER_ID = 'border-nearest-point';
export const BORDER_NEAREST_LABEL_LAYER_ID = 'border-nearest-label';

const BAND_COLOR = '#d1202f';
const NEAREST_COLOR = '#7a1fa2';

/**
 * The 40-mile band as a translucent fill under the border line, so the border itself stays
 * crisp on top. `dataUrl` is the generated public/data/border-buffer-40mi.json.
 */
export function borderBandGroup(dataUrl: string, visible: boolean): LayerGroup {
  return {
    id: BORDER_BAND_GROUP_ID,
    beforeLayer: LAYER.borderByUa,
    visible,
    sources: { [BORDER_BAND_SOURCE_ID]: { type: 'geojson', data: dataUrl } },
    layers: [
      {
        id: BORDER_BAND_FILL_LAYER_ID,
        type: 'fill',
        source: BORDER_BAND_SOURCE_ID,
        paint: { 'fill-color': BAND_COLOR, 'fill-opacity': 0.1 },
      },
      {
        id: BORDER_BAND_OUTLINE_LAYER_ID,
        type: 'line',
        source: BORDER_BAND_SOURCE_ID,
        paint: { 'line-color': BAND_COLOR, 'line-width': 1.2, 'line-opacity': 0.55, 'line-dasharray': [4, 3] },
      },
    ],
  };
}

export type NearestBorderLink = { from: [number, number]; to: [number, number]; label: string };

/** The line from the selected sighting to its nearest border point, with the distance at its middle. */
export function nearestBorderData(link: NearestBorderLink | null): FeatureCollection {
  if (!link) return { type: 'FeatureCollection', features: [] };
  const { from, to, label } = link;
  const middle = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [from, to] }, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: to }, properties: { role: 'nearest' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: middle }, properties: { role: 'label', label } },
    ],
  };
}

export function nearestBorderGroup(link: NearestBorderLink | null): LayerGroup {
  const isRole = (role: string) => ['==', ['get', 'role'], role] as ['==', ['get', string], string];
  return {
    id: BORDER_NEAREST_GROUP_ID,
    sources: { [BORDER_NEAREST_SOURCE_ID]: { type: 'geojson', data: nearestBorderData(link) } },
    layers: [
      {
        id: BORDER_NEAREST_LINE_LAYER_ID,
        type: 'line',
        source: BORDER_NEAREST_SOURCE_ID,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': NEAREST_COLOR, 'line-width': 2, 'line-dasharray': [2, 1.5] },
      },
      {
        id: BORDER_NEAREST_POINT_LAYER_ID,
        type: 'circle',
        source: BORDER_NEAREST_SOURCE_ID,
        filter: isRole('nearest'),
        paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': NEAREST_COLOR, 'circle-stroke-width': 2 },
      },
      {
        id: BORDER_NEAREST_LABEL_LAYER_ID,
        type: 'symbol',
        source: BORDER_NEAREST_SOURCE_ID,
        filter: isRole('label'),
        layout: { 'text-field': ['get', 'label'], 'text-font': LABEL_FONT, 'text-size': 12, 'text-allow-overlap': true },
        paint: { 'text-color': NEAREST_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
      },
    ],
  };
}
