import { queryOptions } from '@tanstack/react-query';
import { db } from '../../db/database';
import { getFeedSnapshot, saveFeedSnapshot } from '../../db/workspace-reads';
import type { FeedParseResult, FeedParseSuccess } from '../../domain/sighting/parse-feed';
import { canTransferStreams, parseFeedInWorker, parseFeedStreamInWorker, warmFeedWorker } from '../../workers/feed-client';

/*
 * One React Query query per online feed (fetched and parsed off the main thread, refetched
 * on the feed's schedule, retried with backoff when the failure may pass), and one per
 * feed's stored last good copy, read only when the live fetch is failing.
 */

export const feedKeys = {
  all: ['feeds'] as const,
  feed: (feedId: string, url: string) => [...feedKeys.all, 'live', feedId, url] as const,
  snapshot: (feedId: string, url: string) => [...feedKeys.all, 'snapshot', feedId, url] as const,
};

/** A feed that could not be used, with a message meant for the analyst. */
export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  /** Worth retrying: the network, a timeout, a busy or failing server. */
  readonly transient: boolean;
  /** `message` is a clause without a final full stop, to sit inside the UI's sentences. */
  constructor(message: string, transient: boolean) {
    super(message.replace(/\.$/, ''));
    this.transient = transient;
  }
}

export type LoadedFeed = FeedParseSuccess & { url: string; loadedAt: number };

export interface FeedSpec {
  id: string;
  url: string;
  refreshMinutes: number;
}

export const FEED_RETRIES = 3;
/** How much of a body is read to tell a web page from a feed. */
const HTML_SNIFF_BYTES = 1024;

const webPageError = () =>
  new FeedLoadError('the server sent a web page (HTML) instead of a GeoJSON feed; check that the address points to the feed file itself', false);

async function looksLikeWebPage(body: Blob): Promise<boolean> {
  return /^\s*<(!doctype|html)/i.test(await body.slice(0, HTML_SNIFF_BYTES).text());
}

async function fetchFeed(feed: FeedSpec, signal: AbortSignal): Promise<LoadedFeed> {
  warmFeedWorker();
  let response: Response;
  try {
    response = await fetch(feed.url, { signal, headers: { Accept: 'application/geo+json, application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError('the network request failed (offline, or the server does not allow cross-origin requests)', true);
  }
  if (!response.ok) {
    const transient = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new FeedLoadError(`the server answered HTTP ${response.status} ${response.statusText}`.trim(), transient);
  }
  // A login page, an error page or the web page about a feed is the commonest wrong answer;
  // "not valid JSON (Unexpected token '<')" would not tell the analyst what happened.
  if (/html/i.test(response.headers.get('content-type') ?? '')) throw webPageError();
  let body: Blob;
  let result: FeedParseResult;
  if (response.body && canTransferStreams()) {
    // The worker reads the download as it arrives (a 100,000-sighting feed is 40 MB: waiting
    // for the whole of it, then for the main thread to be free to post it, cost a second or
    // more at start-up) and hands the bytes back as a Blob, for the stored copy.
    ({ body, result } = await parseFeedStreamInWorker(response.body));
    if (await looksLikeWebPage(body)) throw webPageError();
  } else {
    // A Blob, not text: turning 40 MB into a string held the main thread for seconds. The
    // worker reads it; IndexedDB stores it without a copy here.
    body = await response.blob();
    if (await looksLikeWebPage(body)) throw webPageError();
    result = await parseFeedInWorker(body);
  }
  if (!result.ok) throw new FeedLoadError(result.error.message, false);
  const loaded: LoadedFeed = { ...result, url: feed.url, loadedAt: Date.now() };
  try {
    await saveFeedSnapshot(db(), { feedId: feed.id, url: feed.url, body });
  } catch {
    // The live copy is shown all the same; only the offline fallback is not refreshed.
  }
  return loaded;
}

export function feedQueryOptions(feed: FeedSpec) {
  const everyMs = feed.refreshMinutes * 60_000;
  return queryOptions({
    queryKey: feedKeys.feed(feed.id, feed.url),
    queryFn: ({ signal }) => fetchFeed(feed, signal),
    staleTime: everyMs,
    refetchInterval: everyMs,
    // Try even when the browser says it is offline: the failure is what brings up the stored copy.
    networkMode: 'always',
    retry: (failures, error) => failures < FEED_RETRIES && (!(error instanceof FeedLoadError) || error.transient),
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
  });
}

/** The stored last good copy of a feed, parsed; null when there is none (or it was for another URL). */
export function feedSnapshotQueryOptions(feed: Pick<FeedSpec, 'id' | 'url'>) {
  return queryOptions({
    queryKey: feedKeys.snapshot(feed.id, feed.url),
    queryFn: async (): Promise<LoadedFeed | null> => {
      const snapshot = await getFeedSnapshot(db(), feed.id);
      if (!snapshot || snapshot.url !== feed.url) return null;
      const result = await parseFeedInWorker(snapshot.body);
      return result.ok ? { ...result, url: feed.url, loadedAt: Date.parse(snapshot.fetchedAt) } : null;
    },
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}
