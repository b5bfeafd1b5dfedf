// One file from bytes to stored local feed: parsed and validated in the worker, checked
// against what the workspace already holds, then stored in ONE transaction (importLocalFeed).
// A cancelled or failed import stores nothing.
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { findExistingLocalSightingIds, importLocalFeed, LocalSightingInputError } from '../../db/local-sighting-repository';
import { getAnalystName } from '../../db/settings-repository';
import type { ImportedSkip, ImportedWarning } from '../../domain/import/import-file';
import type { FileNotice, ImportErrorCode, ImportFormat } from '../../domain/import/import-types';
import { ImportCancelledError, importFileInWorker, type ImportProgress } from '../../workers/import-client';
import { planImport, type ImportPlan, type KnownSightings } from './plan-import';

export interface ImportSummary {
  fileName: string;
  format: ImportFormat;
  /** The stored local feed, or undefined when nothing new was stored. */
  feedId?: string;
  imported: number;
  skipped: ImportedSkip[];
  duplicates: ImportPlan['duplicates'];
  /** Warnings about sightings that were stored (e.g. swapped coordinates, with their fix). */
  warnings: ImportedWarning[];
  notices: FileNotice[];
}

export type ImportOutcome =
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; fileName: string; message: string; code?: ImportErrorCode }
  | { kind: 'cancelled'; fileName: string };

export type RunProgress = ImportProgress | { phase: 'storing'; percent: number };

export async function runImport(
  file: File,
  known: Omit<KnownSightings, 'localIds'>,
  options: { signal: AbortSignal; onProgress: (progress: RunProgress) => void },
): Promise<ImportOutcome> {
  const fileName = file.name;
  try {
    const result = await importFileInWorker(file, { signal: options.signal, onProgress: options.onProgress });
    if (!result.ok) return { kind: 'failed', fileName, message: result.error.message, code: result.error.code };
    const localIds = new Set(await findExistingLocalSightingIds(db(), result.features.map((f) => f.id)));
    const plan = planImport(result, { ...known, localIds });
    if (options.signal.aborted) return { kind: 'cancelled', fileName };
    const storedIds = new Set(plan.toStore.map((f) => f.id));
    const summary: ImportSummary = {
      fileName,
      format: result.format,
      imported: plan.toStore.length,
      skipped: result.skipped,
      duplicates: plan.duplicates,
      warnings: result.warnings.filter((warning) => storedIds.has(warning.id)),
      notices: result.notices,
    };
    if (plan.toStore.length === 0) return { kind: 'done', summary };
    options.onProgress({ phase: 'storing', percent: 90 });
    const by = await getAnalystName(db());
    const feed = await importLocalFeed(db(), { feed: { name: fileName, sourceFileName: fileName }, features: plan.toStore.map((f) => f.feature) }, by);
    return { kind: 'done', summary: { ...summary, feedId: feed.id } };
  } catch (error) {
    if (error instanceof ImportCancelledError) return { kind: 'cancelled', fileName };
    if (error instanceof LocalSightingInputError) return { kind: 'failed', fileName, message: `${error.message} Nothing was stored.` };
    if (error instanceof Error && !('inner' in error) && error.name === 'Error') return { kind: 'failed', fileName, message: error.message };
    return { kind: 'failed', fileName, message: `Nothing was stored. ${classifyStorageError(error).message}` };
  }
}
