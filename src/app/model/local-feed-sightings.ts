import type { LocalSightingRecord } from '../../db/records';
import { rememberColumns, SightingColumnsBuilder } from '../../domain/explore/sighting-columns';
import { rememberPositions } from '../../domain/merge/id-positions';
import { rememberSourceKeys, sourceKeysOf } from '../../domain/merge/merge-sightings';
import { fail, FeedBatchCollector } from '../../domain/sighting/feed-collector';
import type { readFeatureObjects } from '../../domain/sighting/parse-feed';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import { nextTask } from '../../lib/next-task';

export type LocalFeedSightings = { sightings: Sighting[]; note?: string; error?: string };

type FeedParser = { readFeatureObjects: typeof readFeatureObjects };

let feedParser: Promise<FeedParser> | undefined;

/** Stored records read per page: a page is a short task, and the page answers between pages. */
export const LOCAL_FEED_SLICE = 5_000;

/**
 * The feature readers (parse-feed.ts) and hashtag tables load on demand (issue 8: they are not
 * part of the start bundle; online feeds are read in the feed workers). Call it as soon as the
 * workspace is known to hold local feeds, so the readers arrive while their records are still
 * being read. One shared promise: callers resume in the order they asked.
 */
export function loadFeedParser(): Promise<FeedParser> {
  feedParser ??= import('../../domain/sighting/parse-feed').catch((error: unknown) => {
    feedParser = undefined; // let the next read try again (e.g. once back online)
    throw error;
  });
  return feedParser;
}

/**
 * Stored raw features → Sightings, by the same rules as parseFeed on every online feed, so a
 * workspace written by an older build is read with today's rules. A stored feature that
 * cannot be used is reported, never dropped silently: the record itself stays in the
 * workspace. `pages` come a page at a time (readLocalFeedPages, LOCAL_FEED_SLICE records),
 * each read in a task of its own: read at once, 474,000 stored features took 1.3–1.6 s in
 * Node, and reading their records at once held the page for 4–5 s.
 */
export async function localFeedSightings(feedName: string, pages: AsyncIterable<readonly LocalSightingRecord[]>): Promise<LocalFeedSightings> {
  const collector = new FeedBatchCollector<string | null>();
  // Read here a page at a time, as the feed workers do for online feeds, rather than all at
  // once in the task that merges and shows the feed (121,627 links took 0.3 s profiled there).
  const columns = new SightingColumnsBuilder(LOCAL_FEED_SLICE * 4);
  let read = 0;
  let seq = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const { readFeatureObjects } = await loadFeedParser();
    if (read > 0) await nextTask();
    const batch = readFeatureObjects(page.map((record) => record.feature), read);
    collector.add(seq++, batch, sourceKeysOf(batch.sightings));
    columns.append(collector.sightings, columns.count);
    read += page.length;
  }
  if (read === 0) return { sightings: [] };
  // Every page was added in order, so the collector has them all: finish always answers.
  const result = collector.finish({ ok: true, metadata: undefined, count: read }, seq) ?? fail('no-usable-features', 'the pages arrived incomplete');
  if (!result.ok) return { sightings: [], error: `${feedName}: the stored sightings could not be read (${result.error.message})` };
  rememberSourceKeys(result.sightings, collector.extras);
  rememberColumns(result.sightings, columns.finish());
  rememberPositions(result.sightings, collector.positions);
  const skipped = result.skipped.length;
  if (skipped === 0) return { sightings: result.sightings };
  const first = result.skipped[0]?.reason ?? '';
  const note = `${feedName}: ${skipped} stored sighting${skipped === 1 ? '' : 's'} cannot be shown on the map (${first}${skipped > 1 ? ' …' : ''}).`;
  return { sightings: result.sightings, note };
}
