// The workspace reads the app needs before the first map: the live queries of annotations,
// tracks, overlays, local sightings and feeds, and the feeds' last good copies. Kept apart
// from the repositories' writes, which bring validation and the change history and load with
// the editors that make changes (issue 8: the start bundle). The repositories re-export them.
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { sortFeeds } from './feed-order.ts';
import type { AnnotationRecord, FeedRecord, FeedSnapshotRecord, LocalFeedRecord, LocalSightingRecord, OverlayRecord, TrackRecord } from './records.ts';

export function listAnnotations(db: RailwatchDb): Promise<AnnotationRecord[]> {
  return db.annotations.toArray();
}

/** Pinned annotations, newest change first. A scan, since booleans cannot be indexed. */
export async function listPinnedAnnotations(db: RailwatchDb): Promise<AnnotationRecord[]> {
  return db.annotations.orderBy('updatedAt').reverse().filter((a) => a.pinned).toArray();
}

/** Tracks, most recently changed first. */
export function listTracks(db: RailwatchDb): Promise<TrackRecord[]> {
  return db.tracks.orderBy('updatedAt').reverse().toArray();
}

/** Overlays in import order. */
export async function listOverlays(db: RailwatchDb): Promise<OverlayRecord[]> {
  return (await db.overlays.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** All local sightings, or those of one feed. */
export function listLocalSightings(db: RailwatchDb, feedId?: string): Promise<LocalSightingRecord[]> {
  return feedId === undefined ? db.localSightings.toArray() : db.localSightings.where('feedId').equals(feedId).toArray();
}

/** Local feeds, oldest first. */
export async function listLocalFeeds(db: RailwatchDb): Promise<LocalFeedRecord[]> {
  return (await db.localFeeds.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Feeds in the analyst's order. */
export async function listFeeds(db: RailwatchDb): Promise<FeedRecord[]> {
  return sortFeeds(await db.feeds.toArray());
}

/**
 * Keeps the last good response of a feed (one per feed, replacing the previous one). Pass
 * the fetched Blob: IndexedDB keeps a Blob without copying it on the calling thread, where a
 * 43 MB string took over a second to store.
 */
export async function saveFeedSnapshot(
  db: RailwatchDb,
  snapshot: Omit<FeedSnapshotRecord, 'fetchedAt'>,
  now: Clock = systemClock,
): Promise<FeedSnapshotRecord> {
  const record: FeedSnapshotRecord = { ...snapshot, fetchedAt: now() };
  await db.feedSnapshots.put(record);
  return record;
}

/** The stored copy; its body is a Blob, or text when an earlier build stored it. */
export function getFeedSnapshot(db: RailwatchDb, feedId: string): Promise<FeedSnapshotRecord | undefined> {
  return db.feedSnapshots.get(feedId);
}
