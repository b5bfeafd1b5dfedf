import { useCallback, useMemo } from 'react';
import { useAnnotationLayers } from '../features/annotations/use-annotation-layers';
import { distanceLimitKm, filterAndSort, metricsForList } from '../features/border/filter-and-sort';
import { useBorderLayers } from '../features/border/use-border-layers';
import { useGeoMetrics } from '../features/border/use-geo-metrics';
import { ImportController } from '../features/imports/import-controller';
import { MeasureReadout } from '../features/measure/measure-readout';
import { useActiveRailLayers } from '../features/rail/use-active-rail-layers';
import { useRailMapLayers } from '../features/rail/use-rail-map-layers';
import { useSightingsLayer } from '../features/sightings/use-sightings-layer';
import { Timeline } from '../features/timeline/timeline';
import { useDateRangeFilter } from '../features/timeline/use-date-range-filter';
import { useRailwatchMap } from '../map/map-context';
import { useDistanceFilterStore } from '../stores/distance-filter-store';
import { useSelectionStore } from '../stores/selection-store';
import { useSortStore } from '../stores/sort-store';
import { DetailsPanel } from './details-panel';
import { PanelErrorBoundary } from './error-boundary';
import { LeftPanel } from './left-panel';
import { useSightingsModel } from './use-sightings-model';

/** Composes the features around the shared sightings model; the map is a sibling. */
export function Workspace() {
  const model = useSightingsModel();
  const selectedId = useSelectionStore((state) => state.selectedId);
  const select = useSelectionStore((state) => state.select);
  const map = useRailwatchMap();

  const railLayers = useActiveRailLayers();
  const border = useGeoMetrics(model.sightings, railLayers);
  const sort = useSortStore((state) => state.sort);
  const distancePreset = useDistanceFilterStore((state) => state.preset);
  const customKm = useDistanceFilterStore((state) => state.customKm);
  const limitKm = distanceLimitKm(distancePreset, customKm);
  const listMetrics = metricsForList(border.metrics, limitKm, sort);
  // The list and the map show the same sightings: filtered, then sorted.
  const beforeDates = useMemo(
    () => filterAndSort(model.sightings, listMetrics, { limitKm }, sort),
    [model.sightings, listMetrics, limitKm, sort],
  );
  // The timeline gets the sightings before its own date range, so the brush keeps its context.
  const listed = useDateRangeFilter(beforeDates);
  const selected = useMemo(() => (selectedId ? model.byId.get(selectedId) : undefined), [model.byId, selectedId]);
  useSightingsLayer(listed, selected);
  useBorderLayers(selected, selected ? border.metrics.get(selected.id) : undefined);
  useAnnotationLayers(listed, selected);
  useRailMapLayers();

  const selectFromList = useCallback(
    (id: string) => {
      select(id);
      const sighting = model.byId.get(id);
      if (sighting) map?.focus(sighting.lon, sighting.lat);
    },
    [map, model.byId, select],
  );

  return (
    <>
      <LeftPanel model={model} listed={listed} selectedId={selectedId} onSelect={selectFromList} border={border} />
      <Timeline sightings={beforeDates} />
      <DetailsPanel sighting={selected} onClose={() => select(null)} border={border} model={model} onSelect={selectFromList} />
      <PanelErrorBoundary name="measure">
        <MeasureReadout />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="import">
        <ImportController sightings={model.sightings} />
      </PanelErrorBoundary>
    </>
  );
}
