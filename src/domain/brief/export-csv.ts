import type { BriefCollection } from './brief-format';
import { briefRows, equipmentText, type BriefRow } from './brief-rows';

/*
 * The brief as CSV: one row per sighting, RFC 4180 (CRLF line ends, quotes doubled), with a
 * UTF-8 byte order mark so that Excel reads Cyrillic captions as UTF-8.
 *
 * Captions and notes come from strangers on social media, and a spreadsheet runs a cell that
 * starts with "=", "+", "-" or "@" as a formula (CSV injection: `=HYPERLINK(…)` exfiltration,
 * DDE). Such text cells get a leading apostrophe, as OWASP recommends: Excel and LibreOffice
 * then show the text, not a formula, at the price of a visible "'" in other readers. Numeric
 * columns are written from numbers and never prefixed, so "-12.5" stays a number. Tab and CR
 * are prefixed too, since some spreadsheets strip them and then see the formula behind.
 */

export const CSV_COLUMNS = [
  'id', 'lat', 'lon', 'original_lat', 'original_lon', 'observed_at', 'posted_at', 'place',
  'status', 'analyst_status', 'feed_status', 'equipment', 'locomotive', 'wagons', 'platform',
  'url', 'archived_url', 'author', 'caption', 'hashtags', 'note', 'tags', 'pinned',
  'border_km', 'border_mi', 'feeds',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** A text cell, guarded against formula injection and quoted when RFC 4180 needs it. */
export function textCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A numeric cell: plain digits, a sign is kept as a sign. */
export function numberCell(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

function cells(row: BriefRow): Record<CsvColumn, string> {
  return {
    id: textCell(row.id),
    lat: numberCell(row.lat),
    lon: numberCell(row.lon),
    original_lat: numberCell(row.originalLat),
    original_lon: numberCell(row.originalLon),
    observed_at: textCell(row.observedAt),
    posted_at: textCell(row.postedAt),
    place: textCell(row.place),
    status: textCell(row.status),
    analyst_status: textCell(row.analystStatus),
    feed_status: textCell(row.feedStatus),
    equipment: textCell(equipmentText(row.equipment)),
    locomotive: textCell(row.locomotive),
    wagons: numberCell(row.wagons),
    platform: textCell(row.platform),
    url: textCell(row.url),
    archived_url: textCell(row.archivedUrl),
    author: textCell(row.author),
    caption: textCell(row.caption),
    hashtags: textCell(row.hashtags.map((tag) => `#${tag}`).join(' ')),
    note: textCell(row.note),
    tags: textCell(row.tags.join('; ')),
    pinned: row.pinned ? 'true' : 'false',
    border_km: numberCell(row.borderKm),
    border_mi: numberCell(row.borderMi),
    feeds: textCell(row.feeds.join('; ')),
  };
}

/** The whole CSV text, BOM first, header row, CRLF after every row. */
export function briefToCsv(collection: BriefCollection): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of briefRows(collection)) {
    const byColumn = cells(row);
    lines.push(CSV_COLUMNS.map((column) => byColumn[column]).join(','));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
