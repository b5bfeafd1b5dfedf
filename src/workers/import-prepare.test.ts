import { describe, expect, it } from 'vitest';
import { importText, type ImportSuccess } from '../domain/import/import-file.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import { prepareImport } from './import-prepare.ts';

function imported(fileName: string, text: string): ImportSuccess {
  const result = importText(fileName, text, { parseXml: xmldomParseXml });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('prepareImport', () => {
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'a', geometry: point(29.15, 51.81), properties: { source: { url: 'https://www.tiktok.com/@zhd/video/7054?is_from_webapp=1' }, colour: 'зелёный' } },
      { type: 'Feature', id: 'broken', geometry: point(500, 51), properties: {} },
      { type: 'Feature', geometry: point(28.5, 52.1), properties: { source: { caption: 'Эшелон, Калинковичи' } } },
      { type: 'Feature', id: 'a', geometry: point(29.2, 51.9), properties: {} },
    ],
  });

  it('keeps the accepted features as written, each with its sighting id', () => {
    const result = imported('feed.geojson', geojson);
    const prepared = prepareImport(result);
    expect(prepared.features.map((f) => f.id)).toEqual(['a', result.sightings[1]!.id]);
    expect(prepared.features[0]!.feature).toEqual({
      type: 'Feature',
      id: 'a',
      geometry: point(29.15, 51.81),
      properties: { source: { url: 'https://www.tiktok.com/@zhd/video/7054?is_from_webapp=1' }, colour: 'зелёный' },
    });
    expect(prepared.features[1]!.feature.id).toBe(result.sightings[1]!.id);
    expect(prepared.features[1]!.feature.geometry).toEqual(point(28.5, 52.1));
  });

  it('gives each feature the comparison key of its link', () => {
    const prepared = prepareImport(imported('feed.geojson', geojson));
    expect(prepared.features.map((f) => f.urlKey)).toEqual(['tiktok.com/@zhd/video/7054', undefined]);
  });

  it('counts repeated ids as duplicates, not as skipped rows', () => {
    const prepared = prepareImport(imported('feed.geojson', geojson));
    expect(prepared.duplicatesInFile).toBe(1);
    expect(prepared.skipped.map((s) => [s.index, s.id])).toEqual([[1, 'broken']]);
  });

  it('maps CSV rows to stored features and names the skipped row', () => {
    const csv = ['lat,lon,caption,date', '51.81,29.15,"Эшелон с танками",2022-01-18', 'abc,29.1,"Плохая строка",2022-01-18', '52.1,28.5,"Бтр на платформах",2022-01-19'].join('\n');
    const result = imported('posts.csv', csv);
    const prepared = prepareImport(result);
    expect(prepared.format).toBe('csv');
    expect(prepared.features.map((f) => f.feature.geometry)).toEqual([point(29.15, 51.81), point(28.5, 52.1)]);
    expect(prepared.features.map((f) => f.id)).toEqual(result.sightings.map((s) => s.id));
    expect(prepared.features[0]!.feature.properties).toMatchObject({ observedAt: '2022-01-18', source: { caption: 'Эшелон с танками' } });
    expect(prepared.skipped).toHaveLength(1);
    // Rows are numbered as a spreadsheet shows them: the header is row 1.
    expect(prepared.skipped[0]!.source).toBe('row 3');
    expect(prepared.skipped[0]!.detail).toContain('abc');
  });

  it('reports how far it got on a large file', () => {
    const features = Array.from({ length: 25_000 }, (_, i) => ({ type: 'Feature', id: `f${i}`, geometry: point(29.15, 51.81), properties: {} }));
    const shares: number[] = [];
    const prepared = prepareImport(imported('big.geojson', JSON.stringify({ type: 'FeatureCollection', features })), (share) => shares.push(share));
    expect(shares).toEqual([0.4, 0.8]);
    expect(prepared.features).toHaveLength(25_000);
  });

  it('passes on swapped-coordinate warnings with their fix', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'sw', geometry: point(51.81, 29.15), properties: {} }] });
    const prepared = prepareImport(imported('feed.geojson', text));
    expect(prepared.features[0]!.feature.geometry).toEqual(point(51.81, 29.15));
    expect(prepared.warnings).toMatchObject([{ id: 'sw', code: 'swapped-coordinates', fix: { lon: 29.15, lat: 51.81 } }]);
  });
});
