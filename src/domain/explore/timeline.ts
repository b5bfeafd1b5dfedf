import { EQUIPMENT_KINDS } from '../sighting/sighting-schema';
import { effectiveStatus, sightingTimeMs, type AnnotationsById, type ExploreSighting } from './explore-sighting';
import { STATUS_ORDER } from './sort-sightings';
import { dayNumberOfMs, formatDay, parseDay } from './utc-day';

/*
 * The timeline under the map: sightings per UTC day, stacked by status or by equipment, and
 * the moving window of the play button. Binning reads each sighting once (its time is
 * cached per object) and then counts over typed arrays, so 100,000 sightings bin in a few ms.
 */

export type StackBy = 'status' | 'equipment';

/** Inclusive UTC days, "YYYY-MM-DD". */
export interface DayRange {
  from: string;
  to: string;
}

export interface TimelineBins {
  /** Every day of the range in order, empty days included. */
  days: string[];
  /** One series per key that occurs, in a fixed order (status severity, or equipment kind order). */
  series: { key: string; counts: number[] }[];
  /** The highest stacked bar: the most sightings on one day. */
  max: number;
  /** Sightings counted in the bars. */
  total: number;
  /** Sightings with no usable date: they cannot be placed on the timeline. */
  undated: number;
  /** Dated sightings outside the range. */
  outside: number;
}

/** The series key of sightings without equipment when stacking by equipment. */
export const NO_EQUIPMENT_KEY = 'none';

/** A bogus year in one post must not turn the histogram into 40,000 empty bars. */
export const MAX_TIMELINE_DAYS = 3660;

const KIND_RANK = new Map<string, number>(EQUIPMENT_KINDS.map((kind, i) => [kind, i]));
const OTHER_RANK = KIND_RANK.get('other')!;

/**
 * The kind a sighting is stacked under: the first of its kinds in EQUIPMENT_KINDS order
 * (tanks before trucks), so each sighting is one unit of its day's bar whatever order the
 * feed listed its equipment in. Kinds the app does not know count as "other".
 */
export function primaryKind(equipment: readonly { kind: string }[]): string {
  let best = Infinity;
  for (const item of equipment) best = Math.min(best, KIND_RANK.get(item.kind) ?? OTHER_RANK);
  return best === Infinity ? NO_EQUIPMENT_KEY : EQUIPMENT_KINDS[best]!;
}

function canonicalKeys(stackBy: StackBy): readonly string[] {
  return stackBy === 'status' ? STATUS_ORDER : [...EQUIPMENT_KINDS, NO_EQUIPMENT_KEY];
}

function validRange(range: DayRange | undefined): [number, number] | undefined {
  const from = parseDay(range?.from);
  const to = parseDay(range?.to);
  return from !== undefined && to !== undefined && from <= to ? [from, to] : undefined;
}

/**
 * Sightings per UTC day (observedAt, else postedAt). Without a valid range, the days run
 * from the first to the last dated sighting. Ranges longer than MAX_TIMELINE_DAYS keep
 * their latest days.
 */
export function binByDay(
  sightings: readonly ExploreSighting[],
  stackBy: StackBy,
  range?: DayRange,
  /** `timesMs[i]`: sightingTimeMs(sightings[i]) when the caller has them (sightingTimes), to skip reading each date;
   *  `statuses[i]`: effectiveStatus(sightings[i]) (sightingStatuses), likewise; `positions`: bin only the
   *  sightings at these distinct positions (in any order), so a caller with a filtered list as
   *  positions into its whole list need not copy the sightings, dates and statuses out first. */
  context: { annotationsById?: AnnotationsById; timesMs?: Float64Array; statuses?: readonly string[]; positions?: Uint32Array } = {},
): TimelineBins {
  const positions = context.positions ? inStorageOrder(context.positions, sightings.length) : undefined;
  const n = positions ? positions.length : sightings.length;
  const dayOf = new Float64Array(n);
  const keyOf = new Int32Array(n);
  const keyIndex = new Map<string, number>();
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let j = 0; j < n; j++) {
    const i = positions ? positions[j]! : j;
    const s = sightings[i]!;
    const ms = context.timesMs ? context.timesMs[i]! : sightingTimeMs(s);
    const day = Number.isNaN(ms) ? Number.NaN : dayNumberOfMs(ms);
    dayOf[j] = day;
    if (Number.isNaN(day)) continue;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
    const key = stackBy === 'status' ? (context.statuses ? context.statuses[i]! : effectiveStatus(s, context.annotationsById)) : primaryKind(s.equipment);
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keyIndex.size;
      keyIndex.set(key, index);
    }
    keyOf[j] = index;
  }

  const explicit = validRange(range);
  const last = explicit ? explicit[1] : maxDay;
  let first = explicit ? explicit[0] : minDay;
  const bins: TimelineBins = { days: [], series: [], max: 0, total: 0, undated: 0, outside: 0 };
  if (!Number.isFinite(first)) {
    bins.undated = n;
    return bins;
  }
  first = Math.max(first, last - MAX_TIMELINE_DAYS + 1);
  const width = last - first + 1;
  for (let d = 0; d < width; d++) bins.days.push(formatDay(first + d));

  const counts = Array.from(keyIndex, () => new Array<number>(width).fill(0));
  const used = new Uint8Array(keyIndex.size);
  const perDay = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    const day = dayOf[i]!;
    if (Number.isNaN(day)) bins.undated++;
    else if (day < first || day > last) bins.outside++;
    else {
      const k = keyOf[i]!;
      counts[k]![day - first]!++;
      used[k] = 1;
      perDay[day - first]!++;
      bins.total++;
    }
  }
  for (const value of perDay) if (value > bins.max) bins.max = value;

  const canonical = canonicalKeys(stackBy);
  const rank = (key: string): number => {
    const at = canonical.indexOf(key);
    return at < 0 ? canonical.length : at;
  };
  // Unknown keys keep their order of first appearance after the known ones (sort is stable).
  const keys = [...keyIndex.keys()].filter((key) => used[keyIndex.get(key)!] === 1).sort((a, b) => rank(a) - rank(b));
  bins.series = keys.map((key) => ({ key, counts: counts[keyIndex.get(key)!]! }));
  return bins;
}

/**
 * Distinct positions below `total` in ascending order, undefined when they are all of them.
 * The bins do not depend on the order, and the arrays read in storage order rather than in
 * a list's sorted order: a million in date order took about three times as long.
 */
function inStorageOrder(positions: Uint32Array, total: number): Uint32Array | undefined {
  if (positions.length === total) return undefined;
  const included = new Uint8Array(total);
  for (const position of positions) included[position] = 1;
  const ascending = new Uint32Array(positions.length);
  let count = 0;
  for (let position = 0; position < total; position++) if (included[position]) ascending[count++] = position;
  return ascending;
}

/**
 * The play button's window at animation step `step`: `widthDays` days starting
 * `step × stepDays` days after `start`. Undefined for a bad start or a width below 1 day.
 */
export function windowAt(start: string, widthDays: number, step: number, stepDays = 1): DayRange | undefined {
  const first = parseDay(start);
  const width = Math.trunc(widthDays);
  if (first === undefined || !(width >= 1) || !Number.isFinite(step) || !Number.isFinite(stepDays)) return undefined;
  const from = first + Math.trunc(step) * Math.trunc(stepDays);
  return { from: formatDay(from), to: formatDay(from + width - 1) };
}

/**
 * How many windows a play through `bounds` shows: the first starts at bounds.from, the last
 * is the first to reach bounds.to. At least 1 (a window wider than the range shows once).
 */
export function windowSteps(bounds: DayRange, widthDays: number, stepDays = 1): number {
  const range = validRange(bounds);
  const width = Math.trunc(widthDays);
  const stride = Math.trunc(stepDays);
  if (!range || !(width >= 1) || !(stride >= 1)) return 0;
  const span = range[1] - range[0] + 1;
  return span <= width ? 1 : Math.ceil((span - width) / stride) + 1;
}

/** The window after `current`, same width, moved `stepDays` later; undefined once `current` reaches bounds.to. */
export function nextWindow(current: DayRange, bounds: DayRange, stepDays = 1): DayRange | undefined {
  const window = validRange(current);
  const limits = validRange(bounds);
  const stride = Math.trunc(stepDays);
  if (!window || !limits || !(stride >= 1) || window[1] >= limits[1]) return undefined;
  return { from: formatDay(window[0] + stride), to: formatDay(window[1] + stride) };
}
