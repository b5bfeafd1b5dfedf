import { useMemo } from 'react';
import type { OverlayRecord } from '../../db/records';
import type { RailLayerInput } from '../../domain/geo/rail-plausibility';
import { useLayersStore } from '../../stores/layers-store';
import { useRailData } from './rail-data-query';
import { overlayRailLayer, schematicRailLayer } from './rail-layer-inputs';
import { useOverlays } from './use-overlays';

const NONE: RailLayerInput[] = [];

// Overlay geometry never changes after import (only name and visibility do), so each one is
// converted once, although the live query hands back fresh copies on every change.
const converted = new Map<string, { createdAt: string; layer: RailLayerInput }>();

function overlayLayer(overlay: OverlayRecord): RailLayerInput {
  let entry = converted.get(overlay.id);
  if (!entry || entry.createdAt !== overlay.createdAt) {
    entry = { createdAt: overlay.createdAt, layer: overlayRailLayer(overlay) };
    converted.set(overlay.id, entry);
  }
  return entry.layer.name === overlay.name ? entry.layer : { ...entry.layer, name: overlay.name };
}

/**
 * The rail layers the analyst can see, as inputs for the plausibility check: the schematic
 * (with its stations) while it is switched on, and every visible imported overlay as 'real'.
 * The array keeps its identity until the layers or their visibility change.
 */
export function useActiveRailLayers(): RailLayerInput[] {
  const schematicVisible = useLayersStore((state) => state.schematicVisible);
  const schematic = useRailData('rail-schematic.json');
  const stations = useRailData('rail-stations.json');
  const { overlays } = useOverlays();

  const schematicLayer = useMemo(
    () => (schematic.data && stations.data ? schematicRailLayer(schematic.data, stations.data) : null),
    [schematic.data, stations.data],
  );

  const overlayLayers = useMemo(() => {
    for (const id of converted.keys()) if (!overlays.some((overlay) => overlay.id === id)) converted.delete(id);
    return overlays.filter((overlay) => overlay.visible).map(overlayLayer);
  }, [overlays]);

  return useMemo(() => {
    const layers = [...(schematicVisible && schematicLayer ? [schematicLayer] : []), ...overlayLayers];
    return layers.length === 0 ? NONE : layers;
  }, [schematicVisible, schematicLayer, overlayLayers]);
}
