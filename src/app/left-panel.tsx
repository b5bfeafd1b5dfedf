import { lazy, Suspense } from 'react';
import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { usePinnedAnnotations } from '../features/annotations/use-pinned-annotations';
import { BorderListControls } from '../features/border/list-controls';
import { SightingBorderBadges } from '../features/border/sighting-border-badges';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import type { BriefsWorkspace } from '../features/briefs/briefs-workspace';
import { FilterControls } from '../features/filters/filter-controls';
import { FilterSummary } from '../features/filters/filter-summary';
import { SightingsList } from '../features/sightings/sightings-list';
import { Tabs, type TabSpec } from '../lib/tabs';
import { useHoverStore } from '../stores/hover-store';
import { usePanelStore, type LeftTab } from '../stores/panel-store';
import { PanelErrorBoundary } from './error-boundary';
import { useFeedStates } from './model/use-feed-sources';
import type { SightingsModel } from './use-sightings-model';

// Only the Sightings tab is open at start; the others (briefs and their exporters, feed
// management, overlay import) are loaded when first opened, not with the first map.
const PinnedList = lazy(() => import('../features/annotations/pinned-list').then((module) => ({ default: module.PinnedList })));
const BriefsPanel = lazy(() => import('../features/briefs/briefs-panel').then((module) => ({ default: module.BriefsPanel })));
const FeedsPanel = lazy(() => import('../features/feeds/feeds-panel').then((module) => ({ default: module.FeedsPanel })));
const LayersTab = lazy(() => import('../features/rail/layers-tab').then((module) => ({ default: module.LayersTab })));

function TabLoading({ what }: { what: string }) {
  return (
    <p className="empty-note" role="status">
      Loading {what}…
    </p>
  );
}

type Props = {
  model: SightingsModel;
  /** The list's rows: the filtered sightings, only those in the map view when the analyst asks. */
  listed: readonly WorkspaceSighting[];
  explore: { filteredCount: number; inViewCount: number | null; feeds: readonly { id: string; name: string }[] };
  selectedId: string | null;
  onSelect: (id: string) => void;
  border: GeoMetricsState;
  briefs: BriefsWorkspace;
};

export function LeftPanel({ model, listed, explore, selectedId, onSelect, border, briefs }: Props) {
  const leftTab = usePanelStore((state) => state.leftTab);
  const setLeftTab = usePanelStore((state) => state.setLeftTab);
  const pinned = usePinnedAnnotations();
  const feeds = useFeedStates({ drive: false });
  const hoveredId = useHoverStore((state) => state.hoveredId);
  const setHovered = useHoverStore((state) => state.setHovered);

  const tabs: TabSpec<LeftTab>[] = [
    {
      id: 'sightings',
      label: 'Sightings',
      content: (
        <>
          <FilterControls feeds={explore.feeds} />
          <BorderListControls
            status={border.error ? `Border distances unavailable: ${border.error}` : border.pending ? 'Measuring distances to the border…' : null}
          />
          <FilterSummary
            loading={model.isLoading}
            shown={explore.filteredCount}
            total={model.sightings.length}
            inView={explore.inViewCount}
            feeds={explore.feeds}
          />
          {model.notes.map((note) => (
            <p key={note} className="feed-note">
              {note}
            </p>
          ))}
          {model.errors.map((error) => (
            <p key={error} role="alert" className="error-note">
              {error}
            </p>
          ))}
          <PanelErrorBoundary name="sightings list">
            <SightingsList
              sightings={listed}
              selectedId={selectedId}
              onSelect={onSelect}
              renderBadges={(sighting) => <SightingBorderBadges metrics={border.metrics.get(sighting.id)} />}
              hoveredId={hoveredId}
              onHover={setHovered}
            />
          </PanelErrorBoundary>
        </>
      ),
    },
    {
      id: 'pinned',
      label: 'Pinned',
      badge: pinned.value.length,
      content: (
        <PanelErrorBoundary name="pinned list">
          <Suspense fallback={<TabLoading what="pinned sightings" />}>
            <PinnedList pinned={pinned} byId={model.byId} selectedId={selectedId} onSelect={onSelect} />
          </Suspense>
        </PanelErrorBoundary>
      ),
    },
    {
      id: 'briefs',
      label: 'Briefs',
      content: (
        <PanelErrorBoundary name="briefs">
          <Suspense fallback={<TabLoading what="briefs" />}>
            <BriefsPanel workspace={briefs} />
          </Suspense>
        </PanelErrorBoundary>
      ),
    },
    {
      id: 'feeds',
      label: 'Feeds',
      content: (
        <PanelErrorBoundary name="feeds">
          <Suspense fallback={<TabLoading what="feeds" />}>
            <FeedsPanel states={feeds.states} listError={feeds.listError} />
          </Suspense>
        </PanelErrorBoundary>
      ),
    },
    {
      id: 'layers',
      label: 'Layers',
      content: (
        <PanelErrorBoundary name="layers">
          <Suspense fallback={<TabLoading what="layers" />}>
            <LayersTab />
          </Suspense>
        </PanelErrorBoundary>
      ),
    },
  ];

  return (
    <aside className="list-panel" aria-label="Sightings panel">
      <Tabs label="Panels" tabs={tabs} active={leftTab} onChange={setLeftTab} />
    </aside>
  );
}
