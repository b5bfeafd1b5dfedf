import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import {
  deleteAnnotation,
  getAnnotation,
  listAnnotationTags,
  listAnnotations,
  listAnnotationsByTag,
  listPinnedAnnotations,
  togglePinned,
  updateAnnotation,
} from './annotation-repository.ts';
import { listEntityHistory } from './history-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

describe('updateAnnotation', () => {
  it('creates a default annotation merged with the patch, stamped with who and when', async () => {
    const saved = await updateAnnotation(database, 's1', { note: 'T-72B3 x12' }, 'anna', clock);
    const expected = {
      sightingId: 's1',
      pinned: false,
      note: 'T-72B3 x12',
      tags: [],
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:00.000Z',
      updatedBy: 'anna',
    };
    expect(saved).toEqual(expected);
    expect(await getAnnotation(database, 's1')).toEqual(expected);
  });

  it('merges a later patch, keeping untouched fields and createdAt', async () => {
    await updateAnnotation(database, 's1', { note: 'n', tags: ['fuel'] }, 'anna', clock);
    const saved = await updateAnnotation(database, 's1', { pinned: true, status: 'geolocated' }, 'boris', clock);
    expect(saved).toEqual({
      sightingId: 's1',
      pinned: true,
      note: 'n',
      tags: ['fuel'],
      status: 'geolocated',
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:01.000Z',
      updatedBy: 'boris',
    });
  });

  it('clears an optional field when the patch sets it to undefined', async () => {
    await updateAnnotation(database, 's1', { status: 'disputed', correctedLocation: { lon: 27, lat: 52 } }, 'anna', clock);
    const saved = await updateAnnotation(database, 's1', { status: undefined }, 'anna', clock);
    expect('status' in saved).toBe(false);
    expect(saved.correctedLocation).toEqual({ lon: 27, lat: 52 });
    expect((await getAnnotation(database, 's1'))?.status).toBeUndefined();
  });

  it('normalises tags on write', async () => {
    const saved = await updateAnnotation(database, 's1', { tags: [' Танки', 'танки', 'Fuel  Train'] }, 'anna', clock);
    expect(saved.tags).toEqual(['танки', 'fuel train']);
  });

  it('writes one history entry per change with before and after', async () => {
    const first = await updateAnnotation(database, 's1', { note: 'a' }, 'anna', clock);
    const second = await updateAnnotation(database, 's1', { note: 'b' }, 'boris', clock);
    const history = await listEntityHistory(database, 'annotation', 's1');
    expect(history).toEqual([
      { seq: 1, at: '2024-03-01T10:00:00.000Z', by: 'anna', entity: 'annotation', entityId: 's1', action: 'create', before: null, after: first },
      { seq: 2, at: '2024-03-01T10:00:01.000Z', by: 'boris', entity: 'annotation', entityId: 's1', action: 'update', before: first, after: second },
    ]);
  });

  it('writes nothing when the patch changes nothing', async () => {
    const first = await updateAnnotation(database, 's1', { note: 'a', tags: ['x'] }, 'anna', clock);
    const again = await updateAnnotation(database, 's1', { note: 'a', tags: [' X '] }, 'boris', clock);
    expect(again).toEqual(first);
    expect(await database.history.count()).toBe(1);
  });

  it.each([
    [{ status: 'bogus' as never }, /Unknown status "bogus"/],
    [{ correctedLocation: { lon: 200, lat: 52 } }, /Longitude 200/],
    [{ correctedLocation: { lon: 27, lat: -91 } }, /Latitude -91/],
    [{ correctedLocation: { lon: 27, lat: 52, uncertaintyKm: -1 } }, /Uncertainty -1/],
    [{ correctedEquipment: [{ kind: 'tank', count: 1.5 }] }, /count 1.5/],
    [{ correctedEquipment: [{ kind: ' ' }] }, /needs a kind/],
  ])('rejects invalid input %j and stores nothing', async (patch, message) => {
    await expect(updateAnnotation(database, 's1', patch, 'anna', clock)).rejects.toThrow(message);
    expect(await database.annotations.count()).toBe(0);
    expect(await database.history.count()).toBe(0);
  });

  it('stores a copy, so mutating the caller object later changes nothing', async () => {
    const location = { lon: 27, lat: 52 };
    await updateAnnotation(database, 's1', { correctedLocation: location }, 'anna', clock);
    location.lon = 0;
    expect((await getAnnotation(database, 's1'))?.correctedLocation).toEqual({ lon: 27, lat: 52 });
  });
});

describe('togglePinned', () => {
  it('pins an unannotated sighting, then unpins it', async () => {
    expect((await togglePinned(database, 's1', 'anna', clock)).pinned).toBe(true);
    expect((await togglePinned(database, 's1', 'anna', clock)).pinned).toBe(false);
    expect(await database.history.count()).toBe(2);
  });
});

describe('deleteAnnotation', () => {
  it('removes the record and records the deletion', async () => {
    const saved = await updateAnnotation(database, 's1', { note: 'a' }, 'anna', clock);
    expect(await deleteAnnotation(database, 's1', 'anna', clock)).toBe(true);
    expect(await getAnnotation(database, 's1')).toBeUndefined();
    const [, deletion] = await listEntityHistory(database, 'annotation', 's1');
    expect(deletion).toMatchObject({ action: 'delete', before: saved, after: null });
  });

  it('resolves false and records nothing when there is no annotation', async () => {
    expect(await deleteAnnotation(database, 'nope', 'anna', clock)).toBe(false);
    expect(await database.history.count()).toBe(0);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await updateAnnotation(database, 'a', { pinned: true, tags: ['tanks', 'border'] }, 'anna', clock);
    await updateAnnotation(database, 'b', { pinned: false, tags: ['fuel'] }, 'anna', clock);
    await updateAnnotation(database, 'c', { pinned: true, tags: ['Tanks'] }, 'anna', clock);
  });

  it('lists every annotation', async () => {
    expect((await listAnnotations(database)).map((a) => a.sightingId)).toEqual(['a', 'b', 'c']);
  });

  it('lists pinned annotations, newest change first', async () => {
    expect((await listPinnedAnnotations(database)).map((a) => a.sightingId)).toEqual(['c', 'a']);
  });

  it('finds annotations by tag, whatever case the query uses', async () => {
    expect((await listAnnotationsByTag(database, ' TANKS ')).map((a) => a.sightingId)).toEqual(['a', 'c']);
    expect(await listAnnotationsByTag(database, '  ')).toEqual([]);
  });

  it('lists the distinct tags in use, sorted', async () => {
    expect(await listAnnotationTags(database)).toEqual(['border', 'fuel', 'tanks']);
  });
});
