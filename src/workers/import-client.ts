// The main thread's side of the import worker. A file import gets a worker of its own, so
// cancelling it is terminating that worker: nothing half-parsed survives, and nothing is
// stored because storing happens only after a result arrives. Feed bodies share one
// long-lived worker. Where no Worker exists (unit tests) feeds are parsed inline.

import type { ImportFailure } from '../domain/import/import-file.ts';
// Only the limit: the importers themselves (and their KML parser) stay in the worker's bundle.
import { MAX_IMPORT_BYTES } from '../domain/import/import-limits.ts';
import { parseFeed, type FeedParseResult } from '../domain/sighting/parse-feed.ts';
import type { PreparedImport } from './import-prepare.ts';
import type { ImportPhase, ImportRequest, ImportResponse } from './import-protocol.ts';

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('The import was cancelled; nothing was stored.');
  }
}

export interface ImportProgress {
  phase: ImportPhase;
  percent: number;
}

function createImportWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-import' });
}

let nextJobId = 1;

/** Reads, converts and validates a file in a fresh worker. Rejects with ImportCancelledError when `signal` aborts. */
export function importFileInWorker(
  file: File,
  options: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; maxBytes?: number } = {},
): Promise<PreparedImport | ImportFailure> {
  const { onProgress, signal, maxBytes = MAX_IMPORT_BYTES } = options;
  if (signal?.aborted) return Promise.reject(new ImportCancelledError());
  const jobId = nextJobId++;
  const worker = createImportWorker();
  return new Promise<PreparedImport | ImportFailure>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ImportCancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'progress') onProgress?.({ phase: message.phase, percent: message.percent });
      else if (message.type === 'import-result') {
        finish();
        resolve(message.result);
      } else if (message.type === 'failed') {
        finish();
        reject(new Error(`The file could not be imported: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(`The import worker stopped: ${event.message || 'unknown error'}.`));
    };
    const request: ImportRequest = { type: 'import-file', jobId, file, maxBytes };
    worker.postMessage(request);
  });
}

type Pending = { resolve: (result: FeedParseResult) => void; reject: (error: Error) => void };
let feedWorker: Worker | null = null;
const pendingFeeds = new Map<number, Pending>();

function failAllFeeds(message: string): void {
  feedWorker?.terminate();
  feedWorker = null;
  for (const pending of pendingFeeds.values()) pending.reject(new Error(message));
  pendingFeeds.clear();
}

function getFeedWorker(): Worker {
  if (feedWorker) return feedWorker;
  const worker = createImportWorker();
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    const pending = pendingFeeds.get(message.jobId);
    if (!pending) return;
    if (message.type === 'feed-result') {
      pendingFeeds.delete(message.jobId);
      pending.resolve(message.result);
    } else if (message.type === 'failed') {
      pendingFeeds.delete(message.jobId);
      pending.reject(new Error(`The feed could not be parsed: ${message.message}`));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAllFeeds(`The feed worker stopped: ${event.message || 'unknown error'}.`);
  };
  feedWorker = worker;
  return worker;
}

/** parseFeed off the main thread. */
export function parseFeedInWorker(text: string): Promise<FeedParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseFeed(text));
  const jobId = nextJobId++;
  return new Promise<FeedParseResult>((resolve, reject) => {
    pendingFeeds.set(jobId, { resolve, reject });
    const request: ImportRequest = { type: 'parse-feed', jobId, text };
    getFeedWorker().postMessage(request);
  });
}
