// Reads batches of features' texts for the feed worker (feed-job.ts, FeedHelpers), which
// cuts a feed's body into them; each batch read is posted straight to the main thread.

import { readBatchMessage } from './feed-job.ts';
import type { BatchRead, FeedResponse, HelperConnect, ReadBatch } from './feed-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HelperConnect>) => void) | null;
  postMessage: (message: FeedResponse) => void;
};

scope.onmessage = (event) => {
  const { port } = event.data;
  port.onmessage = (batchEvent: MessageEvent<ReadBatch>) => {
    const { jobId, seq, firstIndex, texts } = batchEvent.data;
    let failed = true;
    try {
      const message = readBatchMessage(jobId, seq, firstIndex, texts);
      failed = message.batch.failure !== undefined;
      scope.postMessage(message);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', jobId, message: `railwatch could not read it (${detail}).` });
    }
    const done: BatchRead = { type: 'batch-read', jobId, failed };
    port.postMessage(done);
  };
};
