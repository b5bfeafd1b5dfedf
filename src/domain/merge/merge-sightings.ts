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
import { IdPositions, SameValueById } from './id-positions.ts';

export interface SourceSightings {
  sourceId: string;
  sightings: readonly Sighting[];
  /**
   * True when no two of `sightings` share an id, as parseFeed guarantees: the usual single
   * source is then taken as it is, without indexing a million ids to find repeats.
   */
  uniqueIds?: boolean;
}

export interface MergedSightings {
  /** One entry per sighting, in first-seen order. */
  sightings: Sighting[];
  /** Representative id → every source that reported it, first reporter first (shared lists: do not change them). */
  sourceIdsById: ReadonlyMap<string, readonly string[]>;
  /** Representative id → ids of other reports folded into it (only when there are any). */
  mergedIdsById: Map<string, string[]>;
  /** Folded id → the id of the sighting that represents it. */
  representativeOf: Map<string, string>;
  /** `sightings` by id, where the merge keeps such an index to share (one source: see fromOneSource). */
  positions?: IdPositions<Sighting>;
}

/*
 * Each sighting's link key. A feed's sightings come from the feed worker with their keys
 * computed there (sourceKeysOf), index for index, and the client hands them over with
 * rememberSourceKeys, kept by list: one entry per feed, where one per sighting cost the main
 * thread 46 ms at 100,000. Any other sighting has its key computed once and kept by object
 * (normalising 100,000 links costs more than a frame). Sightings and lists are never mutated
 * once parsed, so a key cannot go stale.
 */
const keysByList = new WeakMap<readonly Sighting[], readonly (string | null)[]>();
const keysBySighting = new WeakMap<Sighting, string | null>();

/** Each sighting's link key (normaliseSourceUrl), null when it has no usable link. */
export function sourceKeysOf(sightings: readonly Sighting[]): (string | null)[] {
  return sightings.map((sighting) => (sighting.url === undefined ? null : (normaliseSourceUrl(sighting.url) ?? null)));
}

/** Records the keys of `sightings` computed elsewhere (sourceKeysOf in a worker), index for index. */
export function rememberSourceKeys(sightings: readonly Sighting[], keys: readonly (string | null)[]): void {
  if (keys.length !== sightings.length) throw new RangeError(`${keys.length} source keys for ${sightings.length} sightings.`);
  keysByList.set(sightings, keys);
}

function sourceKeyOf(sighting: Sighting, remembered: string | null | undefined): string | undefined {
  if (sighting.url === undefined) return undefined;
  if (remembered !== undefined) return remembered ?? undefined;
  let key = keysBySighting.get(sighting);
  if (key === undefined) {
    key = normaliseSourceUrl(sighting.url) ?? null;
    keysBySighting.set(sighting, key);
  }
  return key ?? undefined;
}

/*
 * Groups are kept as parallel arrays indexed by first-seen order, not as one object each: at
 * 100,000 sightings the objects, and a fresh one-element source list per sighting, were most of
 * the 200 ms this took on the main thread. Sightings only their own source reported share that
 * source's one list; a list is copied when a second source joins it.
 */
export function mergeSightings(sources: readonly SourceSightings[]): MergedSightings {
  const kept: Sighting[] = [];
  const reportersOf: (readonly string[])[] = [];
  const foldedOf: (string[] | undefined)[] = [];
  let lastWithSightings = -1;
  let withSightings = 0;
  sources.forEach((source, index) => {
    if (source.sightings.length === 0) return;
    lastWithSightings = index;
    withSightings++;
  });
  if (withSightings === 1) return fromOneSource(sources[lastWithSightings]!);
  const groupById = new Map<string, number>();
  const groupByUrl = new Map<string, number>();

  for (let sourceIndex = 0; sourceIndex <= lastWithSightings; sourceIndex++) {
    const { sourceId, sightings, uniqueIds } = sources[sourceIndex]!;
    const alone: readonly string[] = [sourceId];
    // The last source's ids are only looked up: no later report can ask for them, and with its
    // ids unique neither can its own. Not indexing them spares a Map of every id of an import
    // (474,460 after a 50 MB file) in the task that shows it.
    const indexIds = !(uniqueIds === true && sourceIndex === lastWithSightings);
    // Links only matter to match a later source's reports against this one's, or this one's
    // against an earlier source's: a single feed's 100,000 links need no key at all.
    const laterSourcesFollow = sourceIndex < lastWithSightings;
    const keys = keysByList.get(sightings);
    for (let index = 0; index < sightings.length; index++) {
      const sighting = sightings[index]!;
      const key = laterSourcesFollow || groupByUrl.size > 0 ? sourceKeyOf(sighting, keys?.[index]) : undefined;
      let group = groupById.get(sighting.id);
      if (group === undefined && key !== undefined) {
        const byUrl = groupByUrl.get(key);
        if (byUrl !== undefined && !reportersOf[byUrl]!.includes(sourceId)) group = byUrl;
      }
      if (group === undefined) {
        group = kept.length;
        kept.push(sighting);
        reportersOf.push(alone);
        foldedOf.push(undefined);
        if (indexIds) groupById.set(sighting.id, group);
      } else {
        const reporters = reportersOf[group]!;
        if (!reporters.includes(sourceId)) reportersOf[group] = [...reporters, sourceId];
        if (sighting.id !== kept[group]!.id) {
          const folded = (foldedOf[group] ??= []);
          if (!folded.includes(sighting.id)) {
            folded.push(sighting.id);
            if (indexIds) groupById.set(sighting.id, group);
          }
        }
      }
      if (key !== undefined && laterSourcesFollow && !groupByUrl.has(key)) groupByUrl.set(key, group);
    }
  }

  const sourceIdsById = new Map<string, readonly string[]>();
  const result: MergedSightings = { sightings: kept, sourceIdsById, mergedIdsById: new Map(), representativeOf: new Map() };
  for (let group = 0; group < kept.length; group++) {
    const { id } = kept[group]!;
    sourceIdsById.set(id, reportersOf[group]!);
    const folded = foldedOf[group];
    if (folded === undefined) continue;
    result.mergedIdsById.set(id, folded);
    for (const merged of folded) result.representativeOf.set(merged, id);
  }
  return result;
}

/**
 * The common case, one source with sightings: nothing to match across sources, so the
 * source list itself tells which ids were seen (a second index of a million ids cost the main
 * thread over half a second). A repeated id keeps its first entry, as in the general case.
 */
function fromOneSource({ sourceId, sightings, uniqueIds }: SourceSightings): MergedSightings {
  const alone: readonly string[] = [sourceId];
  if (uniqueIds) {
    // Read only by a feed filter, an opened sighting's provenance or an export, through the
    // index of the sightings by id that the app makes anyway (handed on as `positions`).
    const kept = sightings.slice();
    const positions = IdPositions.of(kept, sightings);
    return { sightings: kept, sourceIdsById: new SameValueById(positions, alone), mergedIdsById: new Map(), representativeOf: new Map(), positions };
  }
  const sourceIdsById = new Map<string, readonly string[]>();
  const kept: Sighting[] = [];
  for (const sighting of sightings) {
    if (sourceIdsById.has(sighting.id)) continue;
    sourceIdsById.set(sighting.id, alone);
    kept.push(sighting);
  }
  return { sightings: kept, sourceIdsById, mergedIdsById: new Map(), representativeOf: new Map() };
}
