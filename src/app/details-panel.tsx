import { lazy, Suspense } from 'react';
import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import { SightingDetails } from '../features/sightings/sighting-details';
import { sightingTitle } from '../features/sightings/sighting-summary';
import { PanelErrorBoundary } from './error-boundary';
import { provenanceOf } from './model/merge-sources';
import type { SightingsModel } from './use-sightings-model';

// The analyst's editors (annotation, briefs, tracks, own sightings) are needed once a sighting
// is selected, not for the first map: they load with the first selection.
const AnalysisSection = lazy(() => import('../features/annotations/analysis-section').then((module) => ({ default: module.AnalysisSection })));
const AddToBriefSection = lazy(() => import('../features/briefs/add-to-brief').then((module) => ({ default: module.AddToBriefSection })));
const TracksSection = lazy(() => import('../features/tracks/tracks-section').then((module) => ({ default: module.TracksSection })));
const OwnSightingSection = lazy(() => import('../features/own-sightings/own-sighting-section').then((module) => ({ default: module.OwnSightingSection })));
// So are the border distance and the sources: they too show only with a selection.
const BorderDistanceSection = lazy(() => import('../features/border/border-details').then((module) => ({ default: module.BorderDistanceSection })));
const SightingProvenance = lazy(() => import('../features/feeds/sighting-provenance').then((module) => ({ default: module.SightingProvenance })));

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
            <Suspense fallback={null}>
              <BorderDistanceSection metrics={border.metrics.get(sighting.id)} pending={border.pending} error={border.error} />
            </Suspense>
          </PanelErrorBoundary>
        )}
        {/* One boundary for the sections below, so a first selection fills them in at once
            rather than one by one; a section that fails to load is caught by its own boundary. */}
        <Suspense
          fallback={
            <p className="empty-note" role="status">
              Loading the analysis tools…
            </p>
          }
        >
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
        </Suspense>
      </SightingDetails>
    </PanelErrorBoundary>
  );
}
