import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { PinnedList, usePinnedAnnotations } from '../features/annotations/pinned-list';
import { BorderListControls } from '../features/border/list-controls';
import { SightingBorderBadges } from '../features/border/sighting-border-badges';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import { FeedsPanel } from '../features/feeds/feeds-panel';
import { LayersTab } from '../features/rail/layers-tab';
import { SightingsList } from '../features/sightings/sightings-list';
import { Tabs, type TabSpec } from '../lib/tabs';
import { usePanelStore, type LeftTab } from '../stores/panel-store';
import { PanelErrorBoundary } from './error-boundary';
import { useFeedStates } from './model/use-feed-sources';
import type { SightingsModel } from './use-sightings-model';

type Props = {
  model: SightingsModel;
  listed: readonly WorkspaceSighting[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  border: GeoMetricsState;
};

export function LeftPanel({ model, listed, selectedId, onSelect, border }: Props) {
  const leftTab = usePanelStore((state) => state.leftTab);
  const setLeftTab = usePanelStore((state) => state.setLeftTab);
  const pinned = usePinnedAnnotations();
  const feeds = useFeedStates({ drive: false });

  const tabs: TabSpec<LeftTab>[] = [
    {
      id: 'sightings',
      label: 'Sightings',
      content: (
        <>
          <BorderListControls
            status={border.error ? `Border distances unavailable: ${border.error}` : border.pending ? 'Measuring distances to the border…' : null}
          />
          <p className="count" aria-live="polite">
            {model.isLoading ? 'loading…' : `${listed.length} of ${model.sightings.length} sightings`}
          </p>
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
