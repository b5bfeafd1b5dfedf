// The main thread's side of the import worker. A file import gets a worker of its own that
// reads, checks and stores it (see import-protocol.ts for the store/cancel handshake).

import type { ImportFailure } from '../domain/import/import-file.ts';
// Only the limit: the importers themselves (and their KML parser) stay in the worker's bundle.
import { MAX_IMPORT_BYTES } from '../domain/import/import-limits.ts';
import type { ImportPhase, ImportReport, ImportRequest, ImportResponse, ShownSightings } from './import-protocol.ts';

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('The import was cancelled; nothing was stored.');
  }
}

/** Writing the checked file to the workspace failed; nothing of it was stored. */
export class ImportStoreError extends Error {
  override readonly name = 'ImportStoreError';
}

export interface ImportProgress {
  phase: ImportPhase;
  percent: number;
  /** Rows done of `total` in this phase, where the phase counts them (storing). */
  done?: number;
  total?: number;
}

function createImportWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-import' });
}

let nextJobId = 1;

/**
 * Reads, converts, validates and stores a file in a fresh worker; resolves with what the
 * summary reports. Rejects with ImportCancelledError when `signal` aborts before the file
 * was stored (then nothing was), and with ImportStoreError when writing failed.
 */
export function importFileInWorker(
  file: File,
  options: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; maxBytes?: number; shown?: ShownSightings } = {},
): Promise<ImportReport | ImportFailure> {
  const { onProgress, signal, maxBytes = MAX_IMPORT_BYTES, shown = { ids: [], urls: [] } } = options;
  if (signal?.aborted) return Promise.reject(new ImportCancelledError());
  const jobId = nextJobId++;
  const worker = createImportWorker();
  return new Promise<ImportReport | ImportFailure>((resolve, reject) => {
    /** Set once 'store' is sent: from then on only the worker can tell whether it committed. */
    let storing = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (storing) {
        worker.postMessage({ type: 'cancel', jobId } satisfies ImportRequest);
        return;
      }
      finish();
      reject(new ImportCancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      switch (message.type) {
        case 'progress':
          onProgress?.({ phase: message.phase, percent: message.percent, ...(message.total === undefined ? {} : { done: message.done ?? 0, total: message.total }) });
          break;
        case 'ready':
          storing = true;
          worker.postMessage({ type: 'store', jobId } satisfies ImportRequest);
          break;
        case 'import-result':
          finish();
          resolve(message.result);
          break;
        case 'cancelled':
          finish();
          reject(new ImportCancelledError());
          break;
        case 'store-failed':
          finish();
          reject(new ImportStoreError(message.message));
          break;
        case 'failed':
          finish();
          reject(new Error(`The file could not be imported: ${message.message}`));
          break;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(`The import worker stopped: ${event.message || 'unknown error'}.`));
    };
    const request: ImportRequest = { type: 'import-file', jobId, file, maxBytes, shown };
    worker.postMessage(request);
  });
}
