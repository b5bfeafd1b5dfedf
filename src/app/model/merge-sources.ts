import { duplicatesById, findLikelyDuplicates } from '../../domain/merge/likely-duplicates';
import { mergeSightings } from '../../domain/merge/merge-sightings';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { SourceResult } from './source-result';

export type LikelyDuplicate = { id: string; distanceKm: number };

export type MergedSources = {
  /** One entry per sighting: reports sharing an id or a normalised source link are one. */
  sightings: Sighting[];
  /** Which sources reported each sighting, first reporter first. */
  feedIdsById: Map<string, string[]>;
  /** Ids of other sources' reports folded into a sighting (same link, different id). */
  mergedIdsById: Map<string, string[]>;
  /** Sightings within 2 km on the same day: flagged for the analyst, never merged. */
  duplicatesById: Map<string, LikelyDuplicate[]>;
  /** True when there were too many likely duplicates to list them all. */
  duplicatesTruncated: boolean;
};

/** Sources in order; the first source to report a sighting supplies what is shown. */
export function mergeSources(sources: readonly SourceResult[]): MergedSources {
  const merged = mergeSightings(sources);
  const likely = findLikelyDuplicates(merged.sightings);
  return {
    sightings: merged.sightings,
    feedIdsById: merged.sourceIdsById,
    mergedIdsById: merged.mergedIdsById,
    duplicatesById: duplicatesById(likely.pairs),
    duplicatesTruncated: likely.truncated,
  };
}

type ProvenanceInput<S> = {
  feedIdsById: ReadonlyMap<string, string[]>;
  duplicatesById: ReadonlyMap<string, readonly LikelyDuplicate[]>;
  sources: readonly Pick<SourceResult, 'sourceId' | 'sourceName'>[];
  byId: ReadonlyMap<string, S>;
};

/** What the details panel says about a sighting's sources and likely duplicates, by name. */
export function provenanceOf<S>(model: ProvenanceInput<S>, id: string, titleOf: (sighting: S) => string) {
  const names = new Map(model.sources.map((source) => [source.sourceId, source.sourceName]));
  const reportedBy = (model.feedIdsById.get(id) ?? []).map((sourceId) => names.get(sourceId) ?? sourceId);
  const duplicates = (model.duplicatesById.get(id) ?? []).flatMap(({ id: other, distanceKm }) => {
    const sighting = model.byId.get(other);
    return sighting ? [{ id: other, label: titleOf(sighting), distanceKm }] : [];
  });
  return { reportedBy, duplicates };
}
