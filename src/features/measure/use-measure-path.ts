import { useEffect } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { MEASURE_GROUP_ID, MEASURE_SOURCE_ID, measureData, measureGroup } from '../../map/layers/measure-layers';
import { useMeasureStore } from '../../stores/measure-store';

/** Draws the measured path; the layers exist only while the readout is shown. */
export function useMeasurePath(): void {
  const map = useRailwatchMap();
  const points = useMeasureStore((state) => state.points);

  useEffect(() => {
    if (!map) return;
    map.setLayerGroup(measureGroup([]));
    return () => map.removeLayerGroup(MEASURE_GROUP_ID);
  }, [map]);

  useEffect(() => {
    map?.setSourceData(MEASURE_SOURCE_ID, measureData(points));
  }, [map, points]);
}
