/*
 * Calendar arithmetic on UTC days. Sightings come from several time zones and analysts
 * compare them, so every day boundary in filters, the timeline and the permalink is UTC.
 * A "day number" is whole days since 1970-01-01 (UTC); a "day" is its YYYY-MM-DD text.
 */

import { plainUtcMs } from '../sighting/iso-date';

export const MS_PER_DAY = 86_400_000;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-](\d{2}):?(\d{2}))?)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when Date.UTC did not roll the fields over (so "2022-02-30" is rejected). */
function fieldsExist(ms: number, year: number, month: number, day: number): boolean {
  const date = new Date(ms);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time; NaN when it is not one.
 * A date-time without an offset is read as UTC: its zone is unknown, and reading it in the
 * browser's zone would put the same sighting on different days for different analysts.
 */
export function isoToUtcMs(text: string): number {
  if (text.length === 10 || (text.length === 20 && text.charCodeAt(19) === 90 /* Z */)) {
    const fast = plainUtcMs(text);
    if (fast !== undefined) return fast;
  }
  const match = ISO.exec(text);
  if (!match) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, zone, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const dayMs = Date.UTC(year, month - 1, day);
  if (!fieldsExist(dayMs, year, month, day)) return Number.NaN;
  if (h === undefined) return dayMs;
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    if (Number(oh) > 14 || Number(om) > 59) return Number.NaN;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  return dayMs + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
}

/** Day number of an instant. */
export function dayNumberOfMs(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Day number of a "YYYY-MM-DD" day; undefined when the text is not a real day. */
export function parseDay(day: string | undefined): number | undefined {
  if (day === undefined || !DAY.test(day)) return undefined;
  const ms = isoToUtcMs(day);
  return Number.isNaN(ms) ? undefined : ms / MS_PER_DAY;
}

/** "YYYY-MM-DD" of a day number. */
export function formatDay(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) a "YYYY-MM-DD" day; undefined for a bad day. */
export function addDays(day: string, days: number): string | undefined {
  const n = parseDay(day);
  return n === undefined ? undefined : formatDay(n + Math.trunc(days));
}
