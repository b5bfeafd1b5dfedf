import { classifyStorageError } from '../../db/classify-storage-error';
import { db, type RailwatchDb } from '../../db/database';
import { deleteLocalSighting } from '../../db/local-sighting-repository';
import { findUndoTarget, UNDO_SCOPE, undoLast } from '../../db/history-repository';
import { getAnalystName } from '../../db/settings-repository';
import { notify } from '../../stores/notice-store';
import { useSelectionStore } from '../../stores/selection-store';

export const UNDO_TOO_LATE =
  'This deletion can no longer be undone from here: other changes were saved after it. The sighting is still in the change history.';

/**
 * Undo reverts the newest change in the whole workspace; it must be this deletion, or the
 * button would silently revert a later edit (possibly another tab's). Checked and undone in
 * one transaction so no write can slip in between. Resolves whether the sighting came back.
 */
export async function undoDeletion(id: string, database: RailwatchDb = db()): Promise<boolean> {
  try {
    const by = await getAnalystName(database);
    const undone = await database.transaction('rw', [...UNDO_SCOPE], async () => {
      const target = await findUndoTarget(database);
      if (target?.entity !== 'localSighting' || target.entityId !== id || target.action !== 'delete') return false;
      await undoLast(database, by);
      return true;
    });
    if (!undone) {
      notify({ kind: 'warning', message: UNDO_TOO_LATE });
      return false;
    }
    useSelectionStore.getState().select(id);
    notify({ kind: 'info', message: 'Sighting restored.' });
    return true;
  } catch (error) {
    notify({ kind: 'error', message: classifyStorageError(error).message });
    return false;
  }
}

/** Deletes one of the analyst's sightings and offers Undo in the message area. */
export async function deleteOwnSighting(id: string, database: RailwatchDb = db()): Promise<boolean> {
  try {
    const deleted = await deleteLocalSighting(database, id, await getAnalystName(database));
    if (!deleted) return false;
    if (useSelectionStore.getState().selectedId === id) useSelectionStore.getState().select(null);
    notify({ kind: 'info', message: 'Sighting deleted.', action: { label: 'Undo', run: () => void undoDeletion(id, database) } });
    return true;
  } catch (error) {
    notify({ kind: 'error', message: classifyStorageError(error).message });
    return false;
  }
}
