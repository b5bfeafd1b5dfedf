import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedBatchCollector, FeedStreamParser, parseFeed, readFeatureBatch, type FeatureBatch, type FeedParseResult } from './parse-feed';

/** Feeds the text in pieces of `size` characters, as a stream would. */
function streamed(text: string, size: number, options: ConstructorParameters<typeof FeedStreamParser>[0] = {}): FeedParseResult {
  const parser = new FeedStreamParser(options);
  for (let at = 0; at < text.length; at += size) if (!parser.push(text.slice(at, at + size))) break;
  return parser.finish();
}

/**
 * The same, with the features read in batches apart from the file (as the feed worker hands
 * them to other workers) and collected in `order` (a shuffle of the batch numbers, as workers
 * may answer), `keys` coming along with each sighting.
 */
function batched(text: string, size: number, batchSize: number, order: (count: number) => number[] = (count) => [...Array(count).keys()]): FeedParseResult {
  const batches: FeatureBatch[] = [];
  const parser = new FeedStreamParser({ batchSize, onFeatureTexts: (texts, firstIndex) => batches.push(readFeatureBatch(texts, firstIndex)) });
  for (let at = 0; at < text.length; at += size) if (!parser.push(text.slice(at, at + size))) break;
  const envelope = parser.finishEnvelope();
  const collector = new FeedBatchCollector<string>();
  for (const seq of order(batches.length)) {
    expect(collector.finish(envelope, batches.length)).toBeUndefined();
    collector.add(seq, batches[seq]!, batches[seq]!.sightings.map((sighting) => `key:${sighting.id}`));
  }
  const result = collector.finish(envelope, batches.length);
  if (result?.ok) expect(collector.extras).toEqual(result.sightings.map((sighting) => `key:${sighting.id}`));
  return result!;
}

const reversed = (count: number) => [...Array(count).keys()].reverse();

const feature = (id: string, lon: number, lat: number, extra = '') =>
  `{"type":"Feature","id":"${id}","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"observedAt":"2022-02-01T10:00:00Z","source":{"caption":"Эшелон \\"танки\\" {[,]} #танки"}${extra}}}`;

const sample = readFileSync('public/feeds/sample.geojson', 'utf8');

describe('FeedStreamParser', () => {
  it('gives the same result as parseFeed on the sample feed, whatever the piece size', () => {
    const whole = parseFeed(sample);
    expect(whole.ok).toBe(true);
    for (const size of [1, 7, 64, 4096, sample.length]) expect(streamed(sample, size)).toEqual(whole);
    for (const batchSize of [1, 7, 100]) {
      expect(batched(sample, 64, batchSize)).toEqual(whole);
      expect(batched(sample, 4096, batchSize, reversed)).toEqual(whole);
    }
  });

  it('keeps metadata, skips and warnings wherever the members sit', () => {
    const text = `\ufeff {"features":[${feature('a', 30, 51)}, 42, ${feature('a', 31, 52)}, ${feature('b', 52, 27)}], "metadata":{"title":"Feed \\u0041"},"type":"FeatureCollection"} `;
    const whole = parseFeed(text);
    for (const size of [1, 3, 50]) expect(streamed(text, size)).toEqual(whole);
    for (const batchSize of [1, 2, 3, 10]) expect(batched(text, 7, batchSize, reversed)).toEqual(whole);
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
    expect(batched(text, 9, 1, reversed)).toEqual(result);
    if (!result.ok) expect(result.error.message).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });

  it('refuses a feed over the feature limit as soon as the limit is passed', () => {
    const text = `{"type":"FeatureCollection","features":[${[1, 2, 3].map((n) => feature(`f${n}`, 30, 51)).join(',')}]}`;
    const result = streamed(text, 10, { maxFeatures: 2 });
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: 'The feed has more than 2 features; at most 2 can be loaded at once.' } });
    const texts: string[][] = [];
    const parser = new FeedStreamParser({ maxFeatures: 2, batchSize: 1, onFeatureTexts: (batch) => texts.push(batch) });
    parser.push(text);
    expect(parser.finishEnvelope()).toEqual(result);
    expect(texts).toHaveLength(2);
  });

  it('hands out the features’ texts in batches, in order, and reads none of them itself', () => {
    const ids = Array.from({ length: 23 }, (_, n) => `f${n}`);
    const text = `{"type":"FeatureCollection","features":[${ids.map((id) => feature(id, 30, 51)).join(',')}]}`;
    const batches: [number, string[]][] = [];
    const parser = new FeedStreamParser({ batchSize: 5, onFeatureTexts: (texts, firstIndex) => batches.push([firstIndex, texts]) });
    parser.push(text.slice(0, 1500));
    expect(batches.length).toBeGreaterThan(0);
    parser.push(text.slice(1500));
    expect(parser.sightingCount).toBe(0);
    expect(parser.finishEnvelope()).toEqual({ ok: true, metadata: undefined, count: 23 });
    expect(batches.map(([firstIndex, texts]) => [firstIndex, texts.length])).toEqual([[0, 5], [5, 5], [10, 5], [15, 5], [20, 3]]);
    expect(batches.flatMap(([, texts]) => texts.map((t) => (JSON.parse(t) as { id: string }).id))).toEqual(ids);
  });

  it('takes the first of a repeated id across batches in any order, with its warnings, and drops the later one’s', () => {
    const text = `{"type":"FeatureCollection","features":[${feature('a', 52, 27)}, 1, ${feature('b', 30, 51)}, ${feature('a', 51, 28)}, ${feature('c', 30, 51)}, {"type":"Feature" ]}`;
    const fixed = text.replace(', {"type":"Feature" ]', ']');
    const whole = parseFeed(fixed);
    expect(whole).toMatchObject({ ok: true, skipped: [{ index: 1 }, { index: 3, id: 'a', code: 'duplicate-id' }], warnings: [{ index: 0, id: 'a' }] });
    for (const batchSize of [1, 2, 3]) expect(batched(fixed, 11, batchSize, reversed)).toEqual(whole);
    // A feature that is not JSON fails the file, even when a later batch comes in first.
    expect(batched(text, 11, 2, reversed)).toEqual(streamed(text, 11));
    expect(streamed(text, 11)).toMatchObject({ ok: false, error: { code: 'not-json', message: expect.stringContaining('(feature 5:') as string } });
  });

  it('refuses to finish before every batch is in, and refuses a batch twice', () => {
    const collector = new FeedBatchCollector<null>();
    const batch = readFeatureBatch([feature('a', 30, 51)], 0);
    expect(collector.finish({ ok: true, metadata: undefined, count: 2 }, 2)).toBeUndefined();
    collector.add(1, readFeatureBatch([feature('b', 30, 51)], 1), [null]);
    expect(() => collector.add(1, batch, [null])).toThrow('Batch 1 arrived twice.');
    expect(() => collector.add(0, batch, [])).toThrow('0 extras for 1 sightings.');
    collector.add(0, batch, [null]);
    expect(() => collector.finish({ ok: true, metadata: undefined, count: 3 }, 2)).toThrow('the feed arrived incomplete (2 of 3 features)');
    expect(collector.finish({ ok: true, metadata: undefined, count: 2 }, 2)).toMatchObject({ ok: true, sightings: [{ id: 'a' }, { id: 'b' }] });
  });

  it('reads strings with escapes (a backslash before the closing quote, \\u0022, brackets) across any cut', () => {
    const caption = (text: string) => `,"place":${JSON.stringify(text)}`;
    const text = `{"type":"FeatureCollection","features":[${feature('a', 30, 51, caption('C:\\path\\'))},${feature('b', 30, 51, caption('"}]{['))},${feature('c', 30, 51, ',"place":"\\u0022\\\\\\"x"')}]}`;
    const whole = parseFeed(text);
    expect(whole.ok && whole.sightings.map((s) => s.place)).toEqual(['C:\\path\\', '"}]{[', '"\\"x']);
    for (const size of [1, 2, 3, 5, 8, 13]) expect(streamed(text, size)).toEqual(whole);
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
