// The import worker's side of the workspace: a prepared file is checked against what is
// already stored and shown, then stored as one local feed in ONE transaction written in
// chunks (progress per chunk, Cancel between chunks aborts it). Done in the worker because a
// 50 MB file holds hundreds of thousands of records: cloning them to the main thread and
// writing them from there took main-thread tasks of seconds.
import { classifyStorageError } from '../db/classify-storage-error.ts';
import type { RailwatchDb } from '../db/database.ts';
import {
  findExistingLocalSightingIds,
  importLocalFeed,
  LocalImportCancelledError,
  LocalSightingInputError,
  type ImportLocalFeedOptions,
} from '../db/local-sighting-repository.ts';
import { getAnalystName } from '../db/settings-repository.ts';
import { normaliseSourceUrl } from '../domain/sighting/source-url.ts';
import { planImport, type ImportPlan } from './import-plan.ts';
import type { PreparedImport } from './import-prepare.ts';
import type { ImportReport, ShownSightings } from './import-protocol.ts';

export interface CheckedImport {
  plan: ImportPlan;
  /** The summary as it will read once stored (without the feed id). */
  report: ImportReport;
}

/** Which of the file's sightings are new, already stored, or already on the map. */
export async function checkImport(db: RailwatchDb, prepared: PreparedImport, shown: ShownSightings): Promise<CheckedImport> {
  const localIds = new Set(await findExistingLocalSightingIds(db, prepared.features.map((f) => f.id)));
  const shownUrlKeys = new Set<string>();
  for (const url of shown.urls) {
    const key = normaliseSourceUrl(url);
    if (key !== undefined) shownUrlKeys.add(key);
  }
  const plan = planImport(prepared, { localIds, shownIds: new Set(shown.ids), shownUrlKeys });
  const storedIds = new Set(plan.toStore.map((f) => f.id));
  const report: ImportReport = {
    ok: true,
    format: prepared.format,
    imported: plan.toStore.length,
    skipped: prepared.skipped,
    duplicates: plan.duplicates,
    warnings: prepared.warnings.filter((warning) => storedIds.has(warning.id)),
    notices: prepared.notices,
  };
  return { plan, report };
}

/** One sentence for the analyst when the workspace could not be read or written. */
export function storageFailureMessage(error: unknown): string {
  return `Nothing was stored. ${classifyStorageError(error).message}`;
}

export type CommitOutcome = { kind: 'stored'; feedId: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** Stores the planned sightings as the local feed `fileName`; all or nothing. */
export async function commitImport(
  db: RailwatchDb,
  fileName: string,
  plan: ImportPlan,
  hooks: ImportLocalFeedOptions = {},
): Promise<CommitOutcome> {
  try {
    if (hooks.isCancelled?.()) return { kind: 'cancelled' };
    const by = await getAnalystName(db);
    const features = plan.toStore.map((f) => f.feature);
    const feed = await importLocalFeed(db, { feed: { name: fileName, sourceFileName: fileName }, features }, by, undefined, hooks);
    return { kind: 'stored', feedId: feed.id };
  } catch (error) {
    if (error instanceof LocalImportCancelledError) return { kind: 'cancelled' };
    if (error instanceof LocalSightingInputError) return { kind: 'failed', message: `${error.message} Nothing was stored.` };
    return { kind: 'failed', message: storageFailureMessage(error) };
  }
}
