import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FeedEntry, FeedState } from '../../features/feeds/feed-entry';
import { feedProblem } from '../../features/feeds/feed-state-text';
import { PROVISIONAL_FEED_LIST, useFeedList } from '../../features/feeds/use-feed-list';
import { feedQueryOptions, feedSnapshotQueryOptions, type LoadedFeed } from '../../features/sightings/feed-query';
import type { SourceResult } from './source-result';

type Live = Pick<UseQueryResult<LoadedFeed>, 'data' | 'error' | 'failureReason' | 'failureCount' | 'isFetching' | 'status'>;
type Copy = LoadedFeed | null | undefined;

// Module-level so React Query re-runs them only when a query's result changed.
const pickLive = (results: UseQueryResult<LoadedFeed>[]): Live[] =>
  results.map(({ data, error, failureReason, failureCount, isFetching, status }) => ({ data, error, failureReason, failureCount, isFetching, status }));
const pickCopy = (results: UseQueryResult<LoadedFeed | null>[]): Copy[] => results.map((result) => result.data);

function stateOf(entry: FeedEntry, live: Live | undefined, copy: Copy): FeedState {
  const base = { entry, sightings: [], retrying: false, skipped: 0 };
  if (!entry.enabled) return { ...base, status: 'disabled' };
  if (!live) return { ...base, status: 'loading' };
  const failure = live.error ?? live.failureReason;
  const error = failure ? failure.message : undefined;
  const retrying = live.isFetching && live.failureCount > 0;
  const shown = live.data ?? copy ?? undefined;
  const withData = (data: LoadedFeed) => ({
    sightings: data.sightings,
    updatedAt: data.loadedAt,
    skipped: data.skipped.length,
    ...(data.metadata ? { metadata: data.metadata } : {}),
  });
  if (failure && shown) return { ...base, ...withData(shown), status: 'copy', retrying, ...(error ? { error } : {}) };
  if (live.status === 'error') return { ...base, status: 'error', ...(error ? { error } : {}) };
  if (live.data) return { ...base, ...withData(live.data), status: 'live', retrying };
  return { ...base, status: 'loading', retrying, ...(error ? { error } : {}) };
}

/**
 * Every feed's state. Call with `drive: true` exactly once (the sightings model): that
 * observer fetches, refetches on schedule and reads stored copies. Other callers (the Feeds
 * tab) pass `drive: false` and only watch the same queries.
 */
export function useFeedStates({ drive }: { drive: boolean }): { states: FeedState[]; listError?: string; isReady: boolean } {
  const list = useFeedList();
  const entries = (list ?? PROVISIONAL_FEED_LIST).entries;
  const enabled = useMemo(() => entries.filter((entry) => entry.enabled), [entries]);
  const live = useQueries({
    queries: enabled.map((entry) => ({ ...feedQueryOptions(entry), enabled: drive, ...(drive ? {} : { refetchInterval: false as const }) })),
    combine: pickLive,
  });
  // The stored copy is read only once the live fetch has failed: offline, or the server is down.
  const copies = useQueries({
    queries: enabled.map((entry, index) => ({ ...feedSnapshotQueryOptions(entry), enabled: drive && (live[index]?.failureCount ?? 0) > 0 && !live[index]?.data })),
    combine: pickCopy,
  });
  return useMemo(() => {
    const states = entries.map((entry) => {
      const index = enabled.indexOf(entry);
      return stateOf(entry, index === -1 ? undefined : live[index], index === -1 ? undefined : copies[index]);
    });
    return { states, isReady: list !== undefined, ...(list?.error ? { listError: list.error } : {}) };
  }, [entries, enabled, live, copies, list]);
}

/** Sightings from the online and built-in feeds, one result per enabled feed. */
export function useFeedSources(): SourceResult[] {
  const { states, listError, isReady } = useFeedStates({ drive: true });
  return useMemo(() => {
    if (!isReady) return [{ sourceId: 'feeds', sourceName: 'Feeds', sightings: [], isLoading: true }];
    const results = states
      .filter((state) => state.status !== 'disabled')
      .map((state): SourceResult => {
        const problem = feedProblem(state);
        const metadata = state.metadata;
        const notes = [
          ...(problem?.kind === 'note' ? [problem.text] : []),
          ...(metadata?.illustrative ? [`${metadata.title}: illustrative data, not real posts.`] : []),
        ];
        return {
          sourceId: state.entry.id,
          sourceName: state.entry.name,
          sightings: state.sightings,
          // Only the first attempt counts as loading: a feed being retried must not hold up the others' count.
          isLoading: state.status === 'loading' && state.error === undefined,
          ...(problem?.kind === 'error' ? { error: problem.text } : {}),
          ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
        };
      });
    if (listError) results.push({ sourceId: 'feeds', sourceName: 'Feeds', sightings: [], isLoading: false, error: listError });
    return results;
  }, [states, listError, isReady]);
}
