import type { LocalSightingRecord } from '../../db/records';
import type { parseFeed } from '../../domain/sighting/parse-feed';
import type { Sighting } from '../../domain/sighting/sighting-schema';

export type LocalFeedSightings = { sightings: Sighting[]; note?: string; error?: string };

let feedParser: Promise<{ parseFeed: typeof parseFeed }> | undefined;

/**
 * parseFeed, its readers and hashtag tables load on demand (issue 8: they are not part of the
 * start bundle; online feeds are parsed in the feed worker). Call it as soon as the workspace
 * is known to hold local feeds, so the parser arrives while their records are still being read.
 * One shared promise: callers resume in the order they asked.
 */
export function loadFeedParser(): Promise<{ parseFeed: typeof parseFeed }> {
  feedParser ??= import('../../domain/sighting/parse-feed').catch((error: unknown) => {
    feedParser = undefined; // let the next read try again (e.g. once back online)
    throw error;
  });
  return feedParser;
}

/**
 * Stored raw features → Sightings, through the same parseFeed door as every online feed, so a
 * workspace written by an older build is read with today's rules. A stored feature parseFeed
 * cannot use is reported, never dropped silently: the record itself stays in the workspace.
 */
export async function localFeedSightings(feedName: string, records: readonly LocalSightingRecord[]): Promise<LocalFeedSightings> {
  if (records.length === 0) return { sightings: [] };
  const { parseFeed } = await loadFeedParser();
  const result = parseFeed({ type: 'FeatureCollection', features: records.map((record) => record.feature) });
  if (!result.ok) return { sightings: [], error: `${feedName}: the stored sightings could not be read (${result.error.message})` };
  const skipped = result.skipped.length;
  if (skipped === 0) return { sightings: result.sightings };
  const first = result.skipped[0]?.reason ?? '';
  const note = `${feedName}: ${skipped} stored sighting${skipped === 1 ? '' : 's'} cannot be shown on the map (${first}${skipped > 1 ? ' …' : ''}).`;
  return { sightings: result.sightings, note };
}
