// The Briefs tab's writes: each one repository call under the analyst's name, with storage
// failures shown in the notice area rather than thrown into React.
import { listPinnedAnnotations } from '../../db/annotation-repository';
import {
  addSightingToBrief,
  createBrief,
  deleteBrief,
  duplicateBrief,
  removeSightingFromBrief,
  updateBrief,
  type BriefPatch,
  type NewBrief,
} from '../../db/brief-repository';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { findUndoTarget, UNDO_SCOPE, undoLast } from '../../db/history-repository';
import type { BriefRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';
import { useBriefStore } from '../../stores/brief-store';
import { notify } from '../../stores/notice-store';

function report(error: unknown): undefined {
  const message = error instanceof RangeError ? error.message : classifyStorageError(error).message;
  notify({ kind: 'error', message });
  return undefined;
}

async function run<T>(write: (by: string) => Promise<T>): Promise<T | undefined> {
  try {
    return await write(await getAnalystName(db()));
  } catch (error) {
    return report(error);
  }
}

export function createNewBrief(input: NewBrief): Promise<BriefRecord | undefined> {
  return run((by) => createBrief(db(), input, by));
}

export function saveBrief(id: string, patch: BriefPatch): Promise<BriefRecord | undefined> {
  return run((by) => updateBrief(db(), id, patch, by));
}

export function addToBrief(id: string, sightingId: string): Promise<BriefRecord | undefined> {
  return run((by) => addSightingToBrief(db(), id, sightingId, by));
}

export function removeFromBrief(id: string, sightingId: string): Promise<BriefRecord | undefined> {
  return run((by) => removeSightingFromBrief(db(), id, sightingId, by));
}

/** Adds many sightings in one change (one history entry, one undo). Resolves how many were new. */
export async function addManyToBrief(brief: BriefRecord, ids: readonly string[]): Promise<number | undefined> {
  const present = new Set(brief.sightingIds);
  const fresh = ids.filter((id) => !present.has(id));
  if (fresh.length === 0) return 0;
  const saved = await saveBrief(brief.id, { sightingIds: [...brief.sightingIds, ...fresh] });
  return saved ? fresh.length : undefined;
}

export async function pinnedSightingIds(): Promise<string[] | undefined> {
  try {
    return (await listPinnedAnnotations(db())).map((a) => a.sightingId);
  } catch (error) {
    return report(error);
  }
}

export function duplicate(id: string): Promise<BriefRecord | undefined> {
  return run((by) => duplicateBrief(db(), id, by));
}

export const UNDO_TOO_LATE = 'This deletion can no longer be undone from here: other changes were saved after it. The brief is still in the change history.';

/** Undoes the deletion only if it is still the newest change (else Undo would revert another edit). */
async function undoDeletion(id: string): Promise<void> {
  try {
    const by = await getAnalystName(db());
    const database = db();
    const undone = await database.transaction('rw', [...UNDO_SCOPE], async () => {
      const target = await findUndoTarget(database);
      if (target?.entity !== 'brief' || target.entityId !== id || target.action !== 'delete') return false;
      await undoLast(database, by);
      return true;
    });
    if (!undone) {
      notify({ kind: 'warning', message: UNDO_TOO_LATE });
      return;
    }
    useBriefStore.getState().openBrief(id);
    notify({ kind: 'info', message: 'Brief restored.' });
  } catch (error) {
    report(error);
  }
}

export async function deleteWithUndo(brief: BriefRecord): Promise<void> {
  const deleted = await run((by) => deleteBrief(db(), brief.id, by));
  if (!deleted) return;
  if (useBriefStore.getState().openBriefId === brief.id) useBriefStore.getState().openBrief(null);
  notify({ kind: 'info', message: `Brief “${brief.title}” deleted.`, action: { label: 'Undo', run: () => void undoDeletion(brief.id) } });
}
