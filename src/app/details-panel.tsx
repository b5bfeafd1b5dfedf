import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { AnalysisSection } from '../features/annotations/analysis-section';
import { BorderDistanceSection } from '../features/border/border-details';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import { OwnSightingSection } from '../features/own-sightings/own-sighting-section';
import { SightingDetails } from '../features/sightings/sighting-details';
import { PanelErrorBoundary } from './error-boundary';

type Props = { sighting: WorkspaceSighting | undefined; onClose: () => void; border: GeoMetricsState };

/** The details panel and the sections other features add to it, each in its own boundary. */
export function DetailsPanel({ sighting, onClose, border }: Props) {
  return (
    <PanelErrorBoundary name="details">
      <SightingDetails sighting={sighting} onClose={onClose}>
        {sighting && (
          <PanelErrorBoundary name="border distance">
            <BorderDistanceSection metrics={border.metrics.get(sighting.id)} pending={border.pending} error={border.error} />
          </PanelErrorBoundary>
        )}
        {sighting && (
          <PanelErrorBoundary name="analysis">
            <AnalysisSection key={sighting.id} sighting={sighting} />
          </PanelErrorBoundary>
        )}
        {sighting && (
          <PanelErrorBoundary name="own sighting">
            <OwnSightingSection sightingId={sighting.id} />
          </PanelErrorBoundary>
        )}
      </SightingDetails>
    </PanelErrorBoundary>
  );
}
