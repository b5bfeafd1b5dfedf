import type { FeedMetadata, Sighting } from '../../domain/sighting/sighting-schema';

/**
 * The built-in sample feed is not a row of the feeds table: it ships with the app, so it
 * cannot be renamed or removed, only switched off (a setting). Every other entry is a
 * FeedRecord the analyst added.
 */
export const SAMPLE_FEED_ID = 'sample';
export const SAMPLE_FEED_NAME = 'Sample feed';
export const SAMPLE_FEED_URL = `${import.meta.env.BASE_URL}feeds/sample.geojson`;
export const SAMPLE_ENABLED_SETTING = 'feeds.sample.enabled';
export const SAMPLE_REFRESH_MINUTES = 60;

export interface FeedEntry {
  id: string;
  name: string;
  url: string;
  enabled: boolean;
  refreshMinutes: number;
  builtIn: boolean;
}

export type FeedStatus = 'disabled' | 'loading' | 'live' | 'copy' | 'error';

/** What the Feeds tab and the sightings model know about one feed right now. */
export interface FeedState {
  entry: FeedEntry;
  status: FeedStatus;
  sightings: readonly Sighting[];
  metadata?: FeedMetadata;
  /** When the data shown was fetched (epoch ms). */
  updatedAt?: number;
  /** Why the latest fetch failed, as a clause ("the server answered HTTP 500 …"). */
  error?: string;
  /** A failed fetch is being retried. */
  retrying: boolean;
  /** Features of the feed that could not be used. */
  skipped: number;
}
