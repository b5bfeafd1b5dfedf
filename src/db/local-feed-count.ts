import type { RailwatchDb } from './database.ts';
import { ANALYST_FEED_ID } from './records.ts';

export const ANALYST_FEED_NAME = 'My sightings';

/**
 * Re-counts a local feed's sightings after single-sighting writes (and their undo), creating
 * the analyst's own feed on first use. Call inside a rw transaction on localFeeds and
 * localSightings, so the count never disagrees with the rows.
 */
export async function syncLocalFeedCount(db: RailwatchDb, feedId: string, at: string): Promise<void> {
  const count = await db.localSightings.where('feedId').equals(feedId).count();
  const feed = await db.localFeeds.get(feedId);
  if (feed) {
    if (feed.count !== count) await db.localFeeds.put({ ...feed, count });
  } else if (feedId === ANALYST_FEED_ID) {
    await db.localFeeds.put({ id: ANALYST_FEED_ID, name: ANALYST_FEED_NAME, kind: 'analyst', createdAt: at, count });
  }
}
