import { annotationOf, effectiveStatus, isAnnotated, sightingTimeMs, type AnnotationsById, type ExploreSighting } from './explore-sighting';
import { distanceLimitKm, type FilterState } from './filter-state';
import { annotationSearchKey, matchesWords, queryWords, sightingSearchKey } from './search-key';
import { sightingColumns } from './sighting-columns';
import { MS_PER_DAY, parseDay } from './utc-day';

/*
 * Turns a FilterState into one predicate. Everything that depends only on the state (sets,
 * day bounds, folded query words) is computed here, once per change; the predicate then does
 * a few lookups per sighting, cheapest first, and folds a sighting's text at most once in
 * its lifetime (search-key.ts). Conditions that are not set cost nothing.
 */

export interface SightingMetrics {
  distanceKm: number;
  offRail: boolean;
}

export interface FilterContext {
  /** Border distance and rail plausibility per sighting id; unmeasured sightings fail those filters. */
  metricsById?: ReadonlyMap<string, SightingMetrics>;
  /** The analyst's annotations per sighting id; falls back to `sighting.annotation` when absent. */
  annotationsById?: AnnotationsById;
  /** The feeds each sighting came from (merged sightings may have several). */
  feedIdsById?: ReadonlyMap<string, readonly string[]>;
  /** filterPositions only: sightingStatuses(sightings), read instead of each sighting's status. */
  statuses?: readonly string[];
}

export type SightingFilter = (sighting: ExploreSighting) => boolean;

type Check = (sighting: ExploreSighting) => boolean;

/** The predicate of a state with nothing set: filterPositions then skips the pass. */
const keepAll: SightingFilter = () => true;

function dayBoundsMs(state: FilterState): { fromMs: number; toMs: number } | undefined {
  const fromDay = parseDay(state.from);
  const toDay = parseDay(state.to);
  if (fromDay === undefined && toDay === undefined) return undefined;
  return {
    fromMs: fromDay === undefined ? -Infinity : fromDay * MS_PER_DAY,
    // Exclusive: the whole of the last day is in.
    toMs: toDay === undefined ? Infinity : (toDay + 1) * MS_PER_DAY,
  };
}

/** The predicate of a filter state; reuse it for every sighting of one filtering pass. */
export function createSightingFilter(state: FilterState, context: FilterContext = {}): SightingFilter {
  const { metricsById, annotationsById, feedIdsById } = context;
  const checks: Check[] = [];

  if (state.pinnedOnly) checks.push((s) => annotationOf(s, annotationsById)?.pinned === true);
  if (state.annotatedOnly) checks.push((s) => isAnnotated(annotationOf(s, annotationsById)));

  const bounds = dayBoundsMs(state);
  if (bounds) {
    const { fromMs, toMs } = bounds;
    // NaN (no usable date) fails both comparisons, so undated sightings drop out here only.
    checks.push((s) => {
      const ms = sightingTimeMs(s);
      return ms >= fromMs && ms < toMs;
    });
  }

  if (state.statuses.length > 0) {
    const statuses = new Set<string>(state.statuses);
    checks.push((s) => statuses.has(effectiveStatus(s, annotationsById)));
  }
  if (state.platforms.length > 0) {
    const platforms = new Set<string>(state.platforms);
    checks.push((s) => s.platform !== undefined && platforms.has(s.platform));
  }
  if (state.kinds.length > 0) {
    const kinds = new Set<string>(state.kinds);
    checks.push((s) => s.equipment.some((item) => kinds.has(item.kind)));
  }
  if (state.feeds.length > 0) {
    const feeds = new Set(state.feeds);
    checks.push((s) => feedIdsById?.get(s.id)?.some((id) => feeds.has(id)) ?? false);
  }

  const maxKm = distanceLimitKm(state);
  if (maxKm !== undefined) {
    checks.push((s) => {
      const km = metricsById?.get(s.id)?.distanceKm;
      return km !== undefined && km <= maxKm;
    });
  }
  if (state.offRailOnly) checks.push((s) => metricsById?.get(s.id)?.offRail === true);

  const words = queryWords(state.text);
  if (words.length > 0) {
    checks.push((s) => {
      const annotation = annotationOf(s, annotationsById);
      return matchesWords(words, sightingSearchKey(s), annotation ? annotationSearchKey(annotation) : '');
    });
  }

  if (checks.length === 0) return keepAll;
  if (checks.length === 1) return checks[0]!;
  return (s) => {
    for (const check of checks) if (!check(s)) return false;
    return true;
  };
}

/** The sightings that pass, in their order; the same array back when no filter is set. */
export function filterSightings<T extends ExploreSighting>(
  sightings: readonly T[],
  state: FilterState,
  context: FilterContext = {},
): readonly T[] {
  const keep = createSightingFilter(state, context);
  const kept: T[] = [];
  let all = true;
  for (const sighting of sightings) {
    if (keep(sighting)) kept.push(sighting);
    else all = false;
  }
  return all ? sightings : kept;
}

/**
 * The same filtering over positions: `positions` (into `sightings`, in any order) narrowed to
 * those that pass, order kept; the same array back when all pass. `timesMs[i]` is
 * sightingTimeMs(sightings[i]) (sightingTimes): reading dates from a typed array rather than
 * per object is what keeps a timeline brush move over 100,000 sightings to about a millisecond.
 */
export function filterPositions(
  sightings: readonly ExploreSighting[],
  positions: Uint32Array,
  state: FilterState,
  timesMs: Float64Array,
  context: FilterContext = {},
): Uint32Array {
  const { statuses } = context;
  const statusSet = statuses && state.statuses.length > 0 ? new Set<string>(state.statuses) : undefined;
  const { from: _from, to: _to, ...withoutDates } = state;
  const keep = createSightingFilter(statusSet ? { ...withoutDates, statuses: [] } : withoutDates, context);
  const bounds = dayBoundsMs(state);
  const fromMs = bounds?.fromMs ?? -Infinity;
  const toMs = bounds?.toMs ?? Infinity;
  // Nothing to ask of any sighting: a pass over a million of them cost about 40 ms.
  if (!bounds && !statusSet && keep === keepAll) return positions;
  const kept = new Uint32Array(positions.length);
  let count = 0;
  for (const position of positions) {
    // NaN (undated) fails only when a date bound is set, as in createSightingFilter.
    if (bounds) {
      const ms = timesMs[position]!;
      if (!(ms >= fromMs && ms < toMs)) continue;
    }
    if (statusSet && !statusSet.has(statuses![position]!)) continue;
    if (keep(sightings[position]!)) kept[count++] = position;
  }
  return count === positions.length ? positions : kept.slice(0, count);
}

/** sightingTimeMs of each sighting, in a typed array for filterPositions and binByDay (read once per list: sightingColumns). */
export function sightingTimes(sightings: readonly ExploreSighting[]): Float64Array {
  return sightingColumns(sightings).timesMs;
}

/**
 * Each sighting's effective status (the analyst's, else the feed's), index for index: read
 * once per list (sightingColumns), so a Status filter click and the timeline's status stacks
 * read a plain array instead of 100,000 objects of many shapes (about 20 ms each time).
 */
export function sightingStatuses(sightings: readonly ExploreSighting[]): readonly string[] {
  return sightingColumns(sightings).statuses;
}

/** The sightings at `positions`, in that order. */
export function sightingsAt<T>(sightings: readonly T[], positions: Uint32Array): T[] {
  const picked = new Array<T>(positions.length);
  for (let i = 0; i < positions.length; i++) picked[i] = sightings[positions[i]!]!;
  return picked;
}

/** [west, south, east, north] in degrees, as the map reports them (longitudes may run past ±180). */
export type Bounds = readonly [number, number, number, number];

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Every sighting's coordinates in two typed arrays, index for index. */
export type SightingCoordinates = { lons: Float64Array; lats: Float64Array };

/**
 * Read once per set of sightings: the in-view count is asked on every pan, and reading lon and
 * lat from 100,000 objects of many shapes took 30–60 ms each time, the typed arrays under 1 ms.
 */
export function sightingCoordinates(sightings: readonly Pick<ExploreSighting, 'lon' | 'lat'>[]): SightingCoordinates {
  const lons = new Float64Array(sightings.length);
  const lats = new Float64Array(sightings.length);
  for (let i = 0; i < sightings.length; i++) {
    const { lon, lat } = sightings[i]!;
    lons[i] = lon;
    lats[i] = lat;
  }
  return { lons, lats };
}

/** Whether a point is in the view; a view across the antimeridian works in either notation. */
function inBoundsTest(bounds: Bounds): (lon: number, lat: number) => boolean {
  const [rawWest, south, rawEast, north] = bounds;
  const allLons = rawEast - rawWest >= 360;
  const west = wrapLon(rawWest);
  const east = wrapLon(rawEast);
  // After wrapping, west > east means the view crosses the antimeridian.
  const wraps = west > east;
  return (lon, lat) => lat >= south && lat <= north && (allLons || (wraps ? lon >= west || lon <= east : lon >= west && lon <= east));
}

/**
 * Which sightings are inside the view, one byte each, when `positions` covers enough of them
 * that one pass in storage order beats reading their coordinates in list order (date order:
 * a jump through 16 MB of coordinates per sighting, 60–90 ms at a million against 15–25 ms).
 */
function insideFlags({ lons, lats }: SightingCoordinates, positions: Uint32Array, inside: (lon: number, lat: number) => boolean): Uint8Array | null {
  if (positions.length < lons.length / 8) return null;
  const flags = new Uint8Array(lons.length);
  for (let at = 0; at < lons.length; at++) flags[at] = inside(lons[at]!, lats[at]!) ? 1 : 0;
  return flags;
}

/** How many of the sightings at `positions` are inside the map view ("12 in view"), edges included. */
export function countInBounds(coordinates: SightingCoordinates, positions: Uint32Array, bounds: Bounds): number {
  const inside = inBoundsTest(bounds);
  const flags = insideFlags(coordinates, positions, inside);
  let count = 0;
  if (flags) {
    for (let i = 0; i < positions.length; i++) count += flags[positions[i]!]!;
    return count;
  }
  const { lons, lats } = coordinates;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    if (inside(lons[at]!, lats[at]!)) count++;
  }
  return count;
}

/** The positions, in their order, of the sightings inside the view. */
export function positionsInBounds(coordinates: SightingCoordinates, positions: Uint32Array, bounds: Bounds): Uint32Array {
  const inside = inBoundsTest(bounds);
  const flags = insideFlags(coordinates, positions, inside);
  const { lons, lats } = coordinates;
  const kept = new Uint32Array(positions.length);
  let count = 0;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i]!;
    if (flags ? flags[at] === 1 : inside(lons[at]!, lats[at]!)) kept[count++] = at;
  }
  return kept.slice(0, count);
}
