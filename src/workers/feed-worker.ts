// Parses fetched and stored feed bodies off the main thread. See feed-protocol.ts for the
// messages: a Blob body arrives without a copy and is read here, never on the main thread.
// The main thread may first hand over channels to helper workers, which then read some of
// the features (feed-job.ts, FeedHelpers).

import { FeedHelpers, runFeedJob } from './feed-job.ts';
import type { FeedHelpersMessage, FeedRequest, FeedResponse } from './feed-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FeedRequest | FeedHelpersMessage>) => void) | null;
  postMessage: (message: FeedResponse) => void;
};

let helpers: FeedHelpers | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'helpers') helpers = new FeedHelpers(message.ports);
  else void runFeedJob(message, (response) => scope.postMessage(response), helpers);
};
