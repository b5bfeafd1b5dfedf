import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedStreamParser, parseFeed, type FeedParseResult } from './parse-feed';
import type { Sighting } from './sighting-schema';

/** Feeds the text in pieces of `size` characters, as a stream would. */
function streamed(text: string, size: number, options: ConstructorParameters<typeof FeedStreamParser>[0] = {}): FeedParseResult {
  const parser = new FeedStreamParser(options);
  for (let at = 0; at < text.length; at += size) if (!parser.push(text.slice(at, at + size))) break;
  return parser.finish();
}

const feature = (id: string, lon: number, lat: number, extra = '') =>
  `{"type":"Feature","id":"${id}","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"observedAt":"2022-02-01T10:00:00Z","source":{"caption":"Эшелон \\"танки\\" {[,]} #танки"}${extra}}}`;

const sample = readFileSync('public/feeds/sample.geojson', 'utf8');

describe('FeedStreamParser', () => {
  it('gives the same result as parseFeed on the sample feed, whatever the piece size', () => {
    const whole = parseFeed(sample);
    expect(whole.ok).toBe(true);
    for (const size of [1, 7, 64, 4096, sample.length]) expect(streamed(sample, size)).toEqual(whole);
  });

  it('keeps metadata, skips and warnings wherever the members sit', () => {
    const text = `\ufeff {"features":[${feature('a', 30, 51)}, 42, ${feature('a', 31, 52)}, ${feature('b', 52, 27)}], "metadata":{"title":"Feed \\u0041"},"type":"FeatureCollection"} `;
    const whole = parseFeed(text);
    for (const size of [1, 3, 50]) expect(streamed(text, size)).toEqual(whole);
    expect(whole).toMatchObject({
      ok: true,
      metadata: { title: 'Feed A' },
      skipped: [{ index: 1, code: 'not-a-feature' }, { index: 2, code: 'duplicate-id' }],
      warnings: [{ index: 3, id: 'b', code: 'swapped-coordinates' }],
    });
  });

  it.each([
    ['an empty file', ''],
    ['a list', '[1,2]'],
    ['a single feature', feature('a', 30, 51)],
    ['a string', '"FeatureCollection"'],
    ['features that is not a list', '{"type":"FeatureCollection","features":{}}'],
    ['the wrong type', `{"type":"Topology","features":[${feature('a', 30, 51)}]}`],
    ['no features', '{"type":"FeatureCollection","features":[]}'],
    ['nothing usable', '{"type":"FeatureCollection","features":[1,2]}'],
  ])('fails %s with the same code as parseFeed', (_, text) => {
    const whole = parseFeed(text);
    expect(whole.ok).toBe(false);
    for (const size of [1, 5, 1000]) {
      const result = streamed(text, size);
      expect(result.ok).toBe(false);
      if (!result.ok && !whole.ok) expect(result.error.code).toBe(whole.error.code);
    }
  });

  it.each([
    ['a cut-off file', `{"type":"FeatureCollection","features":[${feature('a', 30, 51)}`],
    ['a broken feature', `{"type":"FeatureCollection","features":[{"type":"Feature",}]}`],
    ['junk between features', `{"type":"FeatureCollection","features":[${feature('a', 30, 51)} x ${feature('b', 30, 51)}]}`],
    ['junk after the collection', `{"type":"FeatureCollection","features":[${feature('a', 30, 51)}]} trailing`],
  ])('refuses %s as not JSON, with a position or a reason', (_, text) => {
    expect(parseFeed(text)).toMatchObject({ ok: false, error: { code: 'not-json' } });
    const result = streamed(text, 9);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    if (!result.ok) expect(result.error.message).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });

  it('refuses a feed over the feature limit as soon as the limit is passed', () => {
    const text = `{"type":"FeatureCollection","features":[${[1, 2, 3].map((n) => feature(`f${n}`, 30, 51)).join(',')}]}`;
    const result = streamed(text, 10, { maxFeatures: 2 });
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: 'The feed has more than 2 features; at most 2 can be loaded at once.' } });
  });

  it('hands out the usable sightings in order, in batches, and all of them', () => {
    const ids = Array.from({ length: 23 }, (_, n) => `f${n}`);
    const text = `{"type":"FeatureCollection","features":[${ids.map((id) => feature(id, 30, 51)).join(',')}]}`;
    const batches: Sighting[][] = [];
    const result = streamed(text, 100, { batchSize: 5, onSightings: (batch) => batches.push(batch) });
    expect(batches.map((batch) => batch.length)).toEqual([5, 5, 5, 5, 3]);
    expect(batches.flat().map((s) => s.id)).toEqual(ids);
    expect(result.ok && result.sightings.length).toBe(23);
  });

  it('reads strings with escapes (a backslash before the closing quote, \\u0022, brackets) across any cut', () => {
    const caption = (text: string) => `,"place":${JSON.stringify(text)}`;
    const text = `{"type":"FeatureCollection","features":[${feature('a', 30, 51, caption('C:\\path\\'))},${feature('b', 30, 51, caption('"}]{['))},${feature('c', 30, 51, ',"place":"\\u0022\\\\\\"x"')}]}`;
    const whole = parseFeed(text);
    expect(whole.ok && whole.sightings.map((s) => s.place)).toEqual(['C:\\path\\', '"}]{[', '"\\"x']);
    for (const size of [1, 2, 3, 5, 8, 13]) expect(streamed(text, size)).toEqual(whole);
  });

  it('lets go of the sightings it handed out when asked to, and still counts them', () => {
    const ids = Array.from({ length: 12 }, (_, n) => `f${n}`);
    const text = `{"type":"FeatureCollection","features":[${ids.map((id) => feature(id, 30, 51)).join(',')}, 7]}`;
    const batches: Sighting[][] = [];
    const parser = new FeedStreamParser({ batchSize: 5, keepSightings: false, onSightings: (batch) => batches.push(batch) });
    for (let at = 0; at < text.length; at += 50) parser.push(text.slice(at, at + 50));
    expect(parser.sightingCount).toBe(12);
    const result = parser.finish();
    expect(batches.flat().map((s) => s.id)).toEqual(ids);
    expect(result).toMatchObject({ ok: true, sightings: [], skipped: [{ index: 12, code: 'not-a-feature' }] });
  });

  it('hands out every feature as parsed, index for index, and tells which top-level members it saw', () => {
    const text = `{"type":"FeatureCollection","railwatchBrief":{"version":1},"features":[${feature('a', 30, 51)}, 42]}`;
    const raws: unknown[] = [];
    const parser = new FeedStreamParser({ onFeature: (raw) => raws.push(raw) });
    parser.push(text);
    expect(raws).toEqual([JSON.parse(feature('a', 30, 51)), 42]);
    expect([parser.hasMember('railwatchBrief'), parser.hasMember('metadata')]).toEqual([true, false]);
  });
});
