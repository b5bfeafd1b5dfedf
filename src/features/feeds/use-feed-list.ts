import { useLiveQuery } from 'dexie-react-hooks';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { listFeeds } from '../../db/workspace-reads';
import { getSetting } from '../../db/settings-repository';
import { SAMPLE_ENABLED_SETTING, SAMPLE_FEED_ID, SAMPLE_FEED_NAME, SAMPLE_FEED_URL, SAMPLE_REFRESH_MINUTES, type FeedEntry } from './feed-entry';

export type FeedList = { entries: FeedEntry[]; error?: string };

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

function sampleEntry(enabled: boolean): FeedEntry {
  return { id: SAMPLE_FEED_ID, name: SAMPLE_FEED_NAME, url: SAMPLE_FEED_URL, enabled, refreshMinutes: SAMPLE_REFRESH_MINUTES, builtIn: true };
}

/**
 * Assumed while the workspace is being opened, so the built-in feed is fetched in parallel
 * with that rather than after it; nothing is shown from it until the list is read.
 */
export const PROVISIONAL_FEED_LIST: FeedList = { entries: [sampleEntry(true)] };

async function readFeedList(): Promise<FeedList> {
  try {
    const [feeds, sampleEnabled] = await Promise.all([listFeeds(db()), getSetting(db(), SAMPLE_ENABLED_SETTING, true, isBoolean)]);
    const added = feeds.map((feed): FeedEntry => ({ id: feed.id, name: feed.name, url: feed.url, enabled: feed.enabled, refreshMinutes: feed.refreshMinutes, builtIn: false }));
    return { entries: [sampleEntry(sampleEnabled), ...added] };
  } catch (error) {
    // Without the workspace the built-in feed still works; the analyst's feeds are named as missing.
    return { entries: [sampleEntry(true)], error: `Your feed list could not be read. ${classifyStorageError(error).message}` };
  }
}

/** Every feed in the analyst's order, the built-in sample first; undefined while reading. */
export function useFeedList(): FeedList | undefined {
  return useLiveQuery(readFeedList, []);
}
