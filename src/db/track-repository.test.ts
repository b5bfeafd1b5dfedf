import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import { listEntityHistory } from './history-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';
import {
  addSightingToTrack,
  createTrack,
  deleteTrack,
  getTrack,
  listTracks,
  listTracksWithSighting,
  removeSightingFromTrack,
  updateTrack,
} from './track-repository.ts';

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

describe('tracks', () => {
  it('creates a track with unique sighting ids and records it', async () => {
    const track = await createTrack(database, { id: 't1', name: ' Echelon A ', sightingIds: ['s1', 's2', 's1'], note: 'same wagons' }, 'anna', clock);
    expect(track).toEqual({ id: 't1', name: 'Echelon A', sightingIds: ['s1', 's2'], note: 'same wagons', createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z' });
    expect(await getTrack(database, 't1')).toEqual(track);
    expect((await listEntityHistory(database, 'track', 't1')).map((h) => h.action)).toEqual(['create']);
  });

  it('rejects an empty name and a duplicate id', async () => {
    await expect(createTrack(database, { name: '' }, 'anna', clock)).rejects.toThrow('A track needs a name.');
    await createTrack(database, { id: 't1', name: 'a' }, 'anna', clock);
    await expect(createTrack(database, { id: 't1', name: 'b' }, 'anna', clock)).rejects.toThrow('A track "t1" already exists.');
  });

  it('updates, adds and removes sightings, keeping createdAt', async () => {
    await createTrack(database, { id: 't1', name: 'A', sightingIds: ['s1'] }, 'anna', clock);
    await updateTrack(database, 't1', { name: 'Echelon B', note: 'returned after exercise' }, 'anna', clock);
    await addSightingToTrack(database, 't1', 's2', 'anna', clock);
    await addSightingToTrack(database, 't1', 's2', 'anna', clock);
    const after = await removeSightingFromTrack(database, 't1', 's1', 'anna', clock);
    expect(after).toEqual({ id: 't1', name: 'Echelon B', note: 'returned after exercise', sightingIds: ['s2'], createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:04.000Z' });
    await expect(updateTrack(database, 'nope', { name: 'x' }, 'anna', clock)).rejects.toThrow('No track "nope".');
  });

  it('finds the tracks that contain a sighting', async () => {
    await createTrack(database, { id: 't1', name: 'A', sightingIds: ['s1', 's2'] }, 'anna', clock);
    await createTrack(database, { id: 't2', name: 'B', sightingIds: ['s2'] }, 'anna', clock);
    expect((await listTracksWithSighting(database, 's2')).map((t) => t.id).sort()).toEqual(['t1', 't2']);
    expect((await listTracksWithSighting(database, 's1')).map((t) => t.id)).toEqual(['t1']);
    expect(await listTracksWithSighting(database, 's3')).toEqual([]);
  });

  it('lists most recently changed first and deletes', async () => {
    await createTrack(database, { id: 't1', name: 'A' }, 'anna', clock);
    await createTrack(database, { id: 't2', name: 'B' }, 'anna', clock);
    await updateTrack(database, 't1', { note: 'x' }, 'anna', clock);
    expect((await listTracks(database)).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(await deleteTrack(database, 't1', 'anna', clock)).toBe(true);
    expect(await deleteTrack(database, 't1', 'anna', clock)).toBe(false);
    expect((await listTracks(database)).map((t) => t.id)).toEqual(['t2']);
  });
});
