import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { listLocalFeeds, readLocalFeedPages } from '../../db/workspace-reads';
import type { LocalFeedRecord } from '../../db/records';
import { LOCAL_FEED_SLICE, loadFeedParser, localFeedSightings, type LocalFeedSightings } from './local-feed-sightings';
import type { SourceResult } from './source-result';

type FeedsState = { feeds: LocalFeedRecord[]; error?: string };

function useLocalFeeds(): FeedsState | undefined {
  return useLiveQuery(async (): Promise<FeedsState> => {
    try {
      return { feeds: await listLocalFeeds(db()) };
    } catch (error) {
      // A message rather than a thrown render error: the online feeds keep working.
      return { feeds: [], error: `Your workspace sightings could not be read. ${classifyStorageError(error).message}` };
    }
  }, []);
}

function describeReadFailure(feedName: string, error: unknown): string {
  const storage = classifyStorageError(error);
  if (storage.kind !== 'unknown') return `${feedName}: ${storage.message}`;
  return `${feedName}: the stored sightings could not be read (${error instanceof Error ? error.message : String(error)})`;
}

type FeedRead = { revision: number; cancel: () => void };

/** Each feed's id and revision (a new one makes its shown sightings stale), and the name its messages use. */
function readKey(feeds: readonly LocalFeedRecord[]): string {
  return JSON.stringify(feeds.map((feed) => [feed.id, feed.revision ?? 0, feed.name]));
}

/**
 * Sightings kept in the workspace: the analyst's own ("My sightings") and imported files, one
 * SourceResult per local feed. Only the feed records are watched live; a feed's sightings are
 * read again, a page per task, when its revision changes (every write to them raises it), so
 * adding one sighting re-reads only its feed, never a 100,000-row import next to it. Until a
 * new read is done, the feed keeps showing what the last one gave.
 */
export function useLocalSources(): SourceResult[] {
  const feedsState = useLocalFeeds();
  const [byFeed, setByFeed] = useState<ReadonlyMap<string, LocalFeedSightings>>(() => new Map());
  const reads = useRef(new Map<string, FeedRead>());
  const feedsKey = readKey(feedsState?.feeds ?? []);

  useEffect(() => {
    const wanted = JSON.parse(feedsKey) as [id: string, revision: number, name: string][];
    const wantedIds = new Set(wanted.map(([id]) => id));
    for (const [id, read] of reads.current) {
      if (wantedIds.has(id)) continue;
      read.cancel();
      reads.current.delete(id);
      setByFeed((previous) => {
        const next = new Map(previous);
        next.delete(id);
        return next;
      });
    }
    const stale = wanted.filter(([id, revision]) => reads.current.get(id)?.revision !== revision);
    // The feed parser loads on demand: fetch it while the first records are being read.
    if (stale.length > 0) void loadFeedParser().catch(() => undefined);
    for (const [id, revision, name] of stale) {
      reads.current.get(id)?.cancel();
      let cancelled = false;
      reads.current.set(id, { revision, cancel: () => (cancelled = true) });
      const show = (loaded: LocalFeedSightings) => {
        if (!cancelled) setByFeed((previous) => new Map(previous).set(id, loaded));
      };
      localFeedSightings(name, readLocalFeedPages(db(), id, LOCAL_FEED_SLICE, () => !cancelled)).then(show, (error: unknown) =>
        show({ sightings: [], error: describeReadFailure(name, error) }),
      );
    }
  }, [feedsKey]);

  useEffect(() => {
    const current = reads.current;
    return () => {
      for (const read of current.values()) read.cancel();
      current.clear();
    };
  }, []);

  return useMemo(() => {
    if (!feedsState) return [{ sourceId: 'local', sourceName: 'My sightings', sightings: [], isLoading: true }];
    const results: SourceResult[] = feedsState.feeds.map((feed) => {
      const loaded = byFeed.get(feed.id);
      return {
        sourceId: feed.id,
        sourceName: feed.name,
        sightings: loaded?.sightings ?? [],
        isLoading: loaded === undefined,
        ...(loaded?.error ? { error: loaded.error } : {}),
        ...(loaded?.note ? { note: loaded.note } : {}),
      };
    });
    if (feedsState.error) results.push({ sourceId: 'local', sourceName: 'My sightings', sightings: [], isLoading: false, error: feedsState.error });
    return results;
  }, [feedsState, byFeed]);
}
