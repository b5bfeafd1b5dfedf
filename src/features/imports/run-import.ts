// One file from bytes to stored local feed. The worker parses, validates, checks it against
// what the workspace already holds and stores it in ONE transaction (importLocalFeed), so
// the records never cross to the main thread. A cancelled or failed import stores nothing.
import type { ImportErrorCode } from '../../domain/import/import-types';
import { ImportCancelledError, importFileInWorker, ImportStoreError, type ImportProgress } from '../../workers/import-client';
import type { ImportReport, ShownSightings } from '../../workers/import-protocol';

export type ImportSummary = Omit<ImportReport, 'ok'> & { fileName: string };

export type ImportOutcome =
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; fileName: string; message: string; code?: ImportErrorCode }
  | { kind: 'cancelled'; fileName: string };

export type RunProgress = ImportProgress;

export async function runImport(
  file: File,
  shown: ShownSightings,
  options: { signal: AbortSignal; onProgress: (progress: RunProgress) => void },
): Promise<ImportOutcome> {
  const fileName = file.name;
  try {
    const result = await importFileInWorker(file, { signal: options.signal, onProgress: options.onProgress, shown });
    if (!result.ok) return { kind: 'failed', fileName, message: result.error.message, code: result.error.code };
    return { kind: 'done', summary: { ...result, fileName } };
  } catch (error) {
    if (error instanceof ImportCancelledError) return { kind: 'cancelled', fileName };
    if (error instanceof ImportStoreError) return { kind: 'failed', fileName, message: error.message };
    return { kind: 'failed', fileName, message: error instanceof Error ? error.message : String(error) };
  }
}
