import type { FeatureCollection } from 'geojson';
import type { LayerGroup } from '../layer-group';
import { LAYER } from '../map-ids';

export const OPENRAILWAYMAP_GROUP_ID = 'openrailwaymap';
export const OPENRAILWAYMAP_LAYER_ID = 'openrailwaymap-tiles';
export const OPENRAILWAYMAP_TILES = ['a', 'b', 'c'].map((server) => `https://${server}.tiles.openrailwaymap.org/standard/{z}/{x}/{y}.png`);

/**
 * OpenRailwayMap's raster tiles. Built only when the analyst switches the overlay on: a group
 * that is merely hidden would still let MapLibre fetch tiles, and the request itself tells
 * openrailwaymap.org which area is being watched.
 */
export function openRailwayMapGroup(): LayerGroup {
  return {
    id: OPENRAILWAYMAP_GROUP_ID,
    sources: {
      [OPENRAILWAYMAP_GROUP_ID]: {
        type: 'raster',
        tiles: OPENRAILWAYMAP_TILES,
        tileSize: 256,
        maxzoom: 19,
        attribution:
          '© <a href="https://www.openrailwaymap.org/">OpenRailwayMap</a> contributors, © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      },
    },
    // Under the schematic, the border and the labels: the tiles are context, not the subject.
    beforeLayer: LAYER.rail,
    layers: [{ id: OPENRAILWAYMAP_LAYER_ID, type: 'raster', source: OPENRAILWAYMAP_GROUP_ID, paint: { 'raster-opacity': 0.85 } }],
  };
}

export const railOverlayGroupId = (overlayId: string) => `rail-overlay-${overlayId}`;
export const railOverlayLayerId = (overlayId: string) => `rail-overlay-${overlayId}-line`;

export const RAIL_OVERLAY_COLOR = '#6b2fa0';

/** An imported OpenStreetMap railway file: solid, unlike the dashed schematic, because it is surveyed track. */
export function railOverlayGroup(overlayId: string, data: FeatureCollection, visible: boolean): LayerGroup {
  const sourceId = railOverlayGroupId(overlayId);
  return {
    id: sourceId,
    sources: { [sourceId]: { type: 'geojson', data } },
    beforeLayer: LAYER.stations,
    visible,
    layers: [
      {
        id: railOverlayLayerId(overlayId),
        type: 'line',
        source: sourceId,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': RAIL_OVERLAY_COLOR,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.1, 9, 2.2, 14, 3.5],
          'line-opacity': 0.9,
        },
      },
    ],
  };
}
