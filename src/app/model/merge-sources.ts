import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { SourceResult } from './source-result';

/** One entry per sighting id across all sources; later sources do not replace earlier ones. */
export function mergeSources(sources: readonly SourceResult[]): { sightings: Sighting[]; feedIdsById: Map<string, string[]> } {
  const byId = new Map<string, Sighting>();
  const feedIdsById = new Map<string, string[]>();
  for (const source of sources) {
    for (const sighting of source.sightings) {
      const feeds = feedIdsById.get(sighting.id);
      if (feeds) {
        if (!feeds.includes(source.sourceId)) feeds.push(source.sourceId);
        continue;
      }
      byId.set(sighting.id, sighting);
      feedIdsById.set(sighting.id, [source.sourceId]);
    }
  }
  return { sightings: [...byId.values()], feedIdsById };
}
