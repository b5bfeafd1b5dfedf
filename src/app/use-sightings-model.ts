import { useMemo } from 'react';
import type { Sighting } from '../domain/sighting/sighting-schema';
import type { WorkspaceSighting } from '../domain/workspace/workspace-sighting';
import type { LikelyDuplicates } from '../domain/merge/likely-duplicates';
import { IdPositions } from '../domain/merge/id-positions';
import { duplicateFinder, mergeSources } from './model/merge-sources';
import type { SourceResult } from './model/source-result';
import { useAnnotationOverlay } from './model/use-annotation-overlay';
import { useFeedSources } from './model/use-feed-sources';
import { useIndexInSlices } from './model/use-index-in-slices';
import { useLocalSources } from './model/use-local-sources';

export type SightingsModel = {
  /** Every sighting from every enabled source, one entry per sighting, with the analyst's
   *  annotation applied (status, corrected location and equipment: see applyAnnotations). */
  sightings: readonly WorkspaceSighting[];
  byId: ReadonlyMap<string, WorkspaceSighting>;
  /** A sighting's position in `sightings`, by id (the index byId reads through). */
  positionOf: (id: string) => number | undefined;
  /** The sightings as their sources gave them, before annotations (exports write both layers). */
  rawSightings: readonly Sighting[];
  /** Which sources reported each sighting. */
  feedIdsById: ReadonlyMap<string, readonly string[]>;
  /** False when no annotation is a pin, so no sighting is pinned. */
  anyPinned: boolean;
  /** Likely duplicates of a sighting (within 2 km, same day): flagged, not merged. */
  duplicatesOf: (id: string) => LikelyDuplicates;
  sources: readonly SourceResult[];
  isLoading: boolean;
  /** Messages for sources that failed; the other sources' sightings still show. */
  errors: string[];
  notes: string[];
};

/** Where the app's sightings come from: each source in its own hook under ./model. */
export function useSightingsModel(): SightingsModel {
  const feedSources = useFeedSources();
  const localSources = useLocalSources();
  const merged = useMemo(() => {
    const sources = [...feedSources, ...localSources];
    return { sources, ...mergeSources(sources) };
  }, [feedSources, localSources]);
  const overlay = useAnnotationOverlay(merged.sightings);
  // Made a slice at a time once the feed is shown, or at once when first read (a selection, a
  // pin, the border badges of the list), not in the task that shows a feed. One per list of
  // sightings, whatever else in the model changes, and shared with the merge's own when there
  // is one: annotations keep the order and the ids.
  const positions = useMemo(
    () => (merged.positions ? IdPositions.sameOrder(overlay.sightings, merged.positions) : IdPositions.of(overlay.sightings)),
    [overlay.sightings, merged.positions],
  );
  useIndexInSlices(positions);
  return useMemo(() => {
    const { sources, feedIdsById } = merged;
    const sightings = overlay.sightings;
    return {
      sightings,
      byId: positions.byId,
      positionOf: positions.positionOf,
      // Not indexed by id here: only an export and the duplicates of an opened sighting look
      // raw sightings up, and a second index of 100,000 ids would cost every feed update.
      rawSightings: merged.sightings,
      feedIdsById,
      anyPinned: overlay.anyPinned,
      // Annotations keep the order: a position in `sightings` is one in the merged list.
      duplicatesOf: duplicateFinder(merged.sightings, positions.positionOf),
      sources,
      isLoading: sources.some((source) => source.isLoading),
      errors: [...sources.flatMap((source) => (source.error ? [source.error] : [])), ...(overlay.error ? [overlay.error] : [])],
      notes: sources.flatMap((source) => (source.note ? [source.note] : [])),
    };
  }, [merged, overlay, positions]);
}
