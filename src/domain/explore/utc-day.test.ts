import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { addDays, formatDay, isoToUtcMs, parseDay } from './utc-day';

describe('isoToUtcMs', () => {
  it('reads a date as UTC midnight', () => {
    expect(isoToUtcMs('2022-01-18')).toBe(Date.UTC(2022, 0, 18));
  });

  it('applies the offset of a date-time', () => {
    expect(isoToUtcMs('2022-01-18T01:30:00+03:00')).toBe(Date.UTC(2022, 0, 17, 22, 30));
    expect(isoToUtcMs('2022-01-18T23:00-0500')).toBe(Date.UTC(2022, 0, 19, 4, 0));
    expect(isoToUtcMs('2022-01-18T09:30:15.25Z')).toBe(Date.UTC(2022, 0, 18, 9, 30, 15, 250));
  });

  it('reads a date-time without offset as UTC, whatever the machine zone', () => {
    expect(isoToUtcMs('2022-01-18T09:30')).toBe(Date.UTC(2022, 0, 18, 9, 30));
  });

  it('rejects days and times that do not exist, and non-ISO text', () => {
    for (const text of ['2022-02-30', '2022-13-01', '2022-01-18T24:00', '2022-01-18T10:00+15:00', '18.01.2022', 'yesterday', '']) {
      expect(isoToUtcMs(text), text).toBeNaN();
    }
  });
});

describe('isoToUtcMs on the two common shapes', () => {
  // The answer the long way: Date.UTC, then a check that it did not roll the fields over.
  function reference(text: string): number {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/.exec(text);
    if (!match) return Number.NaN;
    const [year, month, day, hours = 0, minutes = 0, seconds = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    if (hours! > 23 || minutes! > 59 || seconds! > 59) return Number.NaN;
    const ms = Date.UTC(year!, month! - 1, day!, hours, minutes, seconds);
    const date = new Date(ms);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day ? ms : Number.NaN;
  }

  it('agrees with the long way on 20,000 dates and times around every edge', () => {
    const random = mulberry32(3);
    const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const pad = (value: number) => String(value).padStart(2, '0');
    for (let i = 0; i < 20_000; i++) {
      const year = pick(['0099', '0100', '1900', '2000', '2021', '2022', '2024', '2100', '9999']);
      const date = `${year}-${pad(pick([0, 1, 2, 4, 12, 13]))}-${pad(pick([0, 1, 28, 29, 30, 31, 32]))}`;
      const time = `T${pad(pick([0, 9, 23, 24]))}:${pad(pick([0, 59, 60]))}:${pad(pick([0, 30, 59, 60]))}Z`;
      let text = random() < 0.3 ? date : date + time;
      // Now and then a character that breaks the shape.
      if (random() < 0.1) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + pick(['x', '/', ' ', '9', '-', ':']) + text.slice(at + 1);
      }
      const expected = reference(text);
      const actual = isoToUtcMs(text);
      if (Number.isNaN(expected)) {
        // Broken shapes may still be valid ISO the full reader accepts (e.g. "…T09:30:00 Z" is not).
        if (!Number.isNaN(actual)) expect(actual, text).toBe(isoToUtcMs(text.replace('Z', '+00:00')));
      } else expect(actual, text).toBe(expected);
    }
  });
});

describe('days', () => {
  it('parses and formats YYYY-MM-DD', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(formatDay(19010)).toBe('2022-01-18');
    expect(parseDay('2022-01-18')).toBe(19010);
  });

  it('parses only whole real days', () => {
    expect(parseDay('2022-01-18T00:00')).toBeUndefined();
    expect(parseDay('2021-02-29')).toBeUndefined();
    expect(parseDay(undefined)).toBeUndefined();
  });

  it('adds days across months and years', () => {
    expect(addDays('2022-01-30', 3)).toBe('2022-02-02');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('not a day', 1)).toBeUndefined();
  });
});
