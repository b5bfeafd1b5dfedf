import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAnnotation, getAnnotation, updateAnnotation } from './annotation-repository.ts';
import { createBrief, deleteBrief, getBrief, updateBrief } from './brief-repository.ts';
import type { RailwatchDb } from './database.ts';
import { addFeed, listFeeds, removeFeed } from './feed-repository.ts';
import { findUndoTarget, listEntityHistory, listRecentHistory, undoLast } from './history-repository.ts';
import { addLocalSighting, importLocalFeed, listLocalFeeds, listLocalSightings, removeLocalFeed, updateLocalSighting } from './local-sighting-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';
import { createTrack, getTrack, updateTrack } from './track-repository.ts';

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

const point = (id: string, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [29, 52] }, properties });

describe('undoLast on annotations', () => {
  it('restores the previous state and records the undo with before/after', async () => {
    const first = await updateAnnotation(database, 's1', { note: 'a' }, 'anna', clock);
    const second = await updateAnnotation(database, 's1', { note: 'b', pinned: true }, 'anna', clock);

    const undo = await undoLast(database, 'boris', clock);
    expect(undo).toEqual({ seq: 3, at: '2024-03-01T10:00:02.000Z', by: 'boris', entity: 'annotation', entityId: 's1', action: 'undo', before: second, after: first, undoes: 2 });
    expect(await getAnnotation(database, 's1')).toEqual(first);
    expect(await listEntityHistory(database, 'annotation', 's1')).toHaveLength(3);
  });

  it('deletes the record when the undone change created it', async () => {
    await updateAnnotation(database, 's1', { note: 'a' }, 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect(await getAnnotation(database, 's1')).toBeUndefined();
  });

  it('brings a deleted annotation back', async () => {
    const saved = await updateAnnotation(database, 's1', { note: 'keep me', tags: ['fuel'] }, 'anna', clock);
    await deleteAnnotation(database, 's1', 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect(await getAnnotation(database, 's1')).toEqual(saved);
  });

  it('walks further back on each call, skipping undone entries, across entities', async () => {
    await updateAnnotation(database, 'x', { note: 'x1' }, 'anna', clock);
    await updateAnnotation(database, 'y', { note: 'y1' }, 'anna', clock);
    await updateAnnotation(database, 'x', { note: 'x2' }, 'anna', clock);

    expect((await undoLast(database, 'anna', clock))?.undoes).toBe(3);
    expect((await getAnnotation(database, 'x'))?.note).toBe('x1');
    expect((await undoLast(database, 'anna', clock))?.undoes).toBe(2);
    expect(await getAnnotation(database, 'y')).toBeUndefined();
    expect((await undoLast(database, 'anna', clock))?.undoes).toBe(1);
    expect(await database.annotations.count()).toBe(0);
    expect(await undoLast(database, 'anna', clock)).toBeUndefined();
    expect(await database.history.count()).toBe(6);
  });

  it('targets a new edit made after an undo before older ones', async () => {
    await updateAnnotation(database, 's1', { note: 'a' }, 'anna', clock);
    await updateAnnotation(database, 's1', { note: 'b' }, 'anna', clock);
    await undoLast(database, 'anna', clock);
    await updateAnnotation(database, 's1', { note: 'c' }, 'anna', clock);
    expect((await findUndoTarget(database))?.seq).toBe(4);
    await undoLast(database, 'anna', clock);
    expect((await getAnnotation(database, 's1'))?.note).toBe('a');
  });

  it('resolves undefined and writes nothing on an empty history', async () => {
    expect(await undoLast(database, 'anna', clock)).toBeUndefined();
    expect(await database.history.count()).toBe(0);
  });
});

describe('undoLast on other entities', () => {
  it('reverts brief and track edits', async () => {
    const brief = await createBrief(database, { id: 'b1', title: 'Week 6', author: 'anna' }, 'anna', clock);
    await updateBrief(database, 'b1', { title: 'Renamed' }, 'anna', clock);
    const track = await createTrack(database, { id: 't1', name: 'A' }, 'anna', clock);
    await updateTrack(database, 't1', { note: 'n' }, 'anna', clock);

    await undoLast(database, 'anna', clock);
    expect(await getTrack(database, 't1')).toEqual(track);
    await undoLast(database, 'anna', clock);
    expect(await getTrack(database, 't1')).toBeUndefined();
    await undoLast(database, 'anna', clock);
    expect(await getBrief(database, 'b1')).toEqual(brief);
  });

  it('brings a deleted brief back', async () => {
    const brief = await createBrief(database, { id: 'b1', title: 'Week 6', author: 'anna', sightingIds: ['s1'] }, 'anna', clock);
    await deleteBrief(database, 'b1', 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect(await getBrief(database, 'b1')).toEqual(brief);
  });

  it('removes a whole import in one undo', async () => {
    await importLocalFeed(database, { feed: { id: 'import:f', name: 'f' }, features: [point('a'), point('b')] }, 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect(await listLocalFeeds(database)).toEqual([]);
    expect(await listLocalSightings(database)).toEqual([]);
  });

  it('restores a removed local feed with every sighting, unknown properties included', async () => {
    const features = [point('a', { caption: '#эшелон', custom: { x: [1] } }), point('b')];
    const feed = await importLocalFeed(database, { feed: { id: 'import:f', name: 'f' }, features }, 'anna', clock);
    const sightings = await listLocalSightings(database, 'import:f');
    await removeLocalFeed(database, 'import:f', 'anna', clock);

    await undoLast(database, 'anna', clock);
    // Back as it was, under a new revision: a page part-way through reading it must read it again.
    expect(await listLocalFeeds(database)).toEqual([{ ...feed, revision: 1 }]);
    expect(await listLocalSightings(database, 'import:f')).toEqual(sightings);
  });

  it('keeps the analyst feed count right when a local sighting is undone', async () => {
    await addLocalSighting(database, point('m1'), 'anna', clock);
    await addLocalSighting(database, point('m2'), 'anna', clock);
    await updateLocalSighting(database, 'm2', point('m2', { place: 'Yelsk' }), 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect((await database.localSightings.get('m2'))?.feature.properties).toEqual({});
    await undoLast(database, 'anna', clock);
    expect(await database.localSightings.get('m2')).toBeUndefined();
    expect((await database.localFeeds.get('local'))?.count).toBe(1);
    // Two adds, an update and two undos: each one a change the page must read.
    expect((await database.localFeeds.get('local'))?.revision).toBe(5);
  });

  it('puts a deleted feed back in its place in the order', async () => {
    for (const id of ['a', 'b', 'c']) await addFeed(database, { id, name: id, url: `https://example.org/${id}` }, 'anna', clock);
    await removeFeed(database, 'b', 'anna', clock);
    await undoLast(database, 'anna', clock);
    expect((await listFeeds(database)).map((f) => `${f.id}${f.order}`)).toEqual(['a0', 'b1', 'c2']);
  });
});

describe('listRecentHistory', () => {
  it('lists newest first, limited', async () => {
    await updateAnnotation(database, 'a', { note: '1' }, 'anna', clock);
    await updateAnnotation(database, 'b', { note: '2' }, 'anna', clock);
    await updateAnnotation(database, 'c', { note: '3' }, 'anna', clock);
    expect((await listRecentHistory(database, 2)).map((h) => h.entityId)).toEqual(['c', 'b']);
  });
});
