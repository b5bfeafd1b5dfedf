import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFileBytes } from './import-file.ts';
import { importFileStream, importFileStreamDetailed } from './import-stream.ts';
import { xmldomParseXml } from './xmldom-parse-xml.ts';

const deps = { parseXml: xmldomParseXml };

/** The bytes in pieces of `size`, as an async stream; counts the pieces handed out. */
function opener(bytes: Uint8Array, size: number) {
  const stats = { opened: 0, pieces: 0 };
  const open = async function* () {
    stats.opened += 1;
    for (let at = 0; at < bytes.length; at += size) {
      stats.pieces += 1;
      yield bytes.subarray(at, at + size);
    }
  };
  return { open, stats };
}

const streamed = (name: string, bytes: Uint8Array, size: number, maxFeatures?: number) =>
  importFileStream(name, opener(bytes, size).open, deps, maxFeatures === undefined ? {} : { maxFeatures });

const utf8 = (text: string) => new TextEncoder().encode(text);

const feature = (id: string, lon: number, lat: number, caption = 'Эшелон с танками #военныйэшелон') =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { observedAt: '2022-01-18T09:30:00Z', source: { caption, url: `https://t.me/rail/${id}` }, colour: 'зелёный' } });

const collection = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', metadata: { title: 'Гомельские эшелоны' }, ...extra, features });

describe('importFileStream', () => {
  const fixtures = ['e2e/fixtures', 'e2e/fixtures/hostile'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.includes('.'))
      .map((name) => [`${dir}/${name}`, name] as const),
  );

  it.each(fixtures)('gives what importFileBytes gives for %s, whatever the piece size', async (path, name) => {
    const bytes = new Uint8Array(readFileSync(path));
    const whole = importFileBytes(name, bytes, deps);
    for (const size of [1, 7, 4096, bytes.length]) {
      const result = await streamed(name, bytes, size);
      // Broken JSON gets the same code and lead; the detail in brackets is the scanner's own.
      if (!whole.ok && whole.error.code === 'invalid-json') expect(result).toMatchObject({ ok: false, format: whole.format, error: { code: 'invalid-json', message: expect.stringMatching(/^This file is not valid JSON \(.+\)\.$/) as unknown as string } });
      else expect(result).toEqual(whole);
    }
  });

  it('reads a GeoJSON file with Cyrillic and emoji cut between pieces, keeping skips, warnings, metadata and the raw features', async () => {
    const text = collection([feature('a', 29.15, 51.81, 'Эшелон 🚂 танки'), { type: 'Feature', id: 'bad', geometry: null, properties: {} }, feature('a', 29.2, 51.9), feature('sw', 51.9, 29.2)]);
    const bytes = utf8(`\uFEFF${text}`);
    const whole = importFileBytes('эшелоны.geojson', bytes, deps);
    expect(whole).toMatchObject({
      ok: true,
      format: 'geojson',
      metadata: { title: 'Гомельские эшелоны' },
      skipped: [{ index: 1, code: 'missing-geometry', source: 'feature 1' }, { index: 2, code: 'duplicate-id', source: 'feature 2' }],
      warnings: [{ index: 3, id: 'sw', code: 'swapped-coordinates', source: 'feature 3' }],
    });
    for (const size of [1, 2, 3, 5, 11, 64]) expect(await streamed('эшелоны.geojson', bytes, size)).toEqual(whole);
  });

  it('reads a Windows-1251 GeoJSON file in a second pass and says so', async () => {
    const ascii = collection([feature('a', 29.15, 51.81, 'CAPTION')]);
    // Windows-1251 for "Эшелон" where the caption stands.
    const cp1251 = [0xdd, 0xf8, 0xe5, 0xeb, 0xee, 0xed];
    const at = ascii.indexOf('CAPTION');
    const bytes = new Uint8Array([...utf8(ascii.slice(0, at)), ...cp1251, ...utf8(ascii.slice(at + 'CAPTION'.length))]);
    const { open, stats } = opener(bytes, 16);
    const result = await importFileStreamDetailed('cp1251.geojson', open, deps);
    expect(stats.opened).toBe(2);
    expect(result.encoding).toBe('windows-1251');
    expect(result.result).toEqual(importFileBytes('cp1251.geojson', bytes, deps));
    expect(result.result.ok && [result.result.sightings[0]?.caption, result.result.notices[0]?.code]).toEqual(['Эшелон', 'encoding']);
  });

  it('reads a Windows-1251 CSV file (read whole) the same way', async () => {
    const header = utf8('lat;lon;caption\n51.81;29.15;');
    const bytes = new Uint8Array([...header, 0xdd, 0xf8, 0xe5, 0xeb, 0xee, 0xed, 0x0a]);
    const whole = importFileBytes('эшелоны.csv', bytes, deps);
    expect(whole.ok && whole.notices[0]?.code).toBe('encoding');
    for (const size of [1, 5, 100]) expect(await streamed('эшелоны.csv', bytes, size)).toEqual(whole);
  });

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('reads a UTF-16 %s GeoJSON file with a byte-order mark', async (_, littleEndian) => {
    const text = collection([feature('a', 29.15, 51.81, 'Эшелон 🚂')]);
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    const whole = importFileBytes('unicode.geojson', bytes, deps);
    expect(whole.ok && [whole.sightings[0]?.caption, whole.notices]).toEqual(['Эшелон 🚂', [{ code: 'encoding', message: 'The file was read as UTF-16 (Excel "Unicode text").' }]]);
    for (const size of [1, 3, 8, 1000]) expect(await streamed('unicode.geojson', bytes, size)).toEqual(whole);
  });

  it('refuses a file broken at its very end as invalid JSON, as importText does', async () => {
    const text = collection(Array.from({ length: 50 }, (_, i) => feature(`f${i}`, 29.15, 51.81)));
    const bytes = utf8(text.slice(0, -3));
    const whole = importFileBytes('cut.geojson', bytes, deps);
    expect(whole).toMatchObject({ ok: false, format: 'geojson', error: { code: 'invalid-json' } });
    const result = await streamed('cut.geojson', bytes, 100);
    expect(result).toMatchObject({ ok: false, format: 'geojson', error: { code: 'invalid-json' } });
    expect(!result.ok && result.error.message).toMatch(/^This file is not valid JSON \(.+\)\.$/);
  });

  it.each([
    ['an empty file', '  \n'],
    ['a single Feature', JSON.stringify(feature('a', 29.15, 51.81))],
    ['a list', '[{"type":"FeatureCollection"}]'],
    ['no features', '{"type":"FeatureCollection","features":[]}'],
    ['nothing usable', '{"type":"FeatureCollection","features":[1,{"type":"Feature"}]}'],
    ['a brief whose key comes after its features', `{"type":"FeatureCollection","features":[${' '.repeat(70_000)}],"railwatchBrief":{"version":1}}`],
    ['junk after the collection', `${collection([feature('a', 29.15, 51.81)])} x`],
  ])('fails %s with the code and message importText gives', async (_, text) => {
    const bytes = utf8(text);
    const whole = importFileBytes('file.geojson', bytes, deps);
    expect(whole.ok).toBe(false);
    const result = await streamed('file.geojson', bytes, 9);
    if (whole.ok || result.ok) throw new Error('expected failures');
    expect([result.format, result.error.code]).toEqual([whole.format, whole.error.code]);
    if (whole.error.code !== 'invalid-json') expect(result.error.message).toBe(whole.error.message);
  });

  it('stops reading a GeoJSON file as soon as it holds more features than may be imported', async () => {
    const bytes = utf8(collection(Array.from({ length: 3000 }, (_, i) => feature(`f${i}`, 29.15, 51.81))));
    const { open, stats } = opener(bytes, 256);
    const result = await importFileStream('big.geojson', open, deps, { maxFeatures: 10 });
    expect(result).toEqual({ ok: false, format: 'geojson', error: { code: 'too-large', message: 'The feed has more than 10 features; at most 10 can be loaded at once.' } });
    expect(stats.pieces).toBeLessThan(Math.ceil(bytes.length / 256) / 4);
  });

  it('tells as it reads how many bytes are done and when the file is checked as it arrives', async () => {
    const bytes = utf8(collection(Array.from({ length: 2000 }, (_, i) => feature(`f${i}`, 29.15, 51.81))));
    const calls: [number, boolean][] = [];
    await importFileStream('big.geojson', opener(bytes, 4096).open, deps, { onBytes: (read, streaming) => calls.push([read, streaming]) });
    expect(calls).toHaveLength(Math.ceil(bytes.length / 4096));
    expect(calls.at(-1)).toEqual([bytes.length, true]);
    // The format is known once 64 K characters are in; from then on each piece is checked as it comes.
    const first = calls.findIndex(([, streaming]) => streaming);
    expect(new TextDecoder().decode(bytes.subarray(0, calls[first - 1]![0])).length).toBeLessThan(64 * 1024);
    expect(new TextDecoder().decode(bytes.subarray(0, calls[first]![0])).length).toBeGreaterThanOrEqual(64 * 1024);
    expect(calls.slice(first).every(([, streaming]) => streaming)).toBe(true);
  });
});
