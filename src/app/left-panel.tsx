import { lazy, Suspense } from 'react';
import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { PinnedList, usePinnedAnnotations } from '../features/annotations/pinned-list';
import { BorderListControls } from '../features/border/list-controls';
import { SightingBorderBadges } from '../features/border/sighting-border-badges';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import type { BriefsWorkspace } from '../features/briefs/briefs-workspace';
import { FeedsPanel } from '../features/feeds/feeds-panel';
import { FilterControls } from '../features/filters/filter-controls';
import { FilterSummary } from '../features/filters/filter-summary';
import { LayersTab } from '../features/rail/layers-tab';
import { SightingsList } from '../features/sightings/sightings-list';
import { Tabs, type TabSpec } from '../lib/tabs';
import { useHoverStore } from '../stores/hover-store';
import { usePanelStore, type LeftTab } from '../stores/panel-store';
import { PanelErrorBoundary } from './error-boundary';
import { useFeedStates } from './model/use-feed-sources';
import type { SightingsModel } from './use-sightings-model';

// Briefs and their exporters are loaded when the tab is first opened, not with the first map.
const BriefsPanel = lazy(() => import('../features/briefs/briefs-panel').then((module) => ({ default: module.BriefsPanel })));

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
          <PinnedList pinned={pinned} byId={model.byId} selectedId={selectedId} onSelect={onSelect} />
        </PanelErrorBoundary>
      ),
    },
    {
      id: 'briefs',
      label: 'Briefs',
      content: (
        <PanelErrorBoundary name="briefs">
          <Suspense fallback={<p className="empty-note">Loading briefs…</p>}>
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
          <FeedsPanel states={feeds.states} listError={feeds.listError} />
        </PanelErrorBoundary>
      ),
    },
    {
      id: 'layers',
      label: 'Layers',
      content: (
        <PanelErrorBoundary name="layers">
          <LayersTab />
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
