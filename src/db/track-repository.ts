// Tracks: the analyst's claim that several sightings show the same train on the move.
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { appendHistory } from './history-repository.ts';
import { uniqueIds, withId, withoutId } from './id-list.ts';
import { newId } from './new-id.ts';
import type { TrackRecord } from './records.ts';

// The live read the first map needs lives in workspace-reads.ts (issue 8: the start bundle).
export { listTracks } from './workspace-reads.ts';

export interface NewTrack {
  id?: string;
  name: string;
  sightingIds?: string[];
  note?: string;
}

export type TrackPatch = Partial<Pick<TrackRecord, 'name' | 'sightingIds' | 'note'>>;

function assertName(name: string | undefined): void {
  if (name !== undefined && name.trim() === '') throw new RangeError('A track needs a name.');
}

/** The tracks a sighting belongs to (multi-entry index, no scan). */
export function listTracksWithSighting(db: RailwatchDb, sightingId: string): Promise<TrackRecord[]> {
  return db.tracks.where('sightingIds').equals(sightingId).toArray();
}

export function getTrack(db: RailwatchDb, id: string): Promise<TrackRecord | undefined> {
  return db.tracks.get(id);
}

export async function createTrack(db: RailwatchDb, input: NewTrack, by: string, now: Clock = systemClock): Promise<TrackRecord> {
  assertName(input.name);
  return db.transaction('rw', db.tracks, db.history, async () => {
    const at = now();
    const track: TrackRecord = {
      id: input.id ?? newId(),
      name: input.name.trim(),
      sightingIds: uniqueIds(input.sightingIds ?? []),
      ...(input.note !== undefined ? { note: input.note } : {}),
      createdAt: at,
      updatedAt: at,
    };
    if (await db.tracks.get(track.id)) throw new RangeError(`A track "${track.id}" already exists.`);
    await db.tracks.add(track);
    await appendHistory(db, { at, by, entity: 'track', entityId: track.id, action: 'create', before: null, after: track });
    return track;
  });
}

function changeTrack(db: RailwatchDb, id: string, by: string, now: Clock, change: (t: TrackRecord) => TrackRecord): Promise<TrackRecord> {
  return db.transaction('rw', db.tracks, db.history, async () => {
    const before = await db.tracks.get(id);
    if (!before) throw new RangeError(`No track "${id}".`);
    const at = now();
    const after: TrackRecord = { ...change(before), id, createdAt: before.createdAt, updatedAt: at };
    await db.tracks.put(after);
    await appendHistory(db, { at, by, entity: 'track', entityId: id, action: 'update', before, after });
    return after;
  });
}

export async function updateTrack(db: RailwatchDb, id: string, patch: TrackPatch, by: string, now: Clock = systemClock): Promise<TrackRecord> {
  assertName(patch.name);
  const clean: TrackPatch = { ...patch };
  if (clean.name !== undefined) clean.name = clean.name.trim();
  if (clean.sightingIds !== undefined) clean.sightingIds = uniqueIds(clean.sightingIds);
  return changeTrack(db, id, by, now, (t) => ({ ...t, ...clean }));
}

export function addSightingToTrack(db: RailwatchDb, id: string, sightingId: string, by: string, now: Clock = systemClock): Promise<TrackRecord> {
  return changeTrack(db, id, by, now, (t) => ({ ...t, sightingIds: withId(t.sightingIds, sightingId) }));
}

export function removeSightingFromTrack(db: RailwatchDb, id: string, sightingId: string, by: string, now: Clock = systemClock): Promise<TrackRecord> {
  return changeTrack(db, id, by, now, (t) => ({ ...t, sightingIds: withoutId(t.sightingIds, sightingId) }));
}

export function deleteTrack(db: RailwatchDb, id: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', db.tracks, db.history, async () => {
    const before = await db.tracks.get(id);
    if (!before) return false;
    await db.tracks.delete(id);
    await appendHistory(db, { at: now(), by, entity: 'track', entityId: id, action: 'delete', before, after: null });
    return true;
  });
}
