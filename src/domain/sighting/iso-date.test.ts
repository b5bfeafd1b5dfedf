import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each([
    '2022-01-18',
    '2022-01-18T09:30',
    '2022-01-18T09:30:00',
    '2022-01-18T09:30:00Z',
    '2022-01-18T09:30:00.123Z',
    '2022-01-18T09:30:00+03:00',
    '2022-01-18T09:30:00-0500',
    '2024-02-29',
    '2000-02-29',
  ])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    '2022-02-30',
    '2023-02-29',
    '1900-02-29',
    '2022-04-31',
    '2022-13-01',
    '2022-00-10',
    '2022-01-00',
    '2022-01-18T24:00',
    '2022-01-18T09:60',
    '2022-01-18T09:30:61Z',
    '2022-01-18T09:30:00+15:00',
    'yesterday',
    '18.01.2022',
    '2022/01/18',
    '2022-1-18',
    '2022-01-18 09:30',
    ' 2022-01-18',
    '',
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('isIsoDate on the two usual shapes (read digit by digit)', () => {
  /** Independent answer: the fields as written must survive a round trip through Date. */
  function exists(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): boolean {
    if (hours > 23 || minutes > 59 || seconds > 59) return false;
    const date = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds));
    date.setUTCFullYear(year);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hours;
  }
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');

  it('agrees with the calendar on 20,000 dates and date-times, real and impossible', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const years = [1900, 1999, 2000, 2022, 2023, 2024, 2100, 2400, 100, 9999];
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      const year = years[next(years.length)]!;
      const month = next(14);
      const day = next(33);
      const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      const expectedDay = month >= 1 && month <= 12 && day >= 1 && exists(year, month, day);
      expect(isIsoDate(date), date).toBe(expectedDay);
      const [hours, minutes, seconds] = [next(26), next(62), next(62)];
      const dateTime = `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}Z`;
      const expectedTime = expectedDay && exists(year, month, day, hours, minutes, seconds);
      expect(isIsoDate(dateTime), dateTime).toBe(expectedTime);
      if (expectedTime) valid++;
    }
    expect(valid).toBeGreaterThan(2_000);
  });

  it.each([
    ['2022-01-18T09:30:00z', false],
    ['2022-01-18 09:30:00Z', false],
    ['2022/01/18', false],
    ['２０２２-01-18', false],
    ['2022-01-18T09:30:0aZ', false],
    // Years before 100 take the full rules, which accept them.
    ['0099-01-01', true],
  ] as const)('judges %j by the full rules: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
