import { useEffect, useRef } from 'react';
import { useLazyModule } from '../../lib/use-lazy-module';
import { useRailwatchMap } from '../../map/map-context';
import { SCHEMATIC_LAYER_IDS, STATION_LAYER_IDS } from '../../map/map-ids';
import { useLayersStore } from '../../stores/layers-store';
import { notify } from '../../stores/notice-store';
import { useOverlays } from './use-overlays';

// The overlay layer definitions load with the map, not with the shell (issue 8).
const loadRailLayers = () => import('../../map/layers/rail-layers');
const failed = (reason: string) =>
  notify({ kind: 'error', message: `Imported railway overlays could not be drawn on the map (${reason}). They are safe; reload the page to see them.` });

/** Keeps the map's rail layers in step with the Layers tab and the stored overlays. */
export function useRailMapLayers(): void {
  const map = useRailwatchMap();
  const layers = useLazyModule(loadRailLayers, failed);
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
    if (!map || !layers || !onlineOverlay) return;
    map.setLayerGroup(layers.openRailwayMapGroup());
    return () => map.removeLayerGroup(layers.OPENRAILWAYMAP_GROUP_ID);
  }, [map, layers, onlineOverlay]);

  useEffect(() => {
    if (!map || !layers) return;
    const current = installed.current;
    const present = new Set<string>();
    for (const overlay of overlays) {
      present.add(overlay.id);
      const shown = current.get(overlay.id);
      if (shown === undefined) map.setLayerGroup(layers.railOverlayGroup(overlay.id, overlay.geojson, overlay.visible));
      else if (shown !== overlay.visible) map.setLayerGroupVisible(layers.railOverlayGroupId(overlay.id), overlay.visible);
      current.set(overlay.id, overlay.visible);
    }
    for (const id of [...current.keys()]) {
      if (present.has(id)) continue;
      map.removeLayerGroup(layers.railOverlayGroupId(id));
      current.delete(id);
    }
  }, [map, layers, overlays]);

  useEffect(() => {
    const current = installed.current;
    return () => {
      if (layers) for (const id of current.keys()) map?.removeLayerGroup(layers.railOverlayGroupId(id));
      current.clear();
    };
  }, [map, layers]);
}
