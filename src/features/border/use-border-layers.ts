import { useEffect, useMemo } from 'react';
import { useLazyModule } from '../../lib/use-lazy-module';
import { useRailwatchMap } from '../../map/map-context';
import { useDistanceFilterStore } from '../../stores/distance-filter-store';
import { notify } from '../../stores/notice-store';
import type { GeoMetrics } from '../../workers/geo-protocol';
import { formatShortKm } from './format-distance';

// The layer definitions load with the map, not with the shell (issue 8).
const loadBorderLayers = () => import('../../map/layers/border-layers');
const failed = (reason: string) =>
  notify({ kind: 'error', message: `The 40-mile band and the line to the nearest border could not be drawn on the map (${reason}). Reload the page to see them.` });

const bandUrl = () => new URL(`${import.meta.env.BASE_URL}data/border-buffer-40mi.json`, window.location.href).href;

/**
 * The border feature's map layers: the 40-mile band (shown while its checkbox is ticked) and
 * the line from the selected sighting to its nearest border point, labelled with the distance.
 */
export function useBorderLayers(selected: { lon: number; lat: number } | undefined, metrics: GeoMetrics | undefined): void {
  const map = useRailwatchMap();
  const layers = useLazyModule(loadBorderLayers, failed);
  const showBand = useDistanceFilterStore((state) => state.showBand);

  useEffect(() => {
    if (!map || !layers) return;
    // Visibility is applied by the effect below; installing once keeps the source loaded.
    map.setLayerGroup(layers.borderBandGroup(bandUrl(), useDistanceFilterStore.getState().showBand));
    map.setLayerGroup(layers.nearestBorderGroup(null));
    return () => {
      map.removeLayerGroup(layers.BORDER_BAND_GROUP_ID);
      map.removeLayerGroup(layers.BORDER_NEAREST_GROUP_ID);
    };
  }, [map, layers]);

  useEffect(() => {
    if (layers) map?.setLayerGroupVisible(layers.BORDER_BAND_GROUP_ID, showBand);
  }, [map, layers, showBand]);

  const link = useMemo(
    () =>
      selected && metrics && metrics.distanceKm > 0
        ? { from: [selected.lon, selected.lat] as [number, number], to: metrics.nearest, label: formatShortKm(metrics.distanceKm) }
        : null,
    [selected, metrics],
  );

  useEffect(() => {
    if (layers) map?.setSourceData(layers.BORDER_NEAREST_SOURCE_ID, layers.nearestBorderData(link));
  }, [map, layers, link]);
}
