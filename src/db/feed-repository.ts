// Settings of the online sighting feeds the analyst subscribed to, in the analyst's order,
// and the last good copy of each feed so the map keeps working offline.
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { renumberFeeds, sortFeeds } from './feed-order.ts';
import { appendHistory } from './history-repository.ts';
import { newId } from './new-id.ts';
import type { FeedRecord } from './records.ts';

// The reads the first map needs, and the feeds' last good copies, live in workspace-reads.ts
// (issue 8: the start bundle).
export { getFeedSnapshot, listFeeds, saveFeedSnapshot } from './workspace-reads.ts';

export const DEFAULT_REFRESH_MINUTES = 15;

export interface NewFeed {
  id?: string;
  name: string;
  url: string;
  enabled?: boolean;
  refreshMinutes?: number;
}

export type FeedPatch = Partial<Pick<FeedRecord, 'name' | 'url' | 'enabled' | 'refreshMinutes'>>;

function assertFeedFields(fields: FeedPatch): void {
  if (fields.name !== undefined && fields.name.trim() === '') throw new RangeError('A feed needs a name.');
  if (fields.url !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(fields.url).protocol;
    } catch {
      throw new RangeError(`"${fields.url}" is not a valid URL.`);
    }
    if (protocol !== 'https:' && protocol !== 'http:') throw new RangeError(`Feed URLs must use http or https, not ${protocol}`);
  }
  if (fields.refreshMinutes !== undefined && (!Number.isInteger(fields.refreshMinutes) || fields.refreshMinutes < 1)) {
    throw new RangeError(`Refresh interval ${fields.refreshMinutes} must be a whole number of minutes ≥ 1.`);
  }
}

export function getFeed(db: RailwatchDb, id: string): Promise<FeedRecord | undefined> {
  return db.feeds.get(id);
}

/** Adds a feed at the end of the list. */
export async function addFeed(db: RailwatchDb, input: NewFeed, by: string, now: Clock = systemClock): Promise<FeedRecord> {
  assertFeedFields(input);
  return db.transaction('rw', db.feeds, db.history, async () => {
    const at = now();
    const feed: FeedRecord = {
      id: input.id ?? newId(),
      name: input.name.trim(),
      url: input.url,
      enabled: input.enabled ?? true,
      refreshMinutes: input.refreshMinutes ?? DEFAULT_REFRESH_MINUTES,
      createdAt: at,
      order: await db.feeds.count(),
    };
    await db.feeds.add(feed);
    await appendHistory(db, { at, by, entity: 'feed', entityId: feed.id, action: 'create', before: null, after: feed });
    return feed;
  });
}

export async function updateFeed(db: RailwatchDb, id: string, patch: FeedPatch, by: string, now: Clock = systemClock): Promise<FeedRecord> {
  assertFeedFields(patch);
  return db.transaction('rw', db.feeds, db.history, async () => {
    const before = await db.feeds.get(id);
    if (!before) throw new RangeError(`No feed "${id}".`);
    const after: FeedRecord = { ...before, ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) };
    await db.feeds.put(after);
    await appendHistory(db, { at: now(), by, entity: 'feed', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Removes a feed and its cached copy; the others close the gap in the order. */
export function removeFeed(db: RailwatchDb, id: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', db.feeds, db.feedSnapshots, db.history, async () => {
    const before = await db.feeds.get(id);
    if (!before) return false;
    await db.feeds.delete(id);
    await db.feedSnapshots.delete(id);
    await renumberFeeds(db);
    await appendHistory(db, { at: now(), by, entity: 'feed', entityId: id, action: 'delete', before, after: null });
    return true;
  });
}

/**
 * Moves a feed to `toIndex` (clamped to the list). Not recorded in history: a reorder is
 * undone by moving it back, and logging every drag step would bury real edits.
 */
export function moveFeed(db: RailwatchDb, id: string, toIndex: number): Promise<FeedRecord[]> {
  return db.transaction('rw', db.feeds, async () => {
    const ids = sortFeeds(await db.feeds.toArray()).map((f) => f.id);
    const from = ids.indexOf(id);
    if (from === -1) throw new RangeError(`No feed "${id}".`);
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(ids.length, Math.trunc(toIndex))), 0, id);
    await renumberFeeds(db, ids);
    return sortFeeds(await db.feeds.toArray());
  });
}
