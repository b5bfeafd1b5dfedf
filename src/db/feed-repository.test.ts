import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import {
  addFeed,
  getFeed,
  getFeedSnapshot,
  listFeeds,
  moveFeed,
  removeFeed,
  saveFeedSnapshot,
  updateFeed,
} from './feed-repository.ts';
import { listEntityHistory } from './history-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

async function addThree(): Promise<void> {
  for (const id of ['a', 'b', 'c']) await addFeed(database, { id, name: `Feed ${id}`, url: `https://example.org/${id}.json` }, 'anna', clock);
}

const orderOf = async (): Promise<string[]> => (await listFeeds(database)).map((f) => `${f.id}${f.order}`);

describe('addFeed', () => {
  it('appends with defaults and records the creation', async () => {
    const feed = await addFeed(database, { id: 'a', name: '  Sample ', url: 'https://example.org/feed.json' }, 'anna', clock);
    expect(feed).toEqual({ id: 'a', name: 'Sample', url: 'https://example.org/feed.json', enabled: true, refreshMinutes: 15, createdAt: '2024-03-01T10:00:00.000Z', order: 0 });
    expect(await getFeed(database, 'a')).toEqual(feed);
    expect((await listEntityHistory(database, 'feed', 'a')).map((h) => [h.action, h.before, h.after])).toEqual([['create', null, feed]]);
  });

  it('places each new feed after the existing ones', async () => {
    await addThree();
    expect(await orderOf()).toEqual(['a0', 'b1', 'c2']);
  });

  it.each([
    [{ name: ' ', url: 'https://x.org' }, 'A feed needs a name.'],
    [{ name: 'x', url: 'not a url' }, '"not a url" is not a valid URL.'],
    [{ name: 'x', url: 'file:///etc/passwd' }, 'Feed URLs must use http or https, not file:'],
    [{ name: 'x', url: 'https://x.org', refreshMinutes: 0 }, 'Refresh interval 0 must be a whole number of minutes ≥ 1.'],
  ])('rejects %j', async (input, message) => {
    await expect(addFeed(database, input, 'anna', clock)).rejects.toThrow(message);
    expect(await database.feeds.count()).toBe(0);
  });
});

describe('updateFeed', () => {
  it('merges the patch and records before/after', async () => {
    const before = await addFeed(database, { id: 'a', name: 'A', url: 'https://example.org/a' }, 'anna', clock);
    const after = await updateFeed(database, 'a', { enabled: false, refreshMinutes: 60 }, 'boris', clock);
    expect(after).toEqual({ ...before, enabled: false, refreshMinutes: 60 });
    const [, update] = await listEntityHistory(database, 'feed', 'a');
    expect(update).toMatchObject({ action: 'update', by: 'boris', before, after });
  });

  it('rejects an unknown feed and an invalid patch', async () => {
    await expect(updateFeed(database, 'zz', { name: 'x' }, 'anna', clock)).rejects.toThrow('No feed "zz".');
    await addFeed(database, { id: 'a', name: 'A', url: 'https://example.org/a' }, 'anna', clock);
    await expect(updateFeed(database, 'a', { url: 'ftp://x' }, 'anna', clock)).rejects.toThrow('not ftp:');
    expect((await getFeed(database, 'a'))?.url).toBe('https://example.org/a');
  });
});

describe('removeFeed', () => {
  it('removes the feed and its snapshot and closes the gap in the order', async () => {
    await addThree();
    await saveFeedSnapshot(database, { feedId: 'b', url: 'https://example.org/b.json', body: '{}' }, clock);
    expect(await removeFeed(database, 'b', 'anna', clock)).toBe(true);
    expect(await orderOf()).toEqual(['a0', 'c1']);
    expect(await getFeedSnapshot(database, 'b')).toBeUndefined();
    expect(await removeFeed(database, 'b', 'anna', clock)).toBe(false);
  });
});

describe('moveFeed', () => {
  it('moves a feed to a new index and renumbers gap-free', async () => {
    await addThree();
    expect((await moveFeed(database, 'c', 0)).map((f) => `${f.id}${f.order}`)).toEqual(['c0', 'a1', 'b2']);
    await moveFeed(database, 'c', 1);
    expect(await orderOf()).toEqual(['a0', 'c1', 'b2']);
  });

  it('clamps an out-of-range index', async () => {
    await addThree();
    await moveFeed(database, 'a', 99);
    expect(await orderOf()).toEqual(['b0', 'c1', 'a2']);
    await moveFeed(database, 'a', -5);
    expect(await orderOf()).toEqual(['a0', 'b1', 'c2']);
  });

  it('rejects an unknown feed', async () => {
    await expect(moveFeed(database, 'zz', 0)).rejects.toThrow('No feed "zz".');
  });
});

describe('feed snapshots', () => {
  it('keeps one last good copy per feed, replacing the previous one', async () => {
    await saveFeedSnapshot(database, { feedId: 'a', url: 'https://example.org/a', body: 'v1' }, clock);
    const latest = await saveFeedSnapshot(database, { feedId: 'a', url: 'https://example.org/a', body: 'v2' }, clock);
    expect(latest).toEqual({ feedId: 'a', url: 'https://example.org/a', body: 'v2', fetchedAt: '2024-03-01T10:00:01.000Z' });
    expect(await getFeedSnapshot(database, 'a')).toEqual(latest);
    expect(await database.feedSnapshots.count()).toBe(1);
  });

  it('stores a fetched body as a Blob and gives it back whole', async () => {
    const body = new Blob(['{"type":"FeatureCollection","features":[]}', ' '.repeat(100_000)], { type: 'application/geo+json' });
    await saveFeedSnapshot(database, { feedId: 'a', url: 'https://example.org/a', body }, clock);
    const stored = await getFeedSnapshot(database, 'a');
    expect(stored?.body).toBeInstanceOf(Blob);
    const storedBody = stored!.body as Blob;
    expect(storedBody.size).toBe(body.size);
    expect(await storedBody.text()).toBe(await body.text());
  });

  it('still reads a copy stored as text by an earlier build', async () => {
    // Written straight to the table, as builds before Blob bodies did.
    await database.feedSnapshots.put({ feedId: 'old', url: 'https://example.org/old', fetchedAt: '2022-02-01T00:00:00.000Z', body: '{"features":[]}' });
    expect(await getFeedSnapshot(database, 'old')).toEqual({ feedId: 'old', url: 'https://example.org/old', fetchedAt: '2022-02-01T00:00:00.000Z', body: '{"features":[]}' });
  });
});
