import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import { AnalysisSection } from '../features/annotations/analysis-section';
import { BorderDistanceSection } from '../features/border/border-details';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import { AddToBriefSection } from '../features/briefs/add-to-brief';
import { SightingProvenance } from '../features/feeds/sighting-provenance';
import { OwnSightingSection } from '../features/own-sightings/own-sighting-section';
import { SightingDetails } from '../features/sightings/sighting-details';
import { sightingTitle } from '../features/sightings/sighting-summary';
import { TracksSection } from '../features/tracks/tracks-section';
import { PanelErrorBoundary } from './error-boundary';
import { provenanceOf } from './model/merge-sources';
import type { SightingsModel } from './use-sightings-model';

type Props = {
  sighting: WorkspaceSighting | undefined;
  onClose: () => void;
  border: GeoMetricsState;
  model?: SightingsModel;
  onSelect?: (id: string) => void;
};

/** The details panel and the sections other features add to it, each in its own boundary. */
export function DetailsPanel({ sighting, onClose, border, model, onSelect }: Props) {
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
        {sighting && model && (
          <PanelErrorBoundary name="sources">
            <SightingProvenance {...provenanceOf(model, sighting.id, sightingTitle)} onSelect={onSelect} />
          </PanelErrorBoundary>
        )}
        {sighting && (
          <PanelErrorBoundary name="briefs">
            <AddToBriefSection sightingId={sighting.id} />
          </PanelErrorBoundary>
        )}
        {sighting && model && (
          <PanelErrorBoundary name="tracks">
            <TracksSection key={sighting.id} sighting={sighting} byId={model.byId} onSelect={onSelect} />
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
