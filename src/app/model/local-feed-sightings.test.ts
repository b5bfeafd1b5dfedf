import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LocalSightingRecord } from '../../db/records';
import { SightingColumnsBuilder, sightingColumns } from '../../domain/explore/sighting-columns';
import { mergeSightings } from '../../domain/merge/merge-sightings';
import { parseFeed } from '../../domain/sighting/parse-feed';
import { LOCAL_FEED_SLICE, loadFeedParser, localFeedSightings } from './local-feed-sightings';

function record(id: string, feature: Feature): LocalSightingRecord {
  return { id, feedId: 'local', feature, createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'analyst' };
}

/** Records as the workspace hands them over: a page at a time, each page a later task. */
async function* pagesOf(records: readonly LocalSightingRecord[], size = LOCAL_FEED_SLICE): AsyncGenerator<LocalSightingRecord[]> {
  for (let first = 0; first < records.length; first += size) {
    await Promise.resolve();
    yield records.slice(first, first + size);
  }
}

const point = (id: string, lon: number, lat: number, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

describe('localFeedSightings', () => {
  it('turns stored features into sightings with their ids, places and equipment', async () => {
    const result = await localFeedSightings(
      'My sightings',
      pagesOf([
        record('a', point('a', 29.2, 51.8, { place: 'Yelsk', status: 'geolocated', equipment: [{ kind: 'tank', count: 12 }] })),
        record('b', point('b', 30.1, 52.0)),
      ]),
    );
    expect(result.error).toBeUndefined();
    expect(result.note).toBeUndefined();
    expect(result.sightings.map((s) => [s.id, s.lon, s.lat, s.place, s.status])).toEqual([
      ['a', 29.2, 51.8, 'Yelsk', 'geolocated'],
      ['b', 30.1, 52.0, undefined, 'unverified'],
    ]);
    expect(result.sightings[0]?.equipment).toEqual([{ kind: 'tank', count: 12 }]);
  });

  it('gives an empty feed no sightings and no error', async () => {
    expect(await localFeedSightings('My sightings', pagesOf([]))).toEqual({ sightings: [] });
  });

  it('shows the usable sightings and a note naming how many stored ones cannot be shown', async () => {
    const broken: Feature = { type: 'Feature', id: 'c', geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: {} };
    const result = await localFeedSightings('Imported file', pagesOf([record('a', point('a', 29.2, 51.8)), record('c', broken)]));
    expect(result.sightings.map((s) => s.id)).toEqual(['a']);
    expect(result.note).toMatch(/^Imported file: 1 stored sighting cannot be shown on the map \(.*LineString.*\)\.$/);
  });

  it('reads a large feed a page at a time, with the same sightings and skips as parseFeed reading it at once', async () => {
    const count = Math.round(LOCAL_FEED_SLICE * 2.4);
    // Every 7th repeats an id from the first slice (first one wins), every 1,000th has no place on the map.
    const records = Array.from({ length: count }, (_, index) =>
      index % 1000 === 999
        ? record(`broken-${index}`, { type: 'Feature', id: `broken-${index}`, geometry: null, properties: {} } as unknown as Feature)
        : record(`r${index}`, point(index % 7 === 6 && index > LOCAL_FEED_SLICE ? `s${index % LOCAL_FEED_SLICE}` : `s${index}`, 24 + (index % 90) / 10, 50 + (index % 40) / 10)),
    );
    const atOnce = parseFeed({ type: 'FeatureCollection', features: records.map((r) => r.feature) });
    const sliced = await localFeedSightings('Imported file', pagesOf(records));
    expect(atOnce.ok).toBe(true);
    if (!atOnce.ok) return;
    expect(sliced.sightings).toEqual(atOnce.sightings);
    expect(sliced.note).toMatch(new RegExp(`^Imported file: ${atOnce.skipped.length} stored sightings cannot be shown on the map`));
    expect(atOnce.skipped.filter((skip) => skip.code === 'duplicate-id').length).toBeGreaterThan(0);
  });

  it("hands on each sighting's columns and link key, index for index, past the ids a page drops", async () => {
    // Ids repeat across pages, so later pages' sightings shift against their records.
    const records = Array.from({ length: LOCAL_FEED_SLICE * 2 + 10 }, (_, index) =>
      record(`r${index}`, point(index % 3 === 0 && index > LOCAL_FEED_SLICE ? `s${index - LOCAL_FEED_SLICE}` : `s${index}`, 24 + (index % 90) / 10, 50, { source: { platform: 'telegram', url: `https://t.me/echelons/${index}` } })),
    );
    const { sightings } = await localFeedSightings('Imported file', pagesOf(records));
    expect(sightings.length).toBeLessThan(records.length);
    const fresh = new SightingColumnsBuilder();
    fresh.append(sightings.map((sighting) => ({ ...sighting })));
    expect(sightingColumns(sightings)).toEqual(fresh.finish());
    // A repost of the last kept sighting's clip in an earlier feed is that sighting, whatever its id.
    const last = sightings[sightings.length - 1]!;
    const repost = { ...last, id: 'repost', url: `${last.url!.replace('https://', 'https://www.')}/` };
    const merged = mergeSightings([
      { sourceId: 'feed', sightings: [repost] },
      { sourceId: 'import', sightings },
    ]);
    expect(merged.sightings).toHaveLength(sightings.length);
    expect(merged.mergedIdsById.get('repost')).toEqual([last.id]);
  });

  it('lets the page answer between pages, even when they come without a wait', async () => {
    const records = Array.from({ length: LOCAL_FEED_SLICE * 2 }, (_, index) => record(`r${index}`, point(`s${index}`, 29, 52)));
    await loadFeedParser();
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const reading = localFeedSightings('Imported file', pagesOf(records));
    await reading;
    expect(timerRan).toBe(true);
  });

  it('reports an error when no stored feature is usable', async () => {
    const broken: Feature = { type: 'Feature', id: 'c', geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: {} };
    const result = await localFeedSightings('Imported file', pagesOf([record('c', broken)]));
    expect(result.sightings).toEqual([]);
    expect(result.error).toMatch(/^Imported file: the stored sightings could not be read/);
  });
});
