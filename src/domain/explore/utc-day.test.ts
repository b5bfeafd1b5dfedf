import { describe, expect, it } from 'vitest';
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
