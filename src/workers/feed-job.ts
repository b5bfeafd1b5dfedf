// One feed job, the same in the feed worker and in the inline fallback used where no Worker
// exists (unit tests): read the body, parse it, key the source links, post the messages.

import { sourceKeysOf } from '../domain/merge/merge-sightings.ts';
import { parseFeed } from '../domain/sighting/parse-feed.ts';
import { feedResponses, type FeedRequest, type FeedResponse } from './feed-protocol.ts';

export async function runFeedJob(request: FeedRequest, post: (message: FeedResponse) => void): Promise<void> {
  const { jobId, body } = request;
  try {
    const text = typeof body === 'string' ? body : await body.text();
    const result = parseFeed(text);
    const keys = result.ok ? sourceKeysOf(result.sightings) : [];
    for (const message of feedResponses(jobId, result, keys)) post(message);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', jobId, message: `railwatch could not read it (${detail}).` });
  }
}
