import { useMemo } from 'react';
import type { Sighting } from '../domain/sighting/sighting-schema';
import { mergeSources } from './model/merge-sources';
import type { SourceResult } from './model/source-result';
import { useFeedSources } from './model/use-feed-sources';
import { useLocalSources } from './model/use-local-sources';

export type SightingsModel = {
  /** Every sighting from every enabled source, one entry per sighting. */
  sightings: readonly Sighting[];
  byId: ReadonlyMap<string, Sighting>;
  /** Which sources reported each sighting. */
  feedIdsById: ReadonlyMap<string, string[]>;
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
  return useMemo(() => {
    const sources = [...feedSources, ...localSources];
    const { sightings, feedIdsById } = mergeSources(sources);
    return {
      sightings,
      byId: new Map(sightings.map((sighting) => [sighting.id, sighting])),
      feedIdsById,
      sources,
      isLoading: sources.some((source) => source.isLoading),
      errors: sources.flatMap((source) => (source.error ? [source.error] : [])),
      notes: sources.flatMap((source) => (source.note ? [source.note] : [])),
    };
  }, [feedSources, localSources]);
}
