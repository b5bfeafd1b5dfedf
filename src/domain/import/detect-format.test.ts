import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from './detect-format.ts';

describe('detectFormat', () => {
  it('trusts unambiguous extensions, in any case', () => {
    expect(detectFormat('эшелоны.CSV', '')).toBe('csv');
    expect(detectFormat('export.tsv', 'lat\tlon')).toBe('csv');
    expect(detectFormat('map.kml', '')).toBe('kml');
    expect(detectFormat('posts.jsonl', '{"url":"https://t.me/a/1"}')).toBe('json-posts');
  });

  it('sniffs .json: feature collection, brief, list of posts, single post object', () => {
    expect(detectFormat('feed.json', '\uFEFF  {"type": "FeatureCollection", "features": [')).toBe('geojson');
    expect(detectFormat('feed.json', '{"features": [{"type":"Feature","geometry":')).toBe('geojson');
    expect(detectFormat('brief.json', '{"type":"FeatureCollection","railwatchBrief":{"version":1},"features":[]}')).toBe('brief');
    expect(detectFormat('tiktok.json', '[{"desc":"#танки","webVideoUrl":"https://www.tiktok.com/@a/video/1"}]')).toBe('json-posts');
    expect(detectFormat('video.info.json', '{"id":"abc","webpage_url":"https://youtu.be/abc"}')).toBe('json-posts');
    expect(detectFormat('broken.json', 'not json at all')).toBe('json-posts');
  });

  it('detects a brief saved as .geojson', () => {
    expect(detectFormat('brief.geojson', '{"railwatchBrief": {}, "type": "FeatureCollection"}')).toBe('brief');
    expect(detectFormat('railways.geojson', '{"type":"FeatureCollection"}')).toBe('geojson');
  });

  it('sniffs files without a telling extension', () => {
    expect(detectFormat('export', '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2">')).toBe('kml');
    expect(detectFormat('doc.xml', '<?xml version="1.0"?><gpx version="1.1">')).toBe('unknown');
    expect(detectFormat('data.txt', 'широта;долгота;дата\r\n51,8;29,1;18.01.2022')).toBe('csv');
    expect(detectFormat('notes.txt', 'Эшелон видели вчера')).toBe('unknown');
    expect(detectFormat('blob', 'PK\u0003\u0004,\u0000;')).toBe('unknown');
  });

  it('reports spreadsheets, archives and other formats as unknown whatever they contain', () => {
    expect(detectFormat('sightings.xlsx', 'PK\u0003\u0004')).toBe('unknown');
    expect(detectFormat('map.kmz', 'PK')).toBe('unknown');
    expect(detectFormat('track.gpx', '<gpx>')).toBe('unknown');
  });

  it('sniffs a file whose extension is the name of an Object property', () => {
    for (const name of ['feed.constructor', 'feed.__proto__', 'feed.toString', 'feed.hasOwnProperty']) {
      expect(detectFormat(name, '{"type":"FeatureCollection","features":[]}'), name).toBe('geojson');
    }
  });
});

describe('extensionOf', () => {
  it('takes the last extension of the base name, ignoring folders and leading dots', () => {
    expect(extensionOf('C:\\exports\\posts.info.JSON')).toBe('json');
    expect(extensionOf('dir.v2/file')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });
});
