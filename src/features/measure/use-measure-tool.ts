import { useEffect } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { MEASURE_GROUP_ID, MEASURE_SOURCE_ID, measureData, measureGroup } from '../../map/layers/measure-layers';
import { useMeasureStore } from '../../stores/measure-store';

/** Wires the measure mode to the map: clicks add points, the path is drawn, Esc ends the mode. */
export function useMeasureTool(): void {
  const map = useRailwatchMap();
  const active = useMeasureStore((state) => state.active);
  const points = useMeasureStore((state) => state.points);

  useEffect(() => {
    if (!map) return;
    map.setLayerGroup(measureGroup([]));
    return () => map.removeLayerGroup(MEASURE_GROUP_ID);
  }, [map]);

  useEffect(() => {
    map?.setSourceData(MEASURE_SOURCE_ID, measureData(points));
  }, [map, points]);

  useEffect(() => {
    if (!map || !active) return;
    map.setClickMode(({ lon, lat }) => useMeasureStore.getState().addPoint([lon, lat]));
    return () => map.setClickMode(null);
  }, [map, active]);

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) useMeasureStore.getState().setActive(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
