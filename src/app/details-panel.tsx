import type { Sighting } from '../domain/sighting/sighting-schema';
import { SightingDetails } from '../features/sightings/sighting-details';
import { PanelErrorBoundary } from './error-boundary';

type Props = { sighting: Sighting | undefined; onClose: () => void };

/** The details panel and the sections other features add to it, each in its own boundary. */
export function DetailsPanel({ sighting, onClose }: Props) {
  return (
    <PanelErrorBoundary name="details">
      <SightingDetails sighting={sighting} onClose={onClose} />
    </PanelErrorBoundary>
  );
}
