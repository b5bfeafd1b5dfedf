import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseFeed, type FeedParseSuccess } from '../../domain/sighting/parse-feed';

export const SAMPLE_FEED_URL = `${import.meta.env.BASE_URL}feeds/sample.geojson`;

export const feedKeys = {
  all: ['feeds'] as const,
  feed: (url: string) => [...feedKeys.all, url] as const,
};

/** A feed that could not be used, with a message meant for the analyst. */
export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
}

export type LoadedFeed = FeedParseSuccess & { url: string; loadedAt: number };

async function fetchFeed(url: string, signal: AbortSignal): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/geo+json, application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError(`Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok) throw new FeedLoadError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  const result = parseFeed(await response.text());
  if (!result.ok) throw new FeedLoadError(result.error.message);
  return { ...result, url, loadedAt: Date.now() };
}

export function feedQueryOptions(url: string) {
  return queryOptions({
    queryKey: feedKeys.feed(url),
    queryFn: ({ signal }) => fetchFeed(url, signal),
    staleTime: 5 * 60_000,
  });
}

export function useFeed(url: string = SAMPLE_FEED_URL) {
  return useQuery(feedQueryOptions(url));
}
