import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { AnalysisSection } from '../features/annotations/analysis-section';
import { OwnSightingSection } from '../features/own-sightings/own-sighting-section';
import { SightingDetails } from '../features/sightings/sighting-details';
import { PanelErrorBoundary } from './error-boundary';

type Props = { sighting: WorkspaceSighting | undefined; onClose: () => void };

/** The details panel and the sections other features add to it, each in its own boundary. */
export function DetailsPanel({ sighting, onClose }: Props) {
  return (
    <PanelErrorBoundary name="details">
      <SightingDetails sighting={sighting} onClose={onClose}>
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
