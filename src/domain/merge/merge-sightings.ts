/*
 * One sighting per clip across many sources. Two reports are the same sighting when they
 * share an id, or when their source links normalise to the same key (normaliseSourceUrl):
 * feeds that re-post a clip rarely agree on ids, but the link to the post is the clip.
 *
 * The first report seen (sources in the analyst's order) represents the sighting; later
 * ones only add their source. A source never merges with itself: two entries of one feed
 * sharing a link are two geolocations the feed chose to keep apart, so both stay (and the
 * likely-duplicate check flags them when they sit close together).
 */
import type { Sighting } from '../sighting/sighting-schema.ts';
import { normaliseSourceUrl } from '../sighting/source-url.ts';

export interface SourceSightings {
  sourceId: string;
  sightings: readonly Sighting[];
}

export interface MergedSightings {
  /** One entry per sighting, in first-seen order. */
  sightings: Sighting[];
  /** Representative id → every source that reported it, first reporter first. */
  sourceIdsById: Map<string, string[]>;
  /** Representative id → ids of other reports folded into it (only when there are any). */
  mergedIdsById: Map<string, string[]>;
  /** Folded id → the id of the sighting that represents it. */
  representativeOf: Map<string, string>;
}

/*
 * Each sighting's link key, by object: a feed's sightings are the same objects from one
 * render to the next, and normalising 100,000 links costs more than a frame. The feed worker
 * computes the keys of what it parses (sourceKeysOf) and the client hands them over with
 * rememberSourceKeys, so the main thread never normalises a feed's links at all. Sightings
 * are never mutated once parsed, so a key cannot go stale.
 */
const sourceKeys = new WeakMap<Sighting, string | null>();

/** Each sighting's link key (normaliseSourceUrl), null when it has no usable link. */
export function sourceKeysOf(sightings: readonly Sighting[]): (string | null)[] {
  return sightings.map((sighting) => (sighting.url === undefined ? null : (normaliseSourceUrl(sighting.url) ?? null)));
}

/** Records keys computed elsewhere (sourceKeysOf in a worker), index for index. */
export function rememberSourceKeys(sightings: readonly Sighting[], keys: readonly (string | null)[]): void {
  if (keys.length !== sightings.length) throw new RangeError(`${keys.length} source keys for ${sightings.length} sightings.`);
  for (let index = 0; index < sightings.length; index++) sourceKeys.set(sightings[index]!, keys[index]!);
}

function sourceKeyOf(sighting: Sighting): string | undefined {
  if (sighting.url === undefined) return undefined;
  let key = sourceKeys.get(sighting);
  if (key === undefined) {
    key = normaliseSourceUrl(sighting.url) ?? null;
    sourceKeys.set(sighting, key);
  }
  return key ?? undefined;
}

interface Group {
  sighting: Sighting;
  sources: string[];
  merged: string[];
}

export function mergeSightings(sources: readonly SourceSightings[]): MergedSightings {
  const groups: Group[] = [];
  const groupById = new Map<string, Group>();
  const groupByUrl = new Map<string, Group>();

  for (const { sourceId, sightings } of sources) {
    for (const sighting of sightings) {
      const key = sourceKeyOf(sighting);
      let group = groupById.get(sighting.id);
      if (!group && key !== undefined) {
        const byUrl = groupByUrl.get(key);
        if (byUrl && !byUrl.sources.includes(sourceId)) group = byUrl;
      }
      if (!group) {
        group = { sighting, sources: [sourceId], merged: [] };
        groups.push(group);
        groupById.set(sighting.id, group);
        if (key !== undefined && !groupByUrl.has(key)) groupByUrl.set(key, group);
        continue;
      }
      if (!group.sources.includes(sourceId)) group.sources.push(sourceId);
      if (sighting.id !== group.sighting.id && !group.merged.includes(sighting.id)) {
        group.merged.push(sighting.id);
        groupById.set(sighting.id, group);
      }
      if (key !== undefined && !groupByUrl.has(key)) groupByUrl.set(key, group);
    }
  }

  const result: MergedSightings = { sightings: [], sourceIdsById: new Map(), mergedIdsById: new Map(), representativeOf: new Map() };
  for (const group of groups) {
    const { id } = group.sighting;
    result.sightings.push(group.sighting);
    result.sourceIdsById.set(id, group.sources);
    if (group.merged.length > 0) {
      result.mergedIdsById.set(id, group.merged);
      for (const merged of group.merged) result.representativeOf.set(merged, id);
    }
  }
  return result;
}
