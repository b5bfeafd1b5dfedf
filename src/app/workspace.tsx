import { useCallback, useMemo } from 'react';
import { countInBounds, positionsInBounds, sightingsAt } from '../domain/explore/filter-sightings';
import { sightingColumns } from '../domain/explore/sighting-columns';
import { useAnnotationLayers } from '../features/annotations/use-annotation-layers';
import { useBorderLayers } from '../features/border/use-border-layers';
import { useGeoMetrics } from '../features/border/use-geo-metrics';
import { BriefImportReport } from '../features/briefs/brief-import-report';
import { useFilteredBeforeDates } from '../features/filters/use-filtered-before-dates';
import { useHoverLink } from '../features/filters/use-hover-link';
import { useMapBounds } from '../features/filters/use-map-bounds';
import { usePrimeSearchKeys } from '../features/filters/use-prime-search-keys';
import { ImportController } from '../features/imports/import-controller';
import { MeasureReadout } from '../features/measure/measure-readout';
import { useActiveRailLayers } from '../features/rail/use-active-rail-layers';
import { useRailMapLayers } from '../features/rail/use-rail-map-layers';
import { focusFieldByLabel } from '../features/review/focus-field';
import { useReviewShortcuts } from '../features/review/use-review-shortcuts';
import { SEARCH_INPUT_ID } from '../features/filters/filter-controls';
import { useSightingsLayer } from '../features/sightings/use-sightings-layer';
import { useApplyTheme } from '../features/theme/use-theme';
import { Timeline } from '../features/timeline/timeline';
import { useDateRangeFilter } from '../features/timeline/use-date-range-filter';
import { useTrackLayers } from '../features/tracks/use-track-layers';
import { useRailwatchMap } from '../map/map-context';
import { useFilterStore } from '../stores/filter-store';
import { usePanelStore } from '../stores/panel-store';
import { useSelectionStore } from '../stores/selection-store';
import { DetailsPanel } from './details-panel';
import { PanelErrorBoundary } from './error-boundary';
import { LeftPanel } from './left-panel';
import { useBriefsWorkspace } from './use-briefs-workspace';
import { usePermalink } from './use-permalink';
import { useSightingsModel } from './use-sightings-model';

/** Composes the features around the shared sightings model; the map is a sibling. */
export function Workspace() {
  const model = useSightingsModel();
  const selectedId = useSelectionStore((state) => state.selectedId);
  const select = useSelectionStore((state) => state.select);
  const map = useRailwatchMap();

  const railLayers = useActiveRailLayers();
  // Each sighting's date, status and place, read as a feed's batches arrived and carried over
  // the annotations (sighting-columns.ts), not in the task that shows the feed.
  const columns = useMemo(() => sightingColumns(model.sightings), [model.sightings]);
  const { timesMs, statuses } = columns;
  const border = useGeoMetrics(model.sightings, railLayers, { positionOf: model.positionOf, coordinates: columns });
  // The list and the map show the same sightings: sorted, then filtered. The pipeline passes
  // positions into model.sightings and reads dates from one typed array, so a filter change
  // or a brush move at 100,000 sightings costs milliseconds (see README, Benchmarks).
  const beforeDatesAt = useFilteredBeforeDates({ sightings: model.sightings, timesMs, statuses, metrics: border.metrics, feedIdsById: model.feedIdsById });
  // The timeline gets the sightings before its own date range, so the brush keeps its context.
  const listedAt = useDateRangeFilter(model.sightings, timesMs, beforeDatesAt);
  const beforeDates = useMemo(() => sightingsAt(model.sightings, beforeDatesAt), [model.sightings, beforeDatesAt]);
  // Without a date range the list is the timeline's input: the same array, not a second copy.
  const listed = useMemo(
    () => (listedAt === beforeDatesAt ? beforeDates : sightingsAt(model.sightings, listedAt)),
    [model.sightings, listedAt, beforeDatesAt, beforeDates],
  );
  const selected = useMemo(() => (selectedId ? model.byId.get(selectedId) : undefined), [model.byId, selectedId]);
  const bounds = useMapBounds();
  const onlyInView = useFilterStore((state) => state.onlyInView);
  const inViewCount = useMemo(() => (bounds ? countInBounds(columns, listedAt, bounds) : null), [columns, listedAt, bounds]);
  // The option narrows the list only: the map already shows what is in view.
  const listRows = useMemo(
    () => (onlyInView && bounds ? sightingsAt(model.sightings, positionsInBounds(columns, listedAt, bounds)) : listed),
    [model.sightings, columns, listedAt, listed, onlyInView, bounds],
  );
  const feeds = useMemo(() => model.sources.map((source) => ({ id: source.sourceId, name: source.sourceName })), [model.sources]);
  usePrimeSearchKeys(model.sightings, !border.pending);
  useHoverLink((id) => model.byId.get(id));
  useApplyTheme();
  useSightingsLayer(model.sightings, columns, listedAt, selected);
  useBorderLayers(selected, selected ? border.metrics.get(selected.id) : undefined);
  useAnnotationLayers(listed, selected, model.anyPinned);
  useRailMapLayers();
  useTrackLayers(model.byId, selectedId);

  const selectFromList = useCallback(
    (id: string) => {
      select(id);
      const sighting = model.byId.get(id);
      if (sighting) map?.focus(sighting.lon, sighting.lat);
    },
    [map, model.byId, select],
  );
  const briefs = useBriefsWorkspace(model, listed, border, selectFromList);
  usePermalink(map, (id) => model.byId.get(id));
  useReviewShortcuts({
    listed: listRows,
    selected,
    onSelect: selectFromList,
    onClose: () => select(null),
    focusSearch: () => {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (search) return search.focus();
      // The search box lives on the Sightings tab: show it, then focus once it is drawn.
      usePanelStore.getState().setLeftTab('sightings');
      requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus());
    },
    focusNote: () => focusFieldByLabel(document.querySelector('.details-panel'), 'Note'),
  });

  return (
    <>
      <LeftPanel
        model={model}
        listed={listRows}
        explore={{ filteredCount: listed.length, inViewCount, feeds }}
        selectedId={selectedId}
        onSelect={selectFromList}
        border={border}
        briefs={briefs.briefs}
      />
      <Timeline sightings={model.sightings} positions={beforeDatesAt} timesMs={timesMs} statuses={statuses} />
      <DetailsPanel sighting={selected} onClose={() => select(null)} border={border} model={model} onSelect={selectFromList} />
      <PanelErrorBoundary name="measure">
        <MeasureReadout />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="import">
        <ImportController sightings={model.sightings} onBrief={briefs.onBriefFile} />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="brief import">
        <BriefImportReport />
      </PanelErrorBoundary>
    </>
  );
}
