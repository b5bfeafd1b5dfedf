import { describe, expect, it } from 'vitest';
import { importFileBytes, importText, MAX_IMPORT_BYTES, type ImportResult, type ImportSuccess } from './import-file.ts';
import { xmldomParseXml } from './xmldom-parse-xml.ts';

const deps = { parseXml: xmldomParseXml };

function imported(result: ImportResult): ImportSuccess {
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('importText: CSV end to end', () => {
  const csv = [
    'id;date;широта;долгота;caption;hashtags;url',
    's1;18.01.2022;51,8139;29,1536;"Эшелон с танками;\nЕльск";#военныйэшелон #танки;https://www.tiktok.com/@zhd/video/1',
    's2;19.01.2022;abc;29,2;нет координат;;',
    's3;20.01.2022;52,4345;31,0012;<img src=x onerror=alert(1)>;;javascript:alert(1)',
    's4;31.02.2022;52,1;30,1;дата неверна;;',
  ].join('\r\n');

  it('validates converted rows with parseFeed and says which row each problem is on', () => {
    const result = imported(importText('эшелоны.csv', csv, deps));
    expect(result.format).toBe('csv');
    expect(result.sightings.map((s) => [s.id, s.lon, s.lat, s.observedAt])).toEqual([
      ['s1', 29.1536, 51.8139, '2022-01-18'],
      ['s3', 31.0012, 52.4345, '2022-01-20'],
    ]);
    expect(result.sightings[0]?.caption).toBe('Эшелон с танками;\nЕльск');
    expect(result.sightings[0]?.hashtags).toEqual(['военныйэшелон', 'танки']);
    expect(result.sightings[0]?.platform).toBe('tiktok');
    expect(result.skipped).toEqual([
      { index: 1, id: 's2', code: 'missing-geometry', reason: 'The feature has no geometry.', source: 'row 3 (line 4)', detail: 'row 3 (line 4): latitude "abc" is not a number' },
      { index: 3, id: 's4', code: 'invalid-date', reason: 'observedAt "31.02.2022" is not a real ISO 8601 date.', source: 'row 5 (line 6)' },
    ]);
    expect(result.rawFeatures).toHaveLength(4);
  });

  it('keeps hostile cell text as text and drops a javascript: link with a warning on its row', () => {
    const result = imported(importText('эшелоны.csv', csv, deps));
    const hostile = result.sightings[1];
    expect(hostile?.caption).toBe('<img src=x onerror=alert(1)>');
    expect(hostile?.url).toBeUndefined();
    expect(result.warnings.filter((w) => w.code === 'unsafe-url').map((w) => [w.index, w.id, w.source])).toEqual([[2, 's3', 'row 4 (line 5)']]);
  });

  it('fails with the first row problem when no row can be placed', () => {
    expect(importText('a.csv', 'lat,lon,caption\n,29.1,a\n52.1,,b\n', deps)).toEqual({
      ok: false,
      format: 'csv',
      error: { code: 'no-usable-features', message: 'None of the 2 rows could be used (row 2: latitude is empty).' },
    });
    expect(importText('a.csv', 'lat,lon,date\n52.1,29.1,2022-02-30\n', deps)).toEqual({
      ok: false,
      format: 'csv',
      error: { code: 'no-usable-features', message: 'The only row could not be used (row 2: observedAt "2022-02-30" is not a real ISO 8601 date).' },
    });
  });

  it('passes the CSV error through with the format', () => {
    expect(importText('a.csv', 'lat,lon,caption\n52.1,29.1,"open\n', deps)).toEqual({
      ok: false,
      format: 'csv',
      error: { code: 'invalid-csv', message: 'This file is not valid CSV: a quoted field that starts on line 2 is never closed.' },
    });
  });
});

describe('importText: KML end to end', () => {
  it('skips non-Point placemarks with parseFeed reasons and names the placemark', () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>Ельск</name><description><![CDATA[<b>#военныйэшелон</b> ВЛ10]]></description><Point><coordinates>29.1536,51.8139,0</coordinates></Point></Placemark>
      <Placemark><name>Маршрут</name><LineString><coordinates>29.1,51.8 29.5,52.0</coordinates></LineString></Placemark>
      <Placemark><name>Зона</name><Polygon><outerBoundaryIs><LinearRing><coordinates>29,51 30,51 30,52 29,51</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
      <Placemark><name>Без точки</name></Placemark></Document></kml>`;
    const result = imported(importText('geo.kml', kml, deps));
    expect(result.sightings.map((s) => [s.lon, s.lat, s.place, s.caption])).toEqual([[29.1536, 51.8139, 'Ельск', '#военныйэшелон ВЛ10']]);
    expect(result.sightings[0]?.locomotive).toBe('VL10');
    expect(result.skipped.map((s) => [s.index, s.code, s.source, s.detail])).toEqual([
      [1, 'not-a-point', 'placemark 2 ("Маршрут")', undefined],
      [2, 'not-a-point', 'placemark 3 ("Зона")', undefined],
      [3, 'missing-geometry', 'placemark 4 ("Без точки")', 'placemark 4 ("Без точки"): it has no readable Point coordinates ("longitude,latitude")'],
    ]);
    expect(result.skipped[0]?.reason).toBe('The geometry is a LineString; a sighting must be a single Point.');
  });

  it('refuses XXE before parsing', () => {
    const result = importText('x.kml', '<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml>&x;</kml>', deps);
    expect(result.ok === false && [result.format, result.error.code]).toEqual(['kml', 'unsafe-xml']);
  });
});

describe('importText: JSON', () => {
  it('imports scraped posts and names skipped ones by post number', () => {
    const posts = JSON.stringify([
      { desc: 'Эшелон #бтр', webVideoUrl: 'https://www.tiktok.com/@a/video/1', createTime: 1642498200, lat: 52.05, lon: 29.25 },
      { desc: 'без места', webVideoUrl: 'https://www.tiktok.com/@a/video/2' },
    ]);
    const result = imported(importText('dataset_tiktok.json', posts, deps));
    expect(result.format).toBe('json-posts');
    expect(result.sightings.map((s) => [s.lon, s.lat, s.postedAt, s.platform])).toEqual([[29.25, 52.05, '2022-01-18T09:30:00Z', 'tiktok']]);
    expect(result.skipped.map((s) => [s.index, s.code, s.source])).toEqual([[1, 'missing-geometry', 'post 2']]);
  });

  it('imports a GeoJSON feed as it is, naming features by index', () => {
    const feed = {
      type: 'FeatureCollection',
      metadata: { title: 'Январь' },
      features: [
        { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [29.25, 52.05] }, properties: { status: 'confirmed' } },
        { type: 'Feature', id: 'b', geometry: { type: 'Point', coordinates: [29.25, 152.05] }, properties: {} },
      ],
    };
    const result = imported(importText('feed.geojson', JSON.stringify(feed), deps));
    expect([result.format, result.metadata?.title, result.sightings.map((s) => s.id)]).toEqual(['geojson', 'Январь', ['a']]);
    expect(result.skipped.map((s) => [s.index, s.code, s.source])).toEqual([[1, 'latitude-out-of-range', 'feature 1']]);
    expect(result.notices).toEqual([]);
  });

  it('recognises a brief even when its envelope comes after the features', () => {
    const brief = `{"type":"FeatureCollection","features":[${' '.repeat(70_000)}],"railwatchBrief":{"version":1}}`;
    expect(importText('brief.geojson', brief, deps)).toEqual({
      ok: false,
      format: 'brief',
      error: { code: 'is-brief', message: 'This file is a railwatch brief: import it as a brief to restore its sightings and annotations.' },
    });
  });

  it('reports invalid GeoJSON JSON and a non-collection', () => {
    const broken = importText('feed.geojson', '{"type": "FeatureCollection", ', deps);
    expect(broken.ok === false && [broken.error.code, broken.error.message.startsWith('This file is not valid JSON (')]).toEqual(['invalid-json', true]);
    expect(importText('f.geojson', '{"type":"Feature","geometry":null}', deps)).toEqual({
      ok: false,
      format: 'geojson',
      error: { code: 'invalid-feed', message: 'The file holds a single GeoJSON Feature, not a FeatureCollection of sightings.' },
    });
  });
});

describe('importText: files it cannot read', () => {
  it('names unsupported types and what to do', () => {
    expect(importText('sightings.xlsx', 'PK\u0003\u0004', deps)).toEqual({
      ok: false,
      format: 'unknown',
      error: { code: 'unsupported-type', message: 'Unsupported file type .xlsx: export it as CSV.' },
    });
    expect(importText('map.kmz', 'PK', deps)).toEqual({
      ok: false,
      format: 'unknown',
      error: { code: 'unsupported-type', message: 'Unsupported file type .kmz: it is a zip archive: unzip it and import the doc.kml inside.' },
    });
    expect(importText('notes.txt', 'просто текст', deps)).toEqual({
      ok: false,
      format: 'unknown',
      error: { code: 'unsupported-type', message: 'Unsupported file type .txt: it reads CSV, KML, GeoJSON and JSON lists of posts.' },
    });
  });

  it('gives no hint for an extension that is the name of an Object property', () => {
    for (const name of ['notes.constructor', 'notes.__proto__', 'notes.valueOf']) {
      const extension = name.slice(name.indexOf('.') + 1).toLowerCase();
      expect(importText(name, 'просто текст', deps), name).toEqual({
        ok: false,
        format: 'unknown',
        error: { code: 'unsupported-type', message: `Unsupported file type .${extension}: it reads CSV, KML, GeoJSON and JSON lists of posts.` },
      });
    }
  });

  it('reports empty files in every format', () => {
    for (const name of ['a.csv', 'a.kml', 'a.json', 'a.geojson', 'a.txt']) {
      const result = importText(name, '\uFEFF\n', deps);
      expect(result.ok === false && result.error, name).toEqual({ code: 'empty-file', message: 'The file is empty.' });
    }
  });
});

describe('importFileBytes', () => {
  it('refuses files over the limit before decoding, stating the limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
    expect(importFileBytes('big.csv', new Uint8Array(2048), deps, { maxBytes: 1024 })).toEqual({
      ok: false,
      format: 'csv',
      error: { code: 'too-large', message: 'The file is 2.0 KB; railwatch imports at most 1.0 KB at once. Split it into smaller files and import them one by one.' },
    });
  });

  it('decodes a Windows-1251 CSV and says so in a notice', () => {
    // "Широта;Долгота;Подпись\n51,8;29,1;Эшелон" in Windows-1251.
    const header = [0xd8, 0xe8, 0xf0, 0xee, 0xf2, 0xe0, 0x3b, 0xc4, 0xee, 0xeb, 0xe3, 0xee, 0xf2, 0xe0, 0x3b, 0xcf, 0xee, 0xe4, 0xef, 0xe8, 0xf1, 0xfc, 0x0a];
    const row = [...new TextEncoder().encode('51,8;29,1;'), 0xdd, 0xf8, 0xe5, 0xeb, 0xee, 0xed];
    const result = imported(importFileBytes('excel.csv', Uint8Array.from([...header, ...row]), deps));
    expect(result.sightings.map((s) => [s.lon, s.lat, s.caption])).toEqual([[29.1, 51.8, 'Эшелон']]);
    expect(result.notices[0]?.code).toBe('encoding');
    expect(result.notices[0]?.message).toMatch(/Windows-1251/);
  });
});
