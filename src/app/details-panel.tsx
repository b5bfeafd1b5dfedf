import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { AnalysisSection } from '../features/annotations/analysis-section';
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
      </SightingDetails>
    </PanelErrorBoundary>
  );
}
