import { useMemo } from 'react';
import { SAMPLE_FEED_URL, useFeed } from '../features/sightings/feed-query';
import { SightingDetails } from '../features/sightings/sighting-details';
import { SightingsList } from '../features/sightings/sightings-list';
import { useSightingsLayer } from '../features/sightings/use-sightings-layer';
import { useRailwatchMap } from '../map/map-context';
import { useSelectionStore } from '../stores/selection-store';
import { PanelErrorBoundary } from './error-boundary';

export function SightingsWorkspace() {
  const feed = useFeed(SAMPLE_FEED_URL);
  const selectedId = useSelectionStore((state) => state.selectedId);
  const select = useSelectionStore((state) => state.select);
  const map = useRailwatchMap();

  const sightings = useMemo(() => feed.data?.sightings ?? [], [feed.data]);
  const selected = useMemo(() => sightings.find((sighting) => sighting.id === selectedId), [sightings, selectedId]);
  useSightingsLayer(sightings, selected);

  function selectFromList(id: string) {
    select(id);
    const sighting = sightings.find((candidate) => candidate.id === id);
    if (sighting) map?.focus(sighting.lon, sighting.lat);
  }

  return (
    <>
      <aside className="list-panel" aria-label="Sightings panel">
        <header className="panel-header">
          <h2>Sightings</h2>
          <span className="count" aria-live="polite">
            {feed.isPending ? 'loading…' : `${sightings.length} sightings`}
          </span>
        </header>
        {feed.data?.metadata?.illustrative && (
          <p className="feed-note">
            {feed.data.metadata.title ?? 'Sample feed'}: illustrative data, not real posts.
          </p>
        )}
        {feed.isError && (
          <p role="alert" className="error-note">
            The sample feed could not be loaded: {feed.error.message}
          </p>
        )}
        <PanelErrorBoundary name="sightings list">
          <SightingsList sightings={sightings} selectedId={selectedId} onSelect={selectFromList} />
        </PanelErrorBoundary>
      </aside>
      <PanelErrorBoundary name="details">
        <SightingDetails sighting={selected} onClose={() => select(null)} />
      </PanelErrorBoundary>
    </>
  );
}
