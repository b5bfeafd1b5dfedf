import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { listLocalFeeds, listLocalSightings } from '../../db/workspace-reads';
import type { LocalFeedRecord } from '../../db/records';
import { loadFeedParser, localFeedSightings, type LocalFeedSightings } from './local-feed-sightings';
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

/**
 * Sightings kept in the workspace: the analyst's own ("My sightings") and imported files, one
 * SourceResult per local feed. Each feed has its own live query, so adding one sighting
 * re-reads and re-parses only its feed, never a 100,000-row import next to it.
 */
export function useLocalSources(): SourceResult[] {
  const feedsState = useLocalFeeds();
  const [byFeed, setByFeed] = useState<ReadonlyMap<string, LocalFeedSightings>>(() => new Map());
  const subscriptions = useRef(new Map<string, Subscription>());

  const feedIds = (feedsState?.feeds ?? []).map((feed) => feed.id).join('\n');
  const namesKey = (feedsState?.feeds ?? []).map((feed) => feed.name).join('\n');

  useEffect(() => {
    const wanted = new Set(feedIds === '' ? [] : feedIds.split('\n'));
    const names = namesKey.split('\n');
    const ids = [...wanted];
    for (const [id, subscription] of subscriptions.current) {
      if (wanted.has(id)) continue;
      subscription.unsubscribe();
      subscriptions.current.delete(id);
      setByFeed((previous) => {
        const next = new Map(previous);
        next.delete(id);
        return next;
      });
    }
    // The feed parser loads on demand: fetch it while the records below are being read.
    if (ids.some((id) => !subscriptions.current.has(id))) void loadFeedParser().catch(() => undefined);
    ids.forEach((id, index) => {
      if (subscriptions.current.has(id)) return;
      const name = names[index] ?? id;
      /** Reads are parsed asynchronously: only the latest read of a live subscription is shown. */
      let latest = 0;
      // Called only after subscribe() has returned (liveQuery answers asynchronously).
      const show = (turn: number, loaded: LocalFeedSightings) => {
        if (turn === latest && subscriptions.current.get(id) === subscription) setByFeed((previous) => new Map(previous).set(id, loaded));
      };
      const subscription = liveQuery(() => listLocalSightings(db(), id)).subscribe({
        next: (records) => {
          const turn = ++latest;
          localFeedSightings(name, records).then(
            (loaded) => show(turn, loaded),
            (error: unknown) =>
              show(turn, { sightings: [], error: `${name}: the stored sightings could not be read (${error instanceof Error ? error.message : String(error)})` }),
          );
        },
        error: (error: unknown) => show(++latest, { sightings: [], error: `${name}: ${classifyStorageError(error).message}` }),
      });
      subscriptions.current.set(id, subscription);
    });
  }, [feedIds, namesKey]);

  useEffect(() => {
    const current = subscriptions.current;
    return () => {
      for (const subscription of current.values()) subscription.unsubscribe();
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
