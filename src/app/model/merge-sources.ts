import { carryColumns, joinColumns } from '../../domain/explore/sighting-columns';
import { likelyDuplicatesOf, type LikelyDuplicates } from '../../domain/merge/likely-duplicates';
import type { IdPositions } from '../../domain/merge/id-positions';
import { mergeSightings } from '../../domain/merge/merge-sightings';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { SourceResult } from './source-result';

export type MergedSources = {
  /** One entry per sighting: reports sharing an id or a normalised source link are one. */
  sightings: Sighting[];
  /** Which sources reported each sighting, first reporter first. */
  feedIdsById: ReadonlyMap<string, readonly string[]>;
  /** Ids of other sources' reports folded into a sighting (same link, different id). */
  mergedIdsById: Map<string, string[]>;
  /** `sightings` by id, when the merge made that index (feedIdsById reads through it). */
  positions?: IdPositions<Sighting>;
};

/** Sources in order; the first source to report a sighting supplies what is shown. */
export function mergeSources(sources: readonly SourceResult[]): MergedSources {
  // Every source's sightings come from parseFeed, which keeps only the first of repeated ids.
  const merged = mergeSightings(sources.map((source) => ({ ...source, uniqueIds: true })));
  const { sightings, sourceIdsById, mergedIdsById, positions } = merged;
  // Each source's columns were read as it arrived: a single feed's merge is its list again,
  // and a merge of several takes its entries from theirs.
  const withSightings = sources.filter((source) => source.sightings.length > 0);
  if (withSightings.length === 1) carryColumns(withSightings[0]!.sightings, sightings);
  else if (withSightings.length > 1) joinColumns(withSightings.map((source) => source.sightings), sightings);
  return { sightings, feedIdsById: sourceIdsById, mergedIdsById, ...(positions ? { positions } : {}) };
}

/**
 * Likely duplicates (within 2 km, same day) of one merged sighting, by id. Worked out when
 * asked, for the sighting the analyst opened, and remembered for the last one asked: the
 * details panel asks on every render. `positionOf` finds an id in a list in the same order
 * (the model's index: annotations keep the order); without it, or where it points elsewhere,
 * the sightings are indexed by id on the first question (a million took 0.3–0.7 s).
 */
export function duplicateFinder(sightings: readonly Sighting[], positionOf?: (id: string) => number | undefined): (id: string) => LikelyDuplicates {
  let last: { id: string; found: LikelyDuplicates } | undefined;
  let byId: Map<string, Sighting> | undefined;
  const find = (id: string): Sighting | undefined => {
    const position = positionOf?.(id);
    const atPosition = position === undefined ? undefined : sightings[position];
    if (atPosition?.id === id) return atPosition;
    byId ??= new Map(sightings.map((sighting) => [sighting.id, sighting]));
    return byId.get(id);
  };
  return (id) => {
    if (last?.id === id) return last.found;
    const target = find(id);
    const found = target ? likelyDuplicatesOf(sightings, target) : { duplicates: [], more: 0 };
    last = { id, found };
    return found;
  };
}

type ProvenanceInput<S> = {
  feedIdsById: ReadonlyMap<string, readonly string[]>;
  duplicatesOf: (id: string) => LikelyDuplicates;
  sources: readonly Pick<SourceResult, 'sourceId' | 'sourceName'>[];
  byId: ReadonlyMap<string, S>;
};

/** What the details panel says about a sighting's sources and likely duplicates, by name. */
export function provenanceOf<S>(model: ProvenanceInput<S>, id: string, titleOf: (sighting: S) => string) {
  const names = new Map(model.sources.map((source) => [source.sourceId, source.sourceName]));
  const reportedBy = (model.feedIdsById.get(id) ?? []).map((sourceId) => names.get(sourceId) ?? sourceId);
  const { duplicates: near, more } = model.duplicatesOf(id);
  const duplicates = near.flatMap(({ id: other, distanceKm }) => {
    const sighting = model.byId.get(other);
    return sighting ? [{ id: other, label: titleOf(sighting), distanceKm }] : [];
  });
  return { reportedBy, duplicates, moreDuplicates: more };
}
