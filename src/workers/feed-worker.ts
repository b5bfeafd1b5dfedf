// Parses fetched and stored feed bodies off the main thread. See feed-protocol.ts for the
// messages: a Blob body arrives without a copy and is read here, never on the main thread.

import { runFeedJob } from './feed-job.ts';
import type { FeedRequest, FeedResponse } from './feed-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FeedRequest>) => void) | null;
  postMessage: (message: FeedResponse) => void;
};

scope.onmessage = (event) => {
  void runFeedJob(event.data, (message) => scope.postMessage(message));
};
