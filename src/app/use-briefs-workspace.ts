import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useBriefImportHandler } from '../features/briefs/brief-import-report';
import type { BriefExportContext, BriefsWorkspace } from '../features/briefs/briefs-workspace';
import type { GeoMetricsState } from '../features/border/use-geo-metrics';
import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import type { SightingsModel } from './use-sightings-model';

/**
 * What the briefs feature gets from the workspace: the listed sightings, the export inputs
 * (built only when an export runs) and the handler the import flow calls for brief files.
 */
export function useBriefsWorkspace(
  model: SightingsModel,
  listed: readonly WorkspaceSighting[],
  border: GeoMetricsState,
  onSelect: (id: string) => void,
): { briefs: BriefsWorkspace; onBriefFile: (text: string, fileName: string) => Promise<void> } {
  // Read through a ref so the export and import callbacks stay stable while data changes.
  const latest = useRef({ model, border });
  useEffect(() => {
    latest.current = { model, border };
  }, [model, border]);

  const exportContext = useCallback((): BriefExportContext => {
    const { model: m, border: b } = latest.current;
    const names = new Map(m.sources.map((source) => [source.sourceId, source.sourceName]));
    const feedNamesById = new Map<string, string[]>();
    for (const [id, sourceIds] of m.feedIdsById) feedNamesById.set(id, sourceIds.map((sourceId) => names.get(sourceId) ?? sourceId));
    const borderKmById = new Map<string, number>();
    for (const [id, metrics] of b.metrics) borderKmById.set(id, metrics.distanceKm);
    return { rawById: new Map(m.rawSightings.map((sighting) => [sighting.id, sighting])), feedNamesById, borderKmById };
  }, []);

  const shownIds = useCallback(() => new Set(latest.current.model.byId.keys()), []);
  const onBriefFile = useBriefImportHandler(shownIds);

  const briefs = useMemo(() => ({ listed, byId: model.byId, onSelect, exportContext }), [listed, model.byId, onSelect, exportContext]);
  return { briefs, onBriefFile };
}
