import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as DatabaseModule from '../../db/database';
import type { RailwatchDb } from '../../db/database';
import { getFeedSnapshot, saveFeedSnapshot } from '../../db/feed-repository';
import { createTestDatabase } from '../../db/test-database';
import { canTransferStreams } from '../../workers/feed-client';
import { feedQueryOptions, feedSnapshotQueryOptions, type LoadedFeed } from './feed-query';

let database: RailwatchDb;
vi.mock('../../db/database', async (importOriginal) => ({ ...(await importOriginal<typeof DatabaseModule>()), db: () => database }));
// Real, but switchable: a download goes to the worker as a stream where the browser can
// transfer one, and as a Blob once read where it cannot (Safari).
vi.mock('../../workers/feed-client', { spy: true });

const FEED = { id: 'gomel', url: 'https://feeds.example.org/gomel.geojson', refreshMinutes: 15 };
const BODY = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'g-1', geometry: { type: 'Point', coordinates: [30.0, 52.0] }, properties: { place: 'Светлогорск', source: { url: 'https://t.me/rail/1' } } },
    { type: 'Feature', id: 'g-2', geometry: { type: 'Point', coordinates: [28.9, 52.4] }, properties: { place: 'Октябрьский' } },
  ],
});

function serve(body: string, contentType = 'application/geo+json') {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': contentType } })));
}

// Through a QueryClient, as the app runs them; no retries so failures surface at once.
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const fetchLive = () => client().fetchQuery({ ...feedQueryOptions(FEED), retry: false });
const fetchCopy = () => client().fetchQuery(feedSnapshotQueryOptions(FEED));
const places = (feed: LoadedFeed | null) => feed?.sightings.map((s) => s.place);

beforeEach(() => {
  database = createTestDatabase();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each([
  ['as it downloads (a transferred stream)', true],
  ['once downloaded (a Blob)', false],
])('a feed fetched from its server, read %s', (_, streams) => {
  beforeEach(() => {
    vi.mocked(canTransferStreams).mockReturnValue(streams);
  });

  it('shows its sightings and keeps the body as a Blob for offline use', async () => {
    serve(BODY);
    expect(places(await fetchLive())).toEqual(['Светлогорск', 'Октябрьский']);
    const stored = await getFeedSnapshot(database, FEED.id);
    expect(stored?.body).toBeInstanceOf(Blob);
    expect(await (stored!.body as Blob).text()).toBe(BODY);
    expect(places(await fetchCopy())).toEqual(['Светлогорск', 'Октябрьский']);
  });

  it('says a web page came back, by its content type or by its first bytes, and stores nothing', async () => {
    const message = 'the server sent a web page (HTML) instead of a GeoJSON feed; check that the address points to the feed file itself';
    serve('{"type":"FeatureCollection","features":[]}', 'text/html; charset=utf-8');
    await expect(fetchLive()).rejects.toThrow(message);
    serve(`\n  <!DOCTYPE html><html><body>${'x'.repeat(5000)}</body></html>`, 'application/json');
    await expect(fetchLive()).rejects.toThrow(message);
    serve('<HTML><body>Sign in</body></HTML>', '');
    await expect(fetchLive()).rejects.toThrow(message);
    expect(await getFeedSnapshot(database, FEED.id)).toBeUndefined();
  });

  it('gives the parser’s message for a body that is not a feed', async () => {
    serve('{"type":"Feature"}');
    await expect(fetchLive()).rejects.toThrow('The file holds a single GeoJSON Feature, not a FeatureCollection of sightings');
  });
});

describe('the stored copy', () => {
  it('reads a copy stored as text by an earlier build', async () => {
    await database.feedSnapshots.put({ feedId: FEED.id, url: FEED.url, fetchedAt: '2022-02-01T09:30:00.000Z', body: BODY });
    const copy = await fetchCopy();
    expect(places(copy)).toEqual(['Светлогорск', 'Октябрьский']);
    expect(copy?.loadedAt).toBe(Date.parse('2022-02-01T09:30:00.000Z'));
  });

  it('is not used for another address', async () => {
    await saveFeedSnapshot(database, { feedId: FEED.id, url: 'https://elsewhere.example.org/feed.json', body: new Blob([BODY]) });
    expect(await fetchCopy()).toBeNull();
  });
});
