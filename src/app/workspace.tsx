import { useCallback, useMemo } from 'react';
import { useAnnotationLayers } from '../features/annotations/use-annotation-layers';
import { MeasureReadout } from '../features/measure/measure-readout';
import { useRailMapLayers } from '../features/rail/use-rail-map-layers';
import { useSightingsLayer } from '../features/sightings/use-sightings-layer';
import { useRailwatchMap } from '../map/map-context';
import { useSelectionStore } from '../stores/selection-store';
import { DetailsPanel } from './details-panel';
import { LeftPanel } from './left-panel';
import { useSightingsModel } from './use-sightings-model';

/** Composes the features around the shared sightings model; the map is a sibling. */
export function Workspace() {
  const model = useSightingsModel();
  const selectedId = useSelectionStore((state) => state.selectedId);
  const select = useSelectionStore((state) => state.select);
  const map = useRailwatchMap();

  const listed = model.sightings;
  const selected = useMemo(() => (selectedId ? model.byId.get(selectedId) : undefined), [model.byId, selectedId]);
  useSightingsLayer(listed, selected);
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
      <LeftPanel model={model} listed={listed} selectedId={selectedId} onSelect={selectFromList} />
      <DetailsPanel sighting={selected} onClose={() => select(null)} />
      <MeasureReadout />
    </>
  );
}
