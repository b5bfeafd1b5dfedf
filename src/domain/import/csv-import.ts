/*
 * CSV (a spreadsheet of sightings) → raw sighting feed. One feature per non-blank data row,
 * in file order; a row whose coordinates cannot be read still becomes a feature, with a null
 * geometry, so that parseFeed reports it by index and the analyst sees which row to fix.
 */
import { detectDelimiter, tokenizeCsv, type CsvRecord } from './csv-tokenize.ts';
import { fieldForHeader, fieldsToProperties, isUnsafeKey, normalizeHeader, unsafeFieldsNotice, type FieldKey } from './field-mapping.ts';
import { conversionError, type ConversionResult, type FeatureNote, type FileNotice, type RawFeature } from './import-types.ts';
import { parseLatLonCells, parseLatLonText, type Parsed } from './parse-coordinates.ts';

interface ColumnPlan {
  /** Column index of each mapped field (first column wins when two map to the same field). */
  fields: Partial<Record<FieldKey, number>>;
  /** Columns kept as text properties, by header. */
  extras: { index: number; name: string }[];
  /** Headers refused as property names (see isUnsafeKey). */
  refused: string[];
}

function planColumns(header: string[]): ColumnPlan {
  const fields: Partial<Record<FieldKey, number>> = {};
  const extras: { index: number; name: string }[] = [];
  const refused: string[] = [];
  const seenNames = new Set<string>();
  header.forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    const field = fieldForHeader(name);
    if (field && fields[field] === undefined) {
      fields[field] = index;
      return;
    }
    if (isUnsafeKey(name)) {
      refused.push(name);
      return;
    }
    let unique = name === '' ? `column ${index + 1}` : name;
    for (let n = 2; seenNames.has(unique); n++) unique = `${name} (${n})`;
    seenNames.add(unique);
    extras.push({ index, name: unique });
  });
  // With separate lat/lon columns, a "location" column is the place's name, not coordinates.
  const latlon = fields.latlon;
  if (latlon !== undefined && fields.lat !== undefined && fields.lon !== undefined) {
    delete fields.latlon;
    if (normalizeHeader(header[latlon] ?? '') === 'location' && fields.place === undefined) fields.place = latlon;
    else extras.push({ index: latlon, name: (header[latlon] ?? '').trim() });
  }
  return { fields, extras, refused };
}

function coordinateProblem(plan: ColumnPlan, header: string[]): string | undefined {
  const { lat, lon, latlon } = plan.fields;
  if ((lat !== undefined && lon !== undefined) || latlon !== undefined) return undefined;
  if (lat !== undefined) return `it has a latitude column ("${header[lat]}") but no longitude column`;
  if (lon !== undefined) return `it has a longitude column ("${header[lon]}") but no latitude column`;
  const names = header.map((h) => `"${h.trim()}"`).join(', ');
  return `no coordinate columns were found among ${names}. Add "lat" and "lon" columns, or one "coordinates" column holding "52.05, 29.25" (latitude first)`;
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

function readCoordinates(cells: string[], plan: ColumnPlan): Parsed<[number, number]> {
  const { lat, lon, latlon } = plan.fields;
  if (lat !== undefined && lon !== undefined) return parseLatLonCells(cells[lat] ?? '', cells[lon] ?? '');
  return parseLatLonText(cells[latlon ?? -1] ?? '');
}

/** "row 7", or "row 7 (line 9)" when earlier cells spanned several lines. Header = row 1, as in a spreadsheet. */
function rowLabel(recordIndex: number, line: number): string {
  const row = recordIndex + 1;
  return line === row ? `row ${row}` : `row ${row} (line ${line})`;
}

export function csvToFeed(input: string): ConversionResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return conversionError('empty-file', 'The file is empty.');
  const delimiter = detectDelimiter(text);
  const tokens = tokenizeCsv(text, delimiter);
  if (!tokens.ok) return conversionError('invalid-csv', `This file is not valid CSV: ${tokens.reason}.`);
  const [headerRecord, ...rows] = tokens.records;
  const header = headerRecord?.cells ?? [];
  const plan = planColumns(header);
  const problem = coordinateProblem(plan, header);
  if (problem) return conversionError('no-coordinate-columns', `This CSV file cannot be placed on the map: ${problem}.`);
  if (rows.every(isBlank)) return conversionError('no-data', 'The CSV file has a header row but no data rows.');

  const features: RawFeature[] = [];
  const sources: string[] = [];
  const notes: FeatureNote[] = [];
  let widerRows = 0;
  const fieldColumns = Object.entries(plan.fields) as [FieldKey, number][];
  rows.forEach((record, r) => {
    if (isBlank(record)) return;
    const index = features.length;
    const label = rowLabel(r + 1, record.line);
    const { cells } = record;
    const known: Partial<Record<FieldKey, string>> = {};
    for (const [field, column] of fieldColumns) {
      const cell = cells[column];
      if (cell !== undefined) known[field] = cell;
    }
    const extras: [string, string][] = plan.extras.map(({ index: column, name }) => [name, cells[column] ?? '']);
    // Cells beyond the header are data someone typed: keep them under their column number.
    for (let column = header.length; column < cells.length; column++) {
      if ((cells[column] ?? '').trim() !== '') {
        extras.push([`column ${column + 1}`, cells[column] ?? '']);
        widerRows += column === header.length ? 1 : 0;
      }
    }
    const coordinates = readCoordinates(cells, plan);
    if (!coordinates.ok) notes.push({ index, code: 'bad-coordinates', message: `${label}: ${coordinates.reason}` });
    const feature: RawFeature = {
      type: 'Feature',
      geometry: coordinates.ok ? { type: 'Point', coordinates: coordinates.value } : null,
      properties: fieldsToProperties(known, extras),
    };
    const id = known.id?.trim();
    if (id) feature.id = id;
    features.push(feature);
    sources.push(label);
  });

  const notices: FileNotice[] = [];
  const mapped = fieldColumns.map(([field, column]) => `${field} ← "${header[column]?.trim()}"`);
  notices.push({ code: 'columns', message: `Columns read: ${mapped.join(', ')}${plan.extras.length > 0 ? `; kept as text: ${plan.extras.map((e) => `"${e.name}"`).join(', ')}` : ''}.` });
  if (widerRows > 0) {
    notices.push({ code: 'extra-cells', message: `${widerRows} row(s) have more cells than the header; the extra cells are kept as "column N".` });
  }
  const refusedNotice = unsafeFieldsNotice(plan.refused);
  if (refusedNotice) notices.push(refusedNotice);
  return { ok: true, feed: { type: 'FeatureCollection', features }, sources, notes, notices };
}
