/*
 * Dates as spreadsheets and scrapers write them, turned into the ISO 8601 the feed contract
 * asks for. Only unambiguous forms are converted; anything else is returned unchanged so
 * that parseFeed reports it as an invalid date instead of railwatch inventing one.
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function ymd(year: number, month: number, day: number, time: string | undefined): string | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return time ? `${date}T${time}` : date;
}

/** Unix time (seconds, or milliseconds when ≥ 10^11, i.e. after 1973 in ms) → "…Z", no millis when 0. */
export function isoFromUnix(value: number): string | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const ms = value >= 1e11 ? value : value * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

const TIME = '(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)';
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]${TIME})?$`);
const DOTTED = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+${TIME})?$`);
const SLASHED = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,?\\s+${TIME})?$`);

/**
 * "2022-01-18", "2022-01-18 09:30" → "2022-01-18T09:30", "18.01.2022" (Russian and most of
 * Europe), "20220118" (yt-dlp's upload_date), "18/01/2022" when the day is > 12, unix time
 * in seconds or ms, and English month-name dates ("Tue Jan 18 09:30:00 +0000 2022").
 */
export function normalizeDate(raw: string): string {
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), padTime(m[4])) ?? text;
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), undefined) ?? text;
  m = DOTTED.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]), padTime(m[4])) ?? text;
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // 03/04/2022 is March in one country and April in another: leave it for parseFeed to flag.
    if (a > 12 && b <= 12) return ymd(Number(m[3]), b, a, padTime(m[4])) ?? text;
    if (b > 12 && a <= 12) return ymd(Number(m[3]), a, b, padTime(m[4])) ?? text;
    return text;
  }
  if (/^\d{9,10}$/.test(text) || /^\d{12,13}$/.test(text)) return isoFromUnix(Number(text)) ?? text;
  if (MONTH_NAME.test(text) && /\b\d{4}\b/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return isoFromUnix(ms) ?? text;
  }
  return text;
}

/** "9:30" → "09:30" so that the result is ISO 8601. */
function padTime(time: string | undefined): string | undefined {
  if (!time) return undefined;
  return /^\d:/.test(time) ? `0${time}` : time;
}
