import { useMemo } from 'react';
import { SAMPLE_FEED_URL, useFeed } from '../../features/sightings/feed-query';
import type { SourceResult } from './source-result';

/** Sightings from the online/embedded feeds, one result per feed. */
export function useFeedSources(): SourceResult[] {
  const feed = useFeed(SAMPLE_FEED_URL);
  return useMemo(() => {
    const metadata = feed.data?.metadata;
    return [
      {
        sourceId: 'sample',
        sourceName: metadata?.title ?? 'Sample feed',
        sightings: feed.data?.sightings ?? [],
        isLoading: feed.isPending,
        ...(feed.isError ? { error: `The sample feed could not be loaded: ${feed.error.message}` } : {}),
        ...(metadata?.illustrative ? { note: `${metadata.title}: illustrative data, not real posts.` } : {}),
      },
    ];
  }, [feed.data, feed.isPending, feed.isError, feed.error]);
}
