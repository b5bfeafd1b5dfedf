/*
 * Small readers shared by the feature validator: how a wrong value is named in a message,
 * how long text is cut, and how enum values are matched.
 */

/** Longest text kept per field. Longer text is cut with a 'truncated' warning so that a
 *  hostile feed (a 100 MB caption) cannot stall rendering or fill storage. */
export const TEXT_LIMITS = {
  caption: 10_000,
  description: 10_000,
  extra: 10_000,
  place: 1_000,
  author: 500,
  title: 500,
  license: 500,
  model: 200,
  hashtag: 200,
  locomotive: 100,
  id: 256,
} as const;

/** Most hashtags / equipment entries kept per feature. */
export const MAX_HASHTAGS = 100;
export const MAX_EQUIPMENT = 100;

/** "a string", "null", "NaN", "an array": how a value of the wrong type is named in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `a ${typeof value}`;
}

/**
 * The first `max` characters of `text`, never splitting a surrogate pair, as a fresh string:
 * a plain slice of a 100 MB string can keep the whole original alive in V8.
 */
export function truncateText(text: string, max: number): string {
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).split('').join('');
}

/** The enum member equal to `raw` ignoring case and surrounding spaces. */
export function lookupEnum<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  if (typeof raw !== 'string') return undefined;
  const wanted = raw.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Null, undefined and blank text all mean "not given" (spreadsheet exports write "" for empty). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Deepest nesting kept in unknown properties: structured clone (workers, IndexedDB)
 *  overflows the stack on very deep values, which would fail the whole feed. */
export const MAX_EXTRA_DEPTH = 32;

/** True when `value` nests objects/arrays more than `limit` levels deep. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return true;
    for (const key in current as Record<string, unknown>) {
      const child = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
