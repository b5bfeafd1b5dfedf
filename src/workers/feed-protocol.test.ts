import { describe, expect, it } from 'vitest';
import { sightingColumns } from '../domain/explore/sighting-columns';
import { parseFeed } from '../domain/sighting/parse-feed';
import { normaliseSourceUrl } from '../domain/sighting/source-url';
import { feedMessages } from './feed-job';
import { FeedAssembler, type FeedBatchMessage, type FeedDone } from './feed-protocol';

const feature = (index: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id: `s-${index % 40}`,
  geometry: { type: 'Point', coordinates: [29 + index / 1000, 52] },
  properties: { observedAt: `2022-01-1${index % 10}`, ...(index % 3 === 0 ? {} : { status: 'confirmed' }), source: { url: `https://T.me/rail/${index}#x` }, ...extra },
});

function feedText(count: number, broken = 0): string {
  const features = [
    ...Array.from({ length: count }, (_, index) => feature(index)),
    ...Array.from({ length: broken }, (_, index) => ({ type: 'Feature', id: `bad-${index}`, geometry: null, properties: {} })),
  ];
  return JSON.stringify({ type: 'FeatureCollection', metadata: { title: 'Batched' }, features });
}

/** Every message through the structured clone a postMessage does, in the order given. */
function deliver(messages: (FeedBatchMessage | FeedDone)[]) {
  const assembler = new FeedAssembler();
  return messages.map((message) => assembler.accept(structuredClone(message)));
}

describe('feed messages', () => {
  it('cuts a feed into batches and puts it back together as parseFeed reads it, repeated ids and all', () => {
    const text = feedText(53, 4);
    const messages = feedMessages(7, text, 5);
    expect(messages.map((m) => (m.type === 'feed-batch' ? m.batch.size : m.type))).toEqual([...Array<number>(11).fill(5), 2, 'feed-done']);
    const outcomes = deliver(messages);
    // Nothing is whole until the summary: a half-arrived feed is never shown.
    expect(outcomes.slice(0, -1).every((outcome) => outcome === undefined)).toBe(true);
    const assembled = outcomes.at(-1)!;
    const whole = parseFeed(text);
    expect(assembled.result).toEqual(whole);
    expect(whole.ok && whole.sightings).toHaveLength(40);
    expect(assembled.sourceKeys).toEqual(whole.ok ? whole.sightings.map((s) => normaliseSourceUrl(s.url!)) : []);
    // The index the collector made to find repeated ids gives each kept id its position.
    const sightings = assembled.result.ok ? assembled.result.sightings : [];
    expect(sightings.map((sighting) => assembled.positions?.get(sighting.id))).toEqual(sightings.map((_, position) => position));
    expect(assembled.positions?.size).toBe(40);
  });

  it('hands on the sightings by id, by position in the kept list (not in the file)', () => {
    const broken = { type: 'Feature', id: 'bad', geometry: null, properties: {} };
    const text = JSON.stringify({ type: 'FeatureCollection', features: [broken, feature(0), feature(1), feature(40), feature(2)] });
    const assembled = deliver(feedMessages(3, text, 2)).at(-1)!;
    expect(assembled.result.ok && assembled.result.sightings.map((sighting) => sighting.id)).toEqual(['s-0', 's-1', 's-2']);
    expect(['s-0', 's-1', 's-2', 'bad'].map((id) => assembled.positions?.get(id))).toEqual([0, 1, 2, undefined]);
    expect(assembled.result.ok && assembled.result.skipped.map((skip) => skip.reason).at(-1)).toBe('The id "s-0" was already used by feature 1, which is kept.');
  });

  it('waits for every batch, whatever order they arrive in, before the summary makes them a feed', () => {
    const text = feedText(23);
    const messages = feedMessages(1, text, 5);
    const done = messages.at(-1)!;
    const shuffled = [done, ...messages.slice(0, -1).reverse()];
    const outcomes = deliver(shuffled);
    expect(outcomes.slice(0, -1).every((outcome) => outcome === undefined)).toBe(true);
    const whole = parseFeed(text);
    expect(outcomes.at(-1)?.result).toEqual(whole);
    // The columns read batch by batch are those of the feed in file order, read at once.
    expect(outcomes.at(-1)?.columns).toEqual(whole.ok ? sightingColumns(whole.sightings) : undefined);
    expect(new Set(outcomes.at(-1)?.columns?.statuses)).toEqual(new Set(['confirmed', 'unverified']));
  });

  it('sends a file that is not a feed as the summary alone', () => {
    const messages = feedMessages(1, '<html>');
    expect(messages).toHaveLength(1);
    expect(deliver(messages)[0]).toEqual({ result: parseFeed('<html>'), sourceKeys: [] });
  });

  it('refuses a batch whose keys do not line up with its sightings', () => {
    const [first] = feedMessages(1, feedText(3), 5) as [FeedBatchMessage];
    expect(() => new FeedAssembler().accept({ ...first, sourceKeys: [null] })).toThrow('1 extras for 3 sightings.');
  });
});
