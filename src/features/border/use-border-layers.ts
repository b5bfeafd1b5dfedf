import { useEffect, useMemo } from 'react';
import {
  BORDER_BAND_GROUP_ID,
  BORDER_NEAREST_GROUP_ID,
  BORDER_NEAREST_SOURCE_ID,
  borderBandGroup,
  nearestBorderData,
  nearestBorderGroup,
} from '../../map/layers/border-layers';
import { useRailwatchMap } from '../../map/map-context';
import { useDistanceFilterStore } from '../../stores/distance-filter-store';
import type { GeoMetrics } from '../../workers/geo-protocol';
import { formatShortKm } from './format-distance';

const bandUrl = () => new URL(`${import.meta.env.BASE_URL}data/border-buffer-40mi.json`, window.location.href).href;

/**
 * The border feature's map layers: the 40-mile band (shown while its checkbox is ticked) and
 * the line from the selected sighting to its nearest border point, labelled with the distance.
 */
export function useBorderLayers(selected: { lon: number; lat: number } | undefined, metrics: GeoMetrics | undefined): void {
  const map = useRailwatchMap();
  const showBand = useDistanceFilterStore((state) => state.showBand);

  useEffect(() => {
    if (!map) return;
    // Visibility is applied by the effect below; installing once keeps the source loaded.
    map.setLayerGroup(borderBandGroup(bandUrl(), useDistanceFilterStore.getState().showBand));
    map.setLayerGroup(nearestBorderGroup(null));
    return () => {
      map.removeLayerGroup(BORDER_BAND_GROUP_ID);
      map.removeLayerGroup(BORDER_NEAREST_GROUP_ID);
    };
  }, [map]);

  useEffect(() => {
    map?.setLayerGroupVisible(BORDER_BAND_GROUP_ID, showBand);
  }, [map, showBand]);

  const link = useMemo(
    () =>
      selected && metrics && metrics.distanceKm > 0
        ? { from: [selected.lon, selected.lat] as [number, number], to: metrics.nearest, label: formatShortKm(metrics.distanceKm) }
        : null,
    [selected, metrics],
  );

  useEffect(() => {
    map?.setSourceData(BORDER_NEAREST_SOURCE_ID, nearestBorderData(link));
  }, [map, link]);
}
