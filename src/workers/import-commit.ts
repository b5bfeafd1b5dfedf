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

/** Ids looked up (or stored keys scanned) between two progress reports while checking. */
export const CHECK_CHUNK_SIZE = 20_000;

/**
 * Which of `ids` the workspace already stores, in chunks so a file of 460,000 rows checked
 * against a workspace as large reports progress instead of going quiet for seconds.
 */
async function storedAmong(db: RailwatchDb, ids: readonly string[], onProgress?: (share: number) => void, chunkSize = CHECK_CHUNK_SIZE): Promise<Set<string>> {
  const found = new Set<string>();
  const storedCount = ids.length === 0 ? 0 : await db.localSightings.count();
  if (storedCount === 0) return found;
  if (storedCount <= ids.length) {
    // As findExistingLocalSightingIds: fewer stored rows than ids, so scan the stored keys
    // (key only, in order), one page at a time.
    const wanted = new Set(ids);
    let after: string | undefined;
    let scanned = 0;
    for (;;) {
      const page = (await (after === undefined ? db.localSightings.orderBy(':id') : db.localSightings.where(':id').above(after)).limit(chunkSize).primaryKeys()) as string[];
      for (const key of page) if (wanted.has(key)) found.add(key);
      scanned += page.length;
      onProgress?.(Math.min(1, scanned / storedCount));
      if (page.length < chunkSize) return found;
      after = page[page.length - 1];
    }
  }
  for (let start = 0; start < ids.length; start += chunkSize) {
    for (const id of await findExistingLocalSightingIds(db, ids.slice(start, start + chunkSize))) found.add(id);
    onProgress?.(Math.min(1, (start + chunkSize) / ids.length));
  }
  return found;
}

/** Which of the file's sightings are new, already stored, or already on the map; `onProgress` gets the share checked (0–1). */
export async function checkImport(db: RailwatchDb, prepared: PreparedImport, shown: ShownSightings, onProgress?: (share: number) => void, chunkSize = CHECK_CHUNK_SIZE): Promise<CheckedImport> {
  const localIds = await storedAmong(db, prepared.features.map((f) => f.id), onProgress, chunkSize);
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
