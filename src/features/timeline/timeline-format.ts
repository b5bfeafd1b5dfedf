import type { DayRange, TimelineBins } from '../../domain/explore/timeline';

/*
 * The arithmetic behind the timeline's drawing and its text: which day a pointer is over,
 * which days a range covers, how often to label a tick, and the sentence a screen reader
 * hears. Kept apart from the components so it is tested without a DOM.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(day: string): { d: number; m: string; y: string } {
  return { d: Number(day.slice(8, 10)), m: MONTHS[Number(day.slice(5, 7)) - 1] ?? '?', y: day.slice(0, 4) };
}

/** "18 Jan 2022" (one day), "18 Jan – 21 Jan 2022", "28 Dec 2021 – 3 Jan 2022". */
export function formatDayRange(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (from === to) return `${a.d} ${a.m} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
  return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
}

/** "18 Jan" for a tick label. */
export function shortDay(day: string): string {
  const { d, m } = parts(day);
  return `${d} ${m}`;
}

function plural(count: number): string {
  return `${count} sighting${count === 1 ? '' : 's'}`;
}

/** Index of the bar under x (pixels from the left of the bars), clamped to the bars. */
export function dayIndexAt(x: number, width: number, dayCount: number): number {
  if (dayCount <= 0 || !(width > 0)) return 0;
  const index = Math.floor((x / width) * dayCount);
  return Math.min(Math.max(index, 0), dayCount - 1);
}

/**
 * The bars a range covers as [first, last] indices into `days`, clamped to them; undefined
 * when there are no days or the range lies wholly outside them. An open end runs to the edge.
 */
export function rangeIndices(days: readonly string[], range: Partial<DayRange>): [number, number] | undefined {
  if (days.length === 0) return undefined;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const from = range.from ?? first;
  const to = range.to ?? last;
  // "YYYY-MM-DD" compares correctly as text.
  if (to < first || from > last || from > to) return undefined;
  const start = from <= first ? 0 : days.indexOf(from);
  const end = to >= last ? days.length - 1 : days.indexOf(to);
  return start < 0 || end < 0 ? undefined : [start, end];
}

/** Sightings in the bars from `start` to `end` inclusive, over every series. */
export function countBetween(bins: Pick<TimelineBins, 'series'>, start: number, end: number): number {
  let count = 0;
  for (const { counts } of bins.series) for (let i = start; i <= end; i++) count += counts[i] ?? 0;
  return count;
}

/** Label every n-th day so that labels stay at least `minPx` apart. */
export function tickEvery(dayCount: number, width: number, minPx = 56): number {
  if (dayCount <= 0 || !(width > 0)) return 1;
  const perDay = width / dayCount;
  const steps = [1, 2, 7, 14, 30, 61, 91, 182, 365];
  return steps.find((step) => step * perDay >= minPx) ?? Math.ceil(minPx / perDay);
}

/**
 * The timeline's one-line summary: "18 Jan – 21 Jan 2022: 12 sightings" for a range, else
 * the whole span; sightings without a date are mentioned, since no range can show them.
 */
export function timelineSummary(bins: TimelineBins, range: Partial<DayRange>): string {
  if (bins.days.length === 0) return bins.undated > 0 ? `No dated sightings (${bins.undated} without a date)` : 'No sightings';
  const indices = rangeIndices(bins.days, range);
  const ranged = range.from !== undefined || range.to !== undefined;
  if (ranged && !indices) return `${formatDayRange(range.from ?? range.to!, range.to ?? range.from!)}: 0 sightings`;
  const [start, end] = indices ?? [0, bins.days.length - 1];
  const label = formatDayRange(range.from ?? bins.days[start]!, range.to ?? bins.days[end]!);
  const text = `${label}: ${plural(countBetween(bins, start, end))}`;
  if (ranged) return text;
  return bins.undated > 0 ? `All dates, ${text} (${bins.undated} without a date)` : `All dates, ${text}`;
}
