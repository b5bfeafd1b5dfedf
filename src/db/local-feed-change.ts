import type { RailwatchDb } from './database.ts';
import { ANALYST_FEED_ID } from './records.ts';

export const ANALYST_FEED_NAME = 'My sightings';

/**
 * Records that a local feed's sightings changed: re-counts them and raises the feed's
 * revision (the page reads a feed's sightings again only when it changes), creating the
 * analyst's own feed on first use. Call inside a rw transaction on localFeeds and
 * localSightings after every write to a feed's sightings, so neither disagrees with the rows.
 */
export async function noteLocalFeedChange(db: RailwatchDb, feedId: string, at: string): Promise<void> {
  const count = await db.localSightings.where('feedId').equals(feedId).count();
  const feed = await db.localFeeds.get(feedId);
  if (feed) {
    await db.localFeeds.put({ ...feed, count, revision: (feed.revision ?? 0) + 1 });
  } else if (feedId === ANALYST_FEED_ID) {
    await db.localFeeds.put({ id: ANALYST_FEED_ID, name: ANALYST_FEED_NAME, kind: 'analyst', createdAt: at, count, revision: 1 });
  }
}
