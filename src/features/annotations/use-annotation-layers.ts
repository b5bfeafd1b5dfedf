import { useEffect, useMemo, useState } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useRailwatchMap } from '../../map/map-context';
import { notify } from '../../stores/notice-store';
import type { AnnotationMapLayers } from './annotation-map-data';

function hasPins(sightings: readonly WorkspaceSighting[]): boolean {
  return sightings.some((sighting) => sighting.annotation?.pinned === true);
}

/**
 * The drawing code (rings, uncertainty circles) is loaded once the map is up and there is a
 * pin or correction: a fresh workspace has none, and the first map never waits for it.
 */
function useAnnotationMapLayers(wanted: boolean): AnnotationMapLayers | null {
  const [layers, setLayers] = useState<AnnotationMapLayers | null>(null);
  useEffect(() => {
    if (!wanted || layers) return;
    let live = true;
    import('./annotation-map-data').then(
      (module) => {
        if (live) setLayers(module.annotationMapLayers);
      },
      (error: unknown) => {
        if (!live) return;
        const reason = error instanceof Error ? error.message : String(error);
        notify({ kind: 'error', message: `Pins and corrected locations could not be drawn on the map (${reason}). They are safe; reload the page to see them.` });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, layers]);
  return layers;
}

/**
 * Rings around pinned sightings, and the selected sighting's corrected location on the map.
 * `anyPinned`: false when the workspace holds no pin at all, so none is looked for.
 */
export function useAnnotationLayers(sightings: readonly WorkspaceSighting[], selected: WorkspaceSighting | undefined, anyPinned = true): void {
  const map = useRailwatchMap();
  // Anything of the analyst's layer to draw: a pin, or a corrected location. Pins are looked
  // for once per list of sightings, not on every selection (a pass over every sighting: about
  // 45 ms at a million), and not at all when the workspace has none.
  const pins = useMemo(() => anyPinned && hasPins(sightings), [anyPinned, sightings]);
  const wanted = map !== null && (pins || selected?.feedLon !== undefined);
  const layers = useAnnotationMapLayers(wanted);
  const pinned = useMemo(() => layers?.pinned(sightings) ?? null, [layers, sightings]);
  const correction = useMemo(() => layers?.correction(selected) ?? null, [layers, selected]);

  useEffect(() => {
    if (!map || !layers) return;
    for (const group of layers.groups()) map.setLayerGroup(group);
    return () => {
      for (const id of layers.groupIds) map.removeLayerGroup(id);
    };
  }, [map, layers]);

  useEffect(() => {
    if (map && layers && pinned) map.setSourceData(layers.pinnedSourceId, pinned);
  }, [map, layers, pinned]);

  useEffect(() => {
    if (map && layers && correction) map.setSourceData(layers.correctionSourceId, correction);
  }, [map, layers, correction]);
}
