import type { RailwatchDb } from './database.ts';
import type { FeedRecord } from './records.ts';

/** Feeds in display order; createdAt breaks ties left by a concurrent write in another tab. */
export function sortFeeds(feeds: FeedRecord[]): FeedRecord[] {
  return [...feeds].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Rewrites `order` to 0..n-1 following `ids` (or the current order when omitted). Call inside a rw
 * transaction on feeds so readers never see a half-renumbered list.
 */
export async function renumberFeeds(db: RailwatchDb, ids?: string[]): Promise<void> {
  const feeds = sortFeeds(await db.feeds.toArray());
  // Feeds missing from `ids` (added meanwhile in another tab) keep their relative place at the end.
  const listed = (ids ?? []).map((id) => feeds.find((f) => f.id === id)).filter((f): f is FeedRecord => f !== undefined);
  const ordered = [...listed, ...feeds.filter((f) => !listed.includes(f))];
  const updates = ordered.flatMap((feed, order) => (feed.order === order ? [] : [{ ...feed, order }]));
  if (updates.length > 0) await db.feeds.bulkPut(updates);
}
