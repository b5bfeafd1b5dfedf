import type { Sighting } from '../../domain/sighting/sighting-schema';

/** What each source of sightings contributes to the model. */
export type SourceResult = {
  /** Feed or workspace source id, e.g. the feed's id or 'local'. */
  sourceId: string;
  sourceName: string;
  /** As parseFeed gave them: no two share an id. */
  sightings: readonly Sighting[];
  isLoading: boolean;
  error?: string;
  note?: string;
};
