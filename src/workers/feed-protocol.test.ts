import { describe, expect, it } from 'vitest';
import { parseFeed, type FeedParseResult } from '../domain/sighting/parse-feed';
import { FeedAssembler, feedResponses, type FeedChunk, type FeedDone } from './feed-protocol';

const feature = (index: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id: `s-${index}`,
  geometry: { type: 'Point', coordinates: [29 + index / 1000, 52] },
  properties: { observedAt: '2022-01-18', source: { url: `https://t.me/rail/${index}` }, ...extra },
});

function feed(count: number, broken = 0): FeedParseResult {
  const features = [
    ...Array.from({ length: count }, (_, index) => feature(index)),
    ...Array.from({ length: broken }, (_, index) => ({ type: 'Feature', id: `bad-${index}`, geometry: null, properties: {} })),
  ];
  return parseFeed({ type: 'FeatureCollection', metadata: { title: 'Chunked' }, features });
}

/** Every message through the structured clone a postMessage does, then reassembled. */
function roundTrip(result: FeedParseResult, keys: (string | null)[], chunkSize: number) {
  const messages = [...feedResponses(7, result, keys, chunkSize)].map((message) => structuredClone(message));
  const assembler = new FeedAssembler();
  const outcomes = messages.map((message) => assembler.accept(message));
  return { messages, outcomes };
}

describe('feed messages', () => {
  it('cuts a feed into chunks of at most the chunk size and puts it back together unchanged', () => {
    const result = feed(23, 4);
    if (!result.ok) throw new Error(result.error.message);
    const keys = result.sightings.map((s) => `key-${s.id}`);
    const { messages, outcomes } = roundTrip(result, keys, 5);

    const chunks = messages.filter((m): m is FeedChunk => m.type === 'feed-chunk');
    expect(chunks.map((c) => c.sightings.length)).toEqual([5, 5, 5, 5, 3, 0]);
    expect(chunks.map((c) => c.skipped.length)).toEqual([0, 0, 0, 0, 0, 4]);
    expect(chunks.every((c) => c.sourceKeys.length === c.sightings.length)).toBe(true);
    expect(messages.at(-1)?.type).toBe('feed-done');
    // Nothing is whole until the summary: a half-arrived feed is never shown.
    expect(outcomes.slice(0, -1).every((outcome) => outcome === undefined)).toBe(true);

    const assembled = outcomes.at(-1)!;
    expect(assembled.result).toEqual(result);
    expect(assembled.sourceKeys).toEqual(keys);
  });

  it('sends a failure as one message', () => {
    const failure = parseFeed('<html>');
    const { messages, outcomes } = roundTrip(failure, [], 5);
    expect(messages).toHaveLength(1);
    expect(outcomes[0]).toEqual({ result: failure, sourceKeys: [] });
  });

  it('puts at most 5,000 sightings in a message by default', () => {
    const result = feed(12_000);
    if (!result.ok) throw new Error(result.error.message);
    const sizes = [...feedResponses(1, result, result.sightings.map(() => null))].flatMap((m) => (m.type === 'feed-chunk' ? [m.sightings.length] : []));
    expect(sizes).toEqual([5_000, 5_000, 2_000]);
  });

  it('says so when a chunk went missing instead of showing part of the feed', () => {
    const result = feed(12);
    if (!result.ok) throw new Error(result.error.message);
    const messages = [...feedResponses(1, result, result.sightings.map(() => null), 5)];
    const assembler = new FeedAssembler();
    assembler.accept(messages[0] as FeedChunk);
    expect(() => assembler.accept(messages.at(-1) as FeedDone)).toThrow('the feed arrived incomplete (5 of 12 sightings)');
  });

  it('refuses keys that do not line up with the sightings', () => {
    const result = feed(3);
    expect(() => [...feedResponses(1, result, [null])]).toThrow('1 source keys for 3 sightings.');
  });
});
