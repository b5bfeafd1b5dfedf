// The change history: every analyst edit is written together with a history entry in ONE
// transaction, so the log can never disagree with the data, and any edit can be undone.
// Overlays, feed snapshots and settings are not recorded: overlays are large re-importable
// files, snapshots are caches and settings are preferences.
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { renumberFeeds } from './feed-order.ts';
import { noteLocalFeedChange } from './local-feed-change.ts';
import type { HistoryEntity, HistoryRecord, LocalFeedRecord, LocalSightingRecord } from './records.ts';

/**
 * How a local feed appears in history. `sightings` is stored only where undo needs it (the
 * `before` of a removal); elsewhere the ids suffice and keep history small.
 */
export interface LocalFeedSnapshot {
  feed: LocalFeedRecord;
  sightingIds: string[];
  sightings?: LocalSightingRecord[];
}

export type HistoryInput = Omit<HistoryRecord, 'seq'>;

/** Every table an undo may touch; an undo transaction must cover all of them. */
export const UNDO_SCOPE = ['history', 'annotations', 'localSightings', 'localFeeds', 'briefs', 'tracks', 'feeds'] as const;

/** Appends one entry. Call inside the rw transaction that makes the change it describes. */
export async function appendHistory(db: RailwatchDb, entry: HistoryInput): Promise<number> {
  return db.history.add(entry);
}

/** One entity's history, oldest first. */
export function listEntityHistory(db: RailwatchDb, entity: HistoryEntity, entityId: string): Promise<HistoryRecord[]> {
  return db.history.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
}

/** The latest entries across the workspace, newest first. */
export function listRecentHistory(db: RailwatchDb, limit = 50): Promise<HistoryRecord[]> {
  return db.history.reverse().limit(limit).toArray();
}

/** The newest entry that is neither an undo nor already undone: what undoLast would revert. */
export async function findUndoTarget(db: RailwatchDb): Promise<HistoryRecord | undefined> {
  const undone = new Set<number>();
  let target: HistoryRecord | undefined;
  await db.history
    .reverse()
    .until(() => target !== undefined)
    .each((entry) => {
      if (entry.undoes !== undefined) undone.add(entry.undoes);
      else if (!undone.has(entry.seq)) target = entry;
    });
  return target;
}

async function currentValue(db: RailwatchDb, entity: HistoryEntity, id: string): Promise<unknown> {
  switch (entity) {
    case 'annotation':
      return (await db.annotations.get(id)) ?? null;
    case 'localSighting':
      return (await db.localSightings.get(id)) ?? null;
    case 'brief':
      return (await db.briefs.get(id)) ?? null;
    case 'track':
      return (await db.tracks.get(id)) ?? null;
    case 'feed':
      return (await db.feeds.get(id)) ?? null;
    case 'localFeed': {
      const feed = await db.localFeeds.get(id);
      if (!feed) return null;
      const sightingIds = (await db.localSightings.where('feedId').equals(id).primaryKeys()) as string[];
      return { feed, sightingIds } satisfies LocalFeedSnapshot;
    }
  }
}

/** Puts `value` back as the entity's state; null deletes it. */
async function restore(db: RailwatchDb, entity: HistoryEntity, id: string, value: unknown, at: string): Promise<void> {
  switch (entity) {
    case 'annotation':
      return value === null ? db.annotations.delete(id) : void (await db.annotations.put(value as never));
    case 'localSighting': {
      const existing = await db.localSightings.get(id);
      if (value === null) await db.localSightings.delete(id);
      else await db.localSightings.put(value as LocalSightingRecord);
      const feedIds = new Set([existing?.feedId, (value as LocalSightingRecord | null)?.feedId]);
      for (const feedId of feedIds) if (feedId !== undefined) await noteLocalFeedChange(db, feedId, at);
      return;
    }
    case 'brief':
      return value === null ? db.briefs.delete(id) : void (await db.briefs.put(value as never));
    case 'track':
      return value === null ? db.tracks.delete(id) : void (await db.tracks.put(value as never));
    case 'feed':
      if (value === null) await db.feeds.delete(id);
      else await db.feeds.put(value as never);
      return renumberFeeds(db);
    case 'localFeed': {
      const existing = await db.localFeeds.get(id);
      await db.localSightings.where('feedId').equals(id).delete();
      if (value === null) return db.localFeeds.delete(id);
      const snapshot = value as LocalFeedSnapshot;
      if (!snapshot.sightings) throw new Error(`History for local feed ${id} holds no sightings to restore.`);
      // A new revision even though the feed comes back as it was: a page part-way through
      // reading the feed when it was removed stopped short, and must read it again.
      const revision = Math.max(existing?.revision ?? 0, snapshot.feed.revision ?? 0) + 1;
      await db.localFeeds.put({ ...snapshot.feed, revision });
      await db.localSightings.bulkPut(snapshot.sightings);
      return;
    }
  }
}

/**
 * Reverts the newest not-yet-undone change and records the undo (so the log stays complete).
 * Calling it again walks further back. Returns the undo entry, or undefined when there is
 * nothing to undo. The history is shared by every tab of the workspace.
 */
export function undoLast(db: RailwatchDb, by: string, now: Clock = systemClock): Promise<HistoryRecord | undefined> {
  return db.transaction('rw', [...UNDO_SCOPE], async () => {
    const target = await findUndoTarget(db);
    if (!target) return undefined;
    const current = await currentValue(db, target.entity, target.entityId);
    const at = now();
    await restore(db, target.entity, target.entityId, target.before, at);
    const entry: HistoryInput = {
      at,
      by,
      entity: target.entity,
      entityId: target.entityId,
      action: 'undo',
      before: current,
      after: target.before,
      undoes: target.seq,
    };
    const seq = await appendHistory(db, entry);
    return { ...entry, seq };
  });
}
