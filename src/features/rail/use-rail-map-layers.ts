import { useEffect, useRef } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import {
  OPENRAILWAYMAP_GROUP_ID,
  SCHEMATIC_LAYER_IDS,
  STATION_LAYER_IDS,
  openRailwayMapGroup,
  railOverlayGroup,
  railOverlayGroupId,
} from '../../map/layers/rail-layers';
import { useLayersStore } from '../../stores/layers-store';
import { useOverlays } from './use-overlays';

/** Keeps the map's rail layers in step with the Layers tab and the stored overlays. */
export function useRailMapLayers(): void {
  const map = useRailwatchMap();
  const schematicVisible = useLayersStore((state) => state.schematicVisible);
  const stationsVisible = useLayersStore((state) => state.stationsVisible);
  const onlineOverlay = useLayersStore((state) => state.onlineOverlay);
  const { overlays } = useOverlays();
  /** Overlay id → visibility currently on the map, so an overlay's data is handed over once. */
  const installed = useRef(new Map<string, boolean>());

  useEffect(() => {
    map?.setStyleLayersVisible(SCHEMATIC_LAYER_IDS, schematicVisible);
  }, [map, schematicVisible]);

  useEffect(() => {
    map?.setStyleLayersVisible(STATION_LAYER_IDS, stationsVisible);
  }, [map, stationsVisible]);

  // Added only while on and removed when off: a hidden raster layer could still fetch tiles.
  useEffect(() => {
    if (!map || !onlineOverlay) return;
    map.setLayerGroup(openRailwayMapGroup());
    return () => map.removeLayerGroup(OPENRAILWAYMAP_GROUP_ID);
  }, [map, onlineOverlay]);

  useEffect(() => {
    if (!map) return;
    const current = installed.current;
    const present = new Set<string>();
    for (const overlay of overlays) {
      present.add(overlay.id);
      const shown = current.get(overlay.id);
      if (shown === undefined) map.setLayerGroup(railOverlayGroup(overlay.id, overlay.geojson, overlay.visible));
      else if (shown !== overlay.visible) map.setLayerGroupVisible(railOverlayGroupId(overlay.id), overlay.visible);
      current.set(overlay.id, overlay.visible);
    }
    for (const id of [...current.keys()]) {
      if (present.has(id)) continue;
      map.removeLayerGroup(railOverlayGroupId(id));
      current.delete(id);
    }
  }, [map, overlays]);

  useEffect(() => {
    const current = installed.current;
    return () => {
      for (const id of current.keys()) map?.removeLayerGroup(railOverlayGroupId(id));
      current.clear();
    };
  }, [map]);
}
