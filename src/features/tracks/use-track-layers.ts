import { useEffect, useMemo, useState } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useRailwatchMap } from '../../map/map-context';
import { notify } from '../../stores/notice-store';
import { useTrackStore } from '../../stores/track-store';
import type { TrackMapLayers } from './track-map-data';
import { useTracks } from './use-tracks';
// The details' duplicate links use its .link-button; they show before the lazily loaded
// tracks section, which imports it too.
import './tracks.css';

/**
 * The drawing code (legs, arrows, speeds) is loaded once the map is up and a track exists:
 * most workspaces start with none, and the first map never waits for it.
 */
function useTrackMapLayers(wanted: boolean): TrackMapLayers | null {
  const [layers, setLayers] = useState<TrackMapLayers | null>(null);
  useEffect(() => {
    if (!wanted || layers) return;
    let live = true;
    import('./track-map-data').then(
      (module) => {
        if (live) setLayers(module.trackMapLayers);
      },
      (error: unknown) => {
        if (!live) return;
        const reason = error instanceof Error ? error.message : String(error);
        notify({ kind: 'error', message: `Tracks could not be drawn on the map (${reason}). They are safe; reload the page to see them.` });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, layers]);
  return layers;
}

/**
 * Every track on the map as arrowed legs in time order, the selected sighting's tracks drawn
 * heavier. Tracks follow the loaded sightings (corrected locations included), not the list's
 * filters: a track is a claim about one train, and hiding half of it would misstate it.
 */
export function useTrackLayers(byId: ReadonlyMap<string, WorkspaceSighting>, selectedId: string | null): void {
  const map = useRailwatchMap();
  const { tracks } = useTracks();
  const visible = useTrackStore((state) => state.visible);
  const layers = useTrackMapLayers(map !== null && tracks.length > 0);

  const data = useMemo(() => layers?.data(tracks, byId, selectedId) ?? null, [layers, tracks, byId, selectedId]);

  useEffect(() => {
    if (!map || !layers) return;
    map.setLayerGroup(layers.group());
    return () => map.removeLayerGroup(layers.groupId);
  }, [map, layers]);

  useEffect(() => {
    if (map && layers && data) map.setSourceData(layers.sourceId, data);
  }, [map, layers, data]);

  useEffect(() => {
    if (map && layers) map.setLayerGroupVisible(layers.groupId, visible);
  }, [map, layers, visible]);
}
