// Reading, validating and storing of imported files off the main thread (import-job.ts), so
// the map keeps panning while a 100 MB file is read and stored. See import-protocol.ts for the
// messages and the store/cancel handshake. Fetched feeds have a worker of their own.

import { runImportJob } from './import-job.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
};

/** The one file job this worker runs (the app starts a worker per file). */
const job = { cancelled: false, goAhead: null as (() => void) | null };

async function handle(request: ImportRequest): Promise<ImportResponse | null> {
  switch (request.type) {
    case 'store':
      job.goAhead?.();
      return null;
    case 'cancel':
      // Before the go-ahead the app terminates the worker instead; this is the storing case.
      job.cancelled = true;
      job.goAhead?.();
      return null;
    case 'import-file': {
      const { jobId } = request;
      const outcome = await runImportJob(jobId, request.file, request.maxBytes, request.shown, {
        post: (message) => scope.postMessage(message),
        waitForGoAhead: () =>
          new Promise<void>((resolve) => {
            job.goAhead = resolve;
            scope.postMessage({ type: 'ready', jobId });
          }),
        isCancelled: () => job.cancelled,
        // Loaded and opened while the file is read (see import-job.ts).
        database: async () => {
          const database = (await import('../db/database.ts')).db();
          await database.open();
          return database;
        },
      });
      if ('cancelled' in outcome) return { type: 'cancelled', jobId };
      if ('storeFailed' in outcome) return { type: 'store-failed', jobId, message: outcome.storeFailed };
      return { type: 'import-result', jobId, result: outcome };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => {
      if (response) scope.postMessage(response);
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', jobId: request.jobId, message: `railwatch could not read it (${detail}).` });
    },
  );
};
