// The workspace reads the app needs before the first map: the live queries of annotations,
// tracks, overlays and feeds, local sightings a page at a time, and the feeds' last good copies. Kept apart
// from the repositories' writes, which bring validation and the change history and load with
// the editors that make changes (issue 8: the start bundle). The repositories re-export them.
import Dexie from 'dexie';
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

/**
 * One page of a feed's sightings in id order: the first `limit` after `afterId` (from the
 * start when undefined). The page reads a large feed this way, a short task per page,
 * instead of in one read that held it for seconds.
 */
export function readLocalSightingPage(db: RailwatchDb, feedId: string, afterId: string | undefined, limit: number): Promise<LocalSightingRecord[]> {
  const from = afterId === undefined ? [feedId, Dexie.minKey] : [feedId, afterId];
  return db.localSightings.where('[feedId+id]').between(from, [feedId, Dexie.maxKey], afterId === undefined, true).limit(limit).toArray();
}

/**
 * A feed's sightings, `pageSize` at a time in id order, until the feed is read or `wanted`
 * turns false. Each page is its own read: a write between pages can show up in a later page,
 * and raises the feed's revision, after which the caller reads the feed again.
 */
export async function* readLocalFeedPages(
  db: RailwatchDb,
  feedId: string,
  pageSize: number,
  wanted: () => boolean = () => true,
): AsyncGenerator<LocalSightingRecord[], void, undefined> {
  let afterId: string | undefined;
  while (wanted()) {
    const page = await readLocalSightingPage(db, feedId, afterId, pageSize);
    if (page.length > 0) yield page;
    const last = page[page.length - 1];
    if (page.length < pageSize || last === undefined) return;
    afterId = last.id;
  }
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
