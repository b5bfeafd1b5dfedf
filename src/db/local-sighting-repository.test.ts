import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import { listEntityHistory } from './history-repository.ts';
import {
  addLocalSighting,
  deleteLocalSighting,
  featureSightingId,
  findExistingLocalSightingIds,
  getLocalSighting,
  importLocalFeed,
  LocalImportCancelledError,
  listLocalFeeds,
  listLocalSightings,
  readLocalFeedPages,
  removeLocalFeed,
  updateLocalSighting,
} from './local-sighting-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';

function point(id: string | undefined, properties: Record<string, unknown> = {}): Feature {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), geometry: { type: 'Point', coordinates: [27.56, 52.9] }, properties };
}

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

async function tableCounts(): Promise<Record<string, number>> {
  return {
    localFeeds: await database.localFeeds.count(),
    localSightings: await database.localSightings.count(),
    history: await database.history.count(),
  };
}

describe('featureSightingId', () => {
  it('prefers feature.id, falls back to properties.id, stringifies numbers', () => {
    expect(featureSightingId(point('a', { id: 'b' }))).toBe('a');
    expect(featureSightingId(point(undefined, { id: 7 }))).toBe('7');
    expect(featureSightingId(point(undefined, {}))).toBeUndefined();
  });
});

describe('importLocalFeed', () => {
  it('stores the feed and every feature as given, unknown properties included', async () => {
    const features = [point('s1', { caption: '#военныйэшелон', futureProp: { deep: [1, 2] } }), point(undefined, { id: 's2' })];
    const feed = await importLocalFeed(database, { feed: { id: 'import:f1', name: 'Week 6', sourceFileName: 'w6.geojson' }, features }, 'anna', clock);

    expect(feed).toEqual({ id: 'import:f1', name: 'Week 6', kind: 'import', createdAt: '2024-03-01T10:00:00.000Z', sourceFileName: 'w6.geojson', count: 2 });
    expect(await listLocalFeeds(database)).toEqual([feed]);
    expect(await listLocalSightings(database, 'import:f1')).toEqual([
      { id: 's1', feedId: 'import:f1', feature: features[0], createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'anna' },
      { id: 's2', feedId: 'import:f1', feature: { ...features[1], id: 's2' }, createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'anna' },
    ]);
    expect(await listEntityHistory(database, 'localFeed', 'import:f1')).toEqual([
      { seq: 1, at: '2024-03-01T10:00:00.000Z', by: 'anna', entity: 'localFeed', entityId: 'import:f1', action: 'import', before: null, after: { feed, sightingIds: ['s1', 's2'] } },
    ]);
  });

  it('mints an import:<uuid> feed id and sighting ids when the input has none', async () => {
    const feed = await importLocalFeed(database, { feed: { name: 'x' }, features: [point(undefined)] }, 'anna', clock);
    expect(feed.id).toMatch(/^import:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [stored] = await listLocalSightings(database, feed.id);
    expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored?.feature.id).toBe(stored?.id);
  });

  it('leaves nothing behind when a feature cannot be stored (structured clone fails)', async () => {
    await importLocalFeed(database, { feed: { id: 'import:ok', name: 'ok' }, features: [point('keep')] }, 'anna', clock);
    const before = await tableCounts();
    const unclonable = point('bad', { callback: () => 1 });
    await expect(
      importLocalFeed(database, { feed: { id: 'import:bad', name: 'bad' }, features: [point('n1'), point('n2'), unclonable, point('n3')] }, 'anna', clock),
    ).rejects.toThrow(/clone/i);
    expect(await tableCounts()).toEqual(before);
    expect(await database.localFeeds.get('import:bad')).toBeUndefined();
    expect(await findExistingLocalSightingIds(database, ['n1', 'n2', 'n3', 'keep'])).toEqual(['keep']);
  });

  it('leaves nothing behind when a sighting id is already stored (bulkAdd key conflict)', async () => {
    await importLocalFeed(database, { feed: { id: 'import:first', name: 'first' }, features: [point('dup')] }, 'anna', clock);
    const before = await tableCounts();
    await expect(
      importLocalFeed(database, { feed: { id: 'import:second', name: 'second' }, features: [point('new-1'), point('dup'), point('new-2')] }, 'anna', clock),
    ).rejects.toThrow();
    expect(await tableCounts()).toEqual(before);
    expect((await getLocalSighting(database, 'dup'))?.feedId).toBe('import:first');
    expect(await findExistingLocalSightingIds(database, ['new-1', 'new-2'])).toEqual([]);
  });

  it('rejects a file with a repeated id or a non-feature before writing anything', async () => {
    await expect(importLocalFeed(database, { feed: { name: 'x' }, features: [point('a'), point('a')] }, 'anna', clock)).rejects.toThrow(
      'The file contains sighting id "a" more than once.',
    );
    await expect(importLocalFeed(database, { feed: { name: 'x' }, features: [point('a'), { type: 'Point' } as never] }, 'anna', clock)).rejects.toThrow(
      'Item 2 of the file is not a GeoJSON Feature.',
    );
    expect(await tableCounts()).toEqual({ localFeeds: 0, localSightings: 0, history: 0 });
  });
});

describe('importLocalFeed in chunks', () => {
  const many = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => point(`${prefix}${i}`));

  it('reports progress after every chunk and stores every row once', async () => {
    const reports: [number, number][] = [];
    const feed = await importLocalFeed(database, { feed: { id: 'import:big', name: 'big' }, features: many(25) }, 'anna', clock, {
      chunkSize: 10,
      onStored: (stored, total) => reports.push([stored, total]),
    });
    expect(reports).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(feed.count).toBe(25);
    expect(await database.localSightings.where('feedId').equals('import:big').count()).toBe(25);
  });

  it('stores nothing, not even the chunks already written, when cancelled between chunks', async () => {
    await importLocalFeed(database, { feed: { id: 'import:ok', name: 'ok' }, features: [point('keep')] }, 'anna', clock);
    const before = await tableCounts();
    let written = 0;
    await expect(
      importLocalFeed(database, { feed: { id: 'import:big', name: 'big' }, features: many(25) }, 'anna', clock, {
        chunkSize: 10,
        onStored: (stored) => (written = stored),
        isCancelled: () => written >= 20,
      }),
    ).rejects.toBeInstanceOf(LocalImportCancelledError);
    expect(written).toBe(20);
    expect(await tableCounts()).toEqual(before);
    expect(await database.localFeeds.get('import:big')).toBeUndefined();
  });
});

describe('findExistingLocalSightingIds', () => {
  it('finds the stored ids whether the file is larger or smaller than the workspace', async () => {
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: [point('a1'), point('a2'), point('a3')] }, 'anna', clock);
    // More ids than stored rows: answered from one scan of the keys.
    expect(await findExistingLocalSightingIds(database, ['x1', 'a2', 'x2', 'a3', 'x3'])).toEqual(['a2', 'a3']);
    // Fewer ids than stored rows: answered by point lookups.
    expect(await findExistingLocalSightingIds(database, ['a1', 'x1'])).toEqual(['a1']);
    expect(await findExistingLocalSightingIds(database, [])).toEqual([]);
  });
});

describe('removeLocalFeed', () => {
  it('removes the feed and only its sightings, recording them for undo', async () => {
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: [point('a1'), point('a2')] }, 'anna', clock);
    await importLocalFeed(database, { feed: { id: 'import:b', name: 'b' }, features: [point('b1')] }, 'anna', clock);
    const removedSightings = await listLocalSightings(database, 'import:a');

    expect(await removeLocalFeed(database, 'import:a', 'anna', clock)).toBe(true);
    expect((await listLocalFeeds(database)).map((f) => f.id)).toEqual(['import:b']);
    expect((await listLocalSightings(database)).map((s) => s.id)).toEqual(['b1']);
    const [, removal] = await listEntityHistory(database, 'localFeed', 'import:a');
    expect(removal?.action).toBe('remove');
    expect(removal?.before).toMatchObject({ sightingIds: ['a1', 'a2'], sightings: removedSightings });
  });

  it('resolves false for an unknown feed', async () => {
    expect(await removeLocalFeed(database, 'import:none', 'anna', clock)).toBe(false);
    expect(await database.history.count()).toBe(0);
  });
});

describe('readLocalFeedPages', () => {
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);

  it("gives every one of a feed's sightings once, in id order, a page at a time, and none of another feed's", async () => {
    const mine = ids(25, 'm');
    // Ids that sort before, between and after the other feed's, so a page bound that leaks across feeds would show.
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: [...mine].reverse().map((id) => point(id)) }, 'anna', clock);
    await importLocalFeed(database, { feed: { id: 'import:b', name: 'b' }, features: [...ids(5, 'a'), ...ids(5, 'n'), ...ids(5, 'z')].map((id) => point(id)) }, 'anna', clock);
    const pages: string[][] = [];
    for await (const page of readLocalFeedPages(database, 'import:a', 10)) pages.push(page.map((record) => record.id));
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(mine);
    const whole: string[][] = [];
    for await (const page of readLocalFeedPages(database, 'import:a', 25)) whole.push(page.map((record) => record.id));
    expect(whole).toEqual([mine]);
    for await (const page of readLocalFeedPages(database, 'import:none', 10)) expect.unreachable(`a page of ${page.length} for a feed that does not exist`);
  });

  it('stops asking for pages once the reader no longer wants them', async () => {
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: ids(30, 'm').map((id) => point(id)) }, 'anna', clock);
    let pagesRead = 0;
    for await (const page of readLocalFeedPages(database, 'import:a', 10, () => pagesRead < 2)) pagesRead += page.length > 0 ? 1 : 0;
    expect(pagesRead).toBe(2);
  });
});

describe('analyst-created sightings', () => {
  it('adds to the "local" feed, creating it with a running count', async () => {
    const record = await addLocalSighting(database, point('mine', { place: 'Yelsk' }), 'anna', clock);
    expect(record).toEqual({ id: 'mine', feedId: 'local', feature: point('mine', { place: 'Yelsk' }), createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'anna' });
    await addLocalSighting(database, point('mine-2'), 'anna', clock);
    expect(await listLocalFeeds(database)).toEqual([{ id: 'local', name: 'My sightings', kind: 'analyst', createdAt: '2024-03-01T10:00:00.000Z', count: 2, revision: 2 }]);
  });

  it('updates the feature but keeps id, feed and creation', async () => {
    await addLocalSighting(database, point('mine'), 'anna', clock);
    const updated = await updateLocalSighting(database, 'mine', point('other-id', { place: 'Mozyr' }), 'boris', clock);
    expect(updated).toEqual({ id: 'mine', feedId: 'local', feature: point('mine', { place: 'Mozyr' }), createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'anna' });
    expect(await getLocalSighting(database, 'mine')).toEqual(updated);
    await expect(updateLocalSighting(database, 'ghost', point('ghost'), 'anna', clock)).rejects.toThrow('No local sighting "ghost".');
  });

  it('deletes a sighting and re-counts its feed', async () => {
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: [point('a1'), point('a2')] }, 'anna', clock);
    expect(await deleteLocalSighting(database, 'a1', 'anna', clock)).toBe(true);
    expect(await deleteLocalSighting(database, 'a1', 'anna', clock)).toBe(false);
    expect((await database.localFeeds.get('import:a'))?.count).toBe(1);
    const history = await listEntityHistory(database, 'localSighting', 'a1');
    expect(history.map((h) => [h.action, h.after])).toEqual([['delete', null]]);
  });

  it("raises the feed's revision on every add, update and delete, and only that feed's", async () => {
    await importLocalFeed(database, { feed: { id: 'import:a', name: 'a' }, features: [point('a1'), point('a2')] }, 'anna', clock);
    await importLocalFeed(database, { feed: { id: 'import:b', name: 'b' }, features: [point('b1')] }, 'anna', clock);
    const revision = async (feedId: string) => (await database.localFeeds.get(feedId))?.revision ?? 0;
    const seen = [await revision('import:a')];
    await updateLocalSighting(database, 'a1', point('a1', { place: 'Mozyr' }), 'anna', clock);
    seen.push(await revision('import:a'));
    // A second edit to the same row in the same millisecond is still a change.
    await updateLocalSighting(database, 'a1', point('a1', { place: 'Yelsk' }), 'anna', () => '2024-03-01T10:00:00.000Z');
    await updateLocalSighting(database, 'a1', point('a1', { place: 'Kalinkovichi' }), 'anna', () => '2024-03-01T10:00:00.000Z');
    seen.push(await revision('import:a'));
    await deleteLocalSighting(database, 'a2', 'anna', clock);
    seen.push(await revision('import:a'));
    expect(seen).toEqual([0, 1, 3, 4]);
    expect(await revision('import:b')).toBe(0);
    await addLocalSighting(database, point('mine'), 'anna', clock);
    await addLocalSighting(database, point('mine-2'), 'anna', clock);
    expect(await revision('local')).toBe(2);
  });

  it('rejects a non-feature', async () => {
    await expect(addLocalSighting(database, { type: 'Point', coordinates: [0, 0] } as never, 'anna', clock)).rejects.toThrow('A sighting must be a GeoJSON Feature.');
  });
});
