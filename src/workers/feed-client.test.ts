import { describe, expect, it, vi } from 'vitest';
import { mergeSightings } from '../domain/merge/merge-sightings';
import { parseFeed } from '../domain/sighting/parse-feed';
import * as sourceUrl from '../domain/sighting/source-url';
import { parseFeedInWorker } from './feed-client';

// Counts the link normalisations the main thread does; the real function still answers.
vi.mock('../domain/sighting/source-url', { spy: true });

const text = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [29.2, 51.8] }, properties: { source: { url: 'https://m.vk.com/wall-1_2?utm_source=x' } } },
    { type: 'Feature', id: 'b', geometry: { type: 'Point', coordinates: [29.3, 51.9] }, properties: { source: { url: 'https://t.me/rail/7' } } },
    { type: 'Feature', id: 'c', geometry: { type: 'Point', coordinates: [29.4, 51.7] }, properties: {} },
  ],
});

describe('parseFeedInWorker', () => {
  it('reads a Blob body and a text body (stored by earlier builds) alike', async () => {
    const fromBlob = await parseFeedInWorker(new Blob([text], { type: 'application/geo+json' }));
    const fromText = await parseFeedInWorker(text);
    expect(fromBlob).toEqual(parseFeed(text));
    expect(fromText).toEqual(fromBlob);
  });

  it('gives the parser’s message for a body that is not a feed', async () => {
    const result = await parseFeedInWorker(new Blob(['{"type":"Feature"']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The file is not valid JSON/);
  });

  it('hands the links’ keys to the merge, so merging normalises none of them again', async () => {
    const result = await parseFeedInWorker(new Blob([text]));
    if (!result.ok) throw new Error(result.error.message);
    const other = parseFeed(text.replaceAll('"a"', '"a2"').replaceAll('"b"', '"b2"').replaceAll('"c"', '"c2"'));
    if (!other.ok) throw new Error(other.error.message);

    vi.mocked(sourceUrl.normaliseSourceUrl).mockClear();
    mergeSightings([{ sourceId: 'feed', sightings: result.sightings }]);
    expect(sourceUrl.normaliseSourceUrl).not.toHaveBeenCalled();

    // The same links parsed on this thread are keyed here, and match: the two feeds merge.
    const merged = mergeSightings([
      { sourceId: 'feed', sightings: result.sightings },
      { sourceId: 'other', sightings: other.sightings },
    ]);
    expect(sourceUrl.normaliseSourceUrl).toHaveBeenCalledTimes(2);
    expect(merged.mergedIdsById.get('a')).toEqual(['a2']);
    expect(merged.mergedIdsById.get('b')).toEqual(['b2']);
  });
});
