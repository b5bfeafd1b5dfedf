import { beforeEach, describe, expect, it } from 'vitest';
import {
  addSightingToBrief,
  createBrief,
  deleteBrief,
  duplicateBrief,
  getBrief,
  listBriefs,
  removeSightingFromBrief,
  updateBrief,
} from './brief-repository.ts';
import type { RailwatchDb } from './database.ts';
import { listEntityHistory } from './history-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

const T0 = '2024-03-01T10:00:00.000Z';
const T1 = '2024-03-01T10:00:01.000Z';

describe('createBrief', () => {
  it('stores the brief with defaults, deduplicated ids, and a history entry', async () => {
    const brief = await createBrief(
      database,
      { id: 'b1', title: ' Gomel build-up ', author: 'anna', sightingIds: ['s1', 's2', 's1'], view: { lon: 30.9, lat: 52.4, zoom: 8 }, filters: { status: ['confirmed'] } },
      'anna',
      clock,
    );
    expect(brief).toEqual({
      id: 'b1',
      title: 'Gomel build-up',
      summary: '',
      author: 'anna',
      sightingIds: ['s1', 's2'],
      view: { lon: 30.9, lat: 52.4, zoom: 8 },
      filters: { status: ['confirmed'] },
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await getBrief(database, 'b1')).toEqual(brief);
    expect((await listEntityHistory(database, 'brief', 'b1')).map((h) => [h.action, h.before, h.after])).toEqual([['create', null, brief]]);
  });

  it('rejects an empty title and an id already in use', async () => {
    await expect(createBrief(database, { title: '  ', author: 'a' }, 'anna', clock)).rejects.toThrow('A brief needs a title.');
    await createBrief(database, { id: 'b1', title: 'x', author: 'a' }, 'anna', clock);
    await expect(createBrief(database, { id: 'b1', title: 'y', author: 'a' }, 'anna', clock)).rejects.toThrow('A brief "b1" already exists.');
    expect((await getBrief(database, 'b1'))?.title).toBe('x');
  });
});

describe('updateBrief and sighting membership', () => {
  beforeEach(async () => {
    await createBrief(database, { id: 'b1', title: 'Week 6', author: 'anna', sightingIds: ['s1'] }, 'anna', clock);
  });

  it('merges the patch, keeps createdAt, bumps updatedAt', async () => {
    const after = await updateBrief(database, 'b1', { summary: 'Fuel trains: offensive sign', sightingIds: ['s2', 's2', 's3'] }, 'boris', clock);
    expect(after).toEqual({ id: 'b1', title: 'Week 6', summary: 'Fuel trains: offensive sign', author: 'anna', sightingIds: ['s2', 's3'], createdAt: T0, updatedAt: T1 });
    const [, update] = await listEntityHistory(database, 'brief', 'b1');
    expect(update).toMatchObject({ action: 'update', by: 'boris', after });
  });

  it('adds a sighting once and removes it', async () => {
    await addSightingToBrief(database, 'b1', 's2', 'anna', clock);
    expect((await addSightingToBrief(database, 'b1', 's2', 'anna', clock)).sightingIds).toEqual(['s1', 's2']);
    expect((await removeSightingFromBrief(database, 'b1', 's1', 'anna', clock)).sightingIds).toEqual(['s2']);
  });

  it('rejects changes to a brief that does not exist', async () => {
    await expect(updateBrief(database, 'nope', { summary: 'x' }, 'anna', clock)).rejects.toThrow('No brief "nope".');
    await expect(addSightingToBrief(database, 'nope', 's', 'anna', clock)).rejects.toThrow('No brief "nope".');
  });
});

describe('duplicateBrief', () => {
  it('copies content under a new id and title, independent of the original', async () => {
    const original = await createBrief(database, { id: 'b1', title: 'Week 6', author: 'anna', sightingIds: ['s1'], filters: { a: [1] } }, 'anna', clock);
    const copy = await duplicateBrief(database, 'b1', 'boris', clock, 'b2');
    expect(copy).toEqual({ ...original, id: 'b2', title: 'Week 6 (copy)', createdAt: T1, updatedAt: T1 });
    await addSightingToBrief(database, 'b2', 's9', 'boris', clock);
    expect((await getBrief(database, 'b1'))?.sightingIds).toEqual(['s1']);
    await expect(duplicateBrief(database, 'nope', 'anna', clock)).rejects.toThrow('No brief "nope".');
  });
});

describe('listBriefs and deleteBrief', () => {
  it('lists most recently changed first and deletes with a history entry', async () => {
    await createBrief(database, { id: 'old', title: 'old', author: 'a' }, 'anna', clock);
    await createBrief(database, { id: 'new', title: 'new', author: 'a' }, 'anna', clock);
    await updateBrief(database, 'old', { summary: 'touched' }, 'anna', clock);
    expect((await listBriefs(database)).map((b) => b.id)).toEqual(['old', 'new']);

    expect(await deleteBrief(database, 'old', 'anna', clock)).toBe(true);
    expect(await deleteBrief(database, 'old', 'anna', clock)).toBe(false);
    expect((await listBriefs(database)).map((b) => b.id)).toEqual(['new']);
    expect((await listEntityHistory(database, 'brief', 'old')).map((h) => h.action)).toEqual(['create', 'update', 'delete']);
  });
});
