import { describe, expect, it } from 'vitest';
import { isoFromUnix, normalizeDate } from './normalize-date.ts';

describe('normalizeDate', () => {
  it('keeps ISO dates and puts a T into space-separated date-times', () => {
    expect(normalizeDate('2022-01-18')).toBe('2022-01-18');
    expect(normalizeDate('2022-01-18T09:30:00Z')).toBe('2022-01-18T09:30:00Z');
    expect(normalizeDate(' 2022-01-18 09:30 ')).toBe('2022-01-18T09:30');
    expect(normalizeDate('2022-01-18 9:30:15+03:00')).toBe('2022-01-18T09:30:15+03:00');
  });

  it('converts day-first dotted dates and yt-dlp upload dates', () => {
    expect(normalizeDate('18.01.2022')).toBe('2022-01-18');
    expect(normalizeDate('8.1.2022 14:05')).toBe('2022-01-08T14:05');
    expect(normalizeDate('20220118')).toBe('2022-01-18');
  });

  it('converts slash dates only when the day cannot be mistaken for the month', () => {
    expect(normalizeDate('18/01/2022')).toBe('2022-01-18');
    expect(normalizeDate('01/18/2022')).toBe('2022-01-18');
    expect(normalizeDate('03/04/2022')).toBe('03/04/2022');
  });

  it('converts unix seconds and milliseconds', () => {
    expect(normalizeDate('1642498200')).toBe('2022-01-18T09:30:00Z');
    expect(normalizeDate('1642498200000')).toBe('2022-01-18T09:30:00Z');
  });

  it('converts English month-name dates such as Twitter writes', () => {
    expect(normalizeDate('Tue Jan 18 09:30:00 +0000 2022')).toBe('2022-01-18T09:30:00Z');
  });

  it('returns impossible or unknown dates unchanged for parseFeed to flag', () => {
    expect(normalizeDate('31.02.2022')).toBe('31.02.2022');
    expect(normalizeDate('2022-13-01')).toBe('2022-13-01');
    expect(normalizeDate('вчера')).toBe('вчера');
    expect(normalizeDate('May')).toBe('May');
  });
});

describe('isoFromUnix', () => {
  it('keeps milliseconds when there are some and refuses non-positive values', () => {
    expect(isoFromUnix(1642498200.5)).toBe('2022-01-18T09:30:00.500Z');
    expect(isoFromUnix(0)).toBeUndefined();
    expect(isoFromUnix(Number.NaN)).toBeUndefined();
  });
});
