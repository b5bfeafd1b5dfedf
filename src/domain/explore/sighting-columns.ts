import { effectiveStatus, readSightingTimeMs, type ExploreSighting } from './explore-sighting';
import { EFFECTIVE_STATUSES } from '../workspace/workspace-sighting';

/*
 * What the list, the filters, the timeline, the map and the border metrics read of every
 * sighting, one typed array (or plain array) per field, index for index with a list. Each
 * list's columns are read once and remembered by list. A feed's are read batch by batch as
 * its batches arrive (SightingColumnsBuilder), and lists made from another by replacing a
 * few entries (the annotated sightings, a single feed's merge) carry them over
 * (carryColumns): at a million sightings, reading them again in the task that shows the feed
 * cost about 0.4 s.
 */

export type SightingColumns = {
  /** readSightingTimeMs of each sighting: NaN when undated. */
  timesMs: Float64Array;
  /** Each sighting's effective status (the analyst's, else the feed's), as the app's own literal. */
  statuses: readonly string[];
  lons: Float64Array;
  lats: Float64Array;
};

/** Columns being filled in: the statuses still an array to write to. */
type WritableColumns = Omit<SightingColumns, 'statuses'> & { statuses: string[] };

const columnsByList = new WeakMap<readonly object[], SightingColumns>();

/**
 * The status as the one string the code's own literal is. Each sighting from the feed worker
 * carries its own copy of "confirmed", and a Map or Set keyed by a million separate copies
 * hashes and compares every one: the timeline's bins took 1.6 s for 1,000,000 sightings in the
 * browser, 0.08 s with these.
 */
function canonicalStatus(status: string): string {
  for (const known of EFFECTIVE_STATUSES) if (status === known) return known;
  return status;
}

/** Grows a list's columns a slice of sightings at a time, in list order. */
export class SightingColumnsBuilder {
  private timesMs: Float64Array;
  private lons: Float64Array;
  private lats: Float64Array;
  private readonly statuses: string[] = [];
  private length = 0;

  constructor(capacity = 1024) {
    this.timesMs = new Float64Array(capacity);
    this.lons = new Float64Array(capacity);
    this.lats = new Float64Array(capacity);
  }

  /** The columns of `sightings[from…]`, after those appended so far. */
  append(sightings: readonly ExploreSighting[], from = 0): void {
    const end = this.length + sightings.length - from;
    if (end > this.timesMs.length) this.grow(Math.max(end, this.timesMs.length * 2));
    const columns = { timesMs: this.timesMs, statuses: this.statuses, lons: this.lons, lats: this.lats };
    for (let i = from; i < sightings.length; i++) writeColumns(columns, this.length++, sightings[i]!);
  }

  get count(): number {
    return this.length;
  }

  finish(): SightingColumns {
    const { length } = this;
    // Read at once into arrays of the list's length: nothing to trim.
    if (length === this.timesMs.length) return { timesMs: this.timesMs, statuses: this.statuses, lons: this.lons, lats: this.lats };
    return {
      timesMs: this.timesMs.slice(0, length),
      statuses: this.statuses,
      lons: this.lons.slice(0, length),
      lats: this.lats.slice(0, length),
    };
  }

  private grow(capacity: number): void {
    const enlarge = (column: Float64Array) => {
      const larger = new Float64Array(capacity);
      larger.set(column.subarray(0, this.length));
      return larger;
    };
    this.timesMs = enlarge(this.timesMs);
    this.lons = enlarge(this.lons);
    this.lats = enlarge(this.lats);
  }
}

/** Records `columns` as those of `sightings` (read elsewhere, as a feed's batches arrived). */
export function rememberColumns(sightings: readonly ExploreSighting[], columns: SightingColumns): void {
  const { length } = sightings;
  if (columns.timesMs.length !== length || columns.statuses.length !== length || columns.lons.length !== length || columns.lats.length !== length) {
    throw new RangeError(`Columns of ${columns.timesMs.length} for ${length} sightings.`);
  }
  columnsByList.set(sightings, columns);
}

/**
 * The columns of `sightings`: remembered, or read now and remembered. Neither the list nor
 * the columns may change afterwards (lists are never mutated once made; callers that hand
 * columns on, to a worker say, send copies).
 */
export function sightingColumns(sightings: readonly ExploreSighting[]): SightingColumns {
  let columns = columnsByList.get(sightings);
  if (!columns) {
    const builder = new SightingColumnsBuilder(sightings.length);
    builder.append(sightings);
    columns = builder.finish();
    columnsByList.set(sightings, columns);
  }
  return columns;
}

/**
 * Hands `from`'s remembered columns on to `to`, a list of the same length in the same order
 * where some entries may be other objects (an annotated sighting in place of the feed's):
 * those entries are read again, the others are taken as they are. Does nothing when `from`
 * has none remembered or the lengths differ; `to` then has its columns read when asked.
 */
export function carryColumns(from: readonly ExploreSighting[], to: readonly ExploreSighting[]): void {
  const known = columnsByList.get(from);
  if (!known || from.length !== to.length || columnsByList.has(to)) return;
  let columns: WritableColumns | undefined;
  for (let i = 0; i < to.length; i++) {
    const sighting = to[i]!;
    if (sighting === from[i]) continue;
    columns ??= { timesMs: known.timesMs.slice(), statuses: known.statuses.slice(), lons: known.lons.slice(), lats: known.lats.slice() };
    writeColumns(columns, i, sighting);
  }
  columnsByList.set(to, columns ?? known);
}

/**
 * Gives `to`, a merge of `lists` (every entry one of theirs, taken list by list and in each
 * list's order, some left out), columns copied from theirs (sightingColumns of each) instead of
 * read again: a merged import's 474,460 dates were parsed again in the task that showed it.
 * Does nothing when `to` already has columns or is not such a merge.
 */
export function joinColumns(lists: readonly (readonly ExploreSighting[])[], to: readonly ExploreSighting[]): void {
  if (columnsByList.has(to)) return;
  const joined: WritableColumns = { timesMs: new Float64Array(to.length), statuses: new Array<string>(to.length), lons: new Float64Array(to.length), lats: new Float64Array(to.length) };
  let listIndex = 0;
  let position = 0;
  let from: SightingColumns | undefined;
  for (let at = 0; at < to.length; at++) {
    const sighting = to[at]!;
    for (;;) {
      const list = lists[listIndex];
      if (list === undefined) return;
      while (position < list.length && list[position] !== sighting) position++;
      if (position < list.length) {
        from ??= sightingColumns(list);
        break;
      }
      listIndex++;
      position = 0;
      from = undefined;
    }
    joined.timesMs[at] = from.timesMs[position]!;
    joined.statuses[at] = from.statuses[position]!;
    joined.lons[at] = from.lons[position]!;
    joined.lats[at] = from.lats[position]!;
    position++;
  }
  columnsByList.set(to, joined);
}

/** One sighting's entries at `at` (the statuses array already holds `at` entries, or is appended to). */
function writeColumns(columns: WritableColumns, at: number, sighting: ExploreSighting): void {
  columns.timesMs[at] = readSightingTimeMs(sighting);
  columns.lons[at] = sighting.lon;
  columns.lats[at] = sighting.lat;
  columns.statuses[at] = canonicalStatus(effectiveStatus(sighting));
}
