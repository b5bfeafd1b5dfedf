import { describe, expect, it } from 'vitest';
import { MAX_OVERLAY_BYTES, checkOverlaySize, overlayNameFromFile, parseRailwayGeoJson } from './railway-geojson';
import { overlayLines } from './railway-lines';

const line = (coordinates: unknown, properties: object = {}) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });
const point = (lon: number, lat: number) => ({ type: 'Feature', properties: { railway: 'station' }, geometry: { type: 'Point', coordinates: [lon, lat] } });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseRailwayGeoJson', () => {
  it('keeps line features with their tags, drops elevation and counts ignored points', () => {
    const result = parseRailwayGeoJson(
      collection(
        line([[27.5, 53.9, 210], [27.6, 53.95, 215]], { railway: 'rail', name: 'Minsk – Orsha' }),
        point(27.55, 53.89),
        {
          type: 'Feature',
          properties: { railway: 'rail' },
          geometry: { type: 'MultiLineString', coordinates: [[[28, 52], [28.1, 52.1]], [[28.2, 52.2], [28.3, 52.3]]] },
        },
      ),
    );
    expect(result).toEqual({
      ok: true,
      ignoredPoints: 1,
      skipped: 0,
      collection: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { railway: 'rail', name: 'Minsk – Orsha' }, geometry: { type: 'LineString', coordinates: [[27.5, 53.9], [27.6, 53.95]] } },
          {
            type: 'Feature',
            properties: { railway: 'rail' },
            geometry: { type: 'MultiLineString', coordinates: [[[28, 52], [28.1, 52.1]], [[28.2, 52.2], [28.3, 52.3]]] },
          },
        ],
      },
    });
  });

  it('drops a whole line when one vertex is invalid rather than drawing a shortcut', () => {
    const result = parseRailwayGeoJson(collection(line([[27, 53], [27.1, 'x'], [27.2, 53.2]]), line([[30, 52], [30.5, 52.5]])));
    expect(result.ok && result.collection.features.map((feature) => feature.geometry)).toEqual([
      { type: 'LineString', coordinates: [[30, 52], [30.5, 52.5]] },
    ]);
    expect(result.ok && result.skipped).toBe(1);
  });

  it('refuses out-of-range coordinates and one-vertex lines', () => {
    const result = parseRailwayGeoJson(collection(line([[200, 53], [27.1, 53.1]]), line([[27, 53]])));
    expect(result).toEqual({
      ok: false,
      message:
        'No railway lines found: the file has 2 unusable features but no LineString or MultiLineString with valid coordinates. Export with osmium export --geometry-types=linestring.',
    });
  });

  it('accepts a single Feature, a bare LineString and a UTF-8 byte order mark', () => {
    const single = parseRailwayGeoJson(JSON.stringify(line([[24, 52], [24.5, 52.1]])));
    const bare = parseRailwayGeoJson('\ufeff' + JSON.stringify({ type: 'LineString', coordinates: [[24, 52], [24.5, 52.1]] }));
    expect(single.ok && single.collection.features.length).toBe(1);
    expect(bare.ok && bare.collection.features[0]?.geometry).toEqual({ type: 'LineString', coordinates: [[24, 52], [24.5, 52.1]] });
  });

  it('explains text that is not JSON', () => {
    expect(parseRailwayGeoJson('<osm version="0.6">')).toEqual({ ok: false, message: 'This file is not GeoJSON: it is not valid JSON.' });
  });

  it('explains JSON that is not GeoJSON', () => {
    expect(parseRailwayGeoJson('{"elements": []}')).toEqual({
      ok: false,
      message: 'This file is not GeoJSON: expected a FeatureCollection but found an object without a GeoJSON "type".',
    });
    expect(parseRailwayGeoJson('[1,2]')).toEqual({ ok: false, message: 'This file is not GeoJSON: expected a FeatureCollection but found an array.' });
  });

  it('explains an empty collection', () => {
    expect(parseRailwayGeoJson(collection())).toEqual({ ok: false, message: 'The GeoJSON has no features.' });
  });

  it('explains a file of points only', () => {
    const result = parseRailwayGeoJson(collection(point(27, 53), point(28, 54)));
    expect(result).toEqual({
      ok: false,
      message:
        'No railway lines found: the file has 2 point features but no LineString or MultiLineString with valid coordinates. Export with osmium export --geometry-types=linestring.',
    });
  });
});

describe('overlayLines', () => {
  it('flattens lines and multi-lines into paths', () => {
    const result = parseRailwayGeoJson(
      collection(line([[1, 2], [3, 4]]), { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [[[5, 6], [7, 8]], [[9, 10], [11, 12]]] } }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(overlayLines(result.collection)).toEqual([
      [[1, 2], [3, 4]],
      [[5, 6], [7, 8]],
      [[9, 10], [11, 12]],
    ]);
  });
});

describe('checkOverlaySize', () => {
  it('accepts exactly 100 MB and refuses one byte more', () => {
    expect(checkOverlaySize(MAX_OVERLAY_BYTES)).toBeNull();
    expect(checkOverlaySize(MAX_OVERLAY_BYTES + 1)).toBe(
      'The file is 100.0 MB; railway overlays are limited to 100 MB. Clip the extract to a smaller area (osmium extract --bbox …) and try again.',
    );
    expect(checkOverlaySize(150 * 1024 * 1024)).toMatch(/^The file is 150\.0 MB;/);
  });
});

describe('overlayNameFromFile', () => {
  it('strips the folder and a .geojson or .json extension', () => {
    expect(overlayNameFromFile('C:\\data\\belarus-rail.geojson')).toBe('belarus-rail');
    expect(overlayNameFromFile('rail.JSON')).toBe('rail');
    expect(overlayNameFromFile('.geojson')).toBe('Railway overlay');
  });
});
