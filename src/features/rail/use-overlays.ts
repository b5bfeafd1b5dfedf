import { useLiveQuery } from 'dexie-react-hooks';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { listOverlays } from '../../db/workspace-reads';
import type { OverlayRecord } from '../../db/records';

export type OverlaysState = { overlays: OverlayRecord[]; error: string | null };

const LOADING: OverlaysState = { overlays: [], error: null };

/**
 * The imported railway overlays, live across tabs. A storage failure becomes a message rather
 * than a thrown render error, so the map and the rest of the panel keep working.
 */
export function useOverlays(): OverlaysState & { loading: boolean } {
  const state = useLiveQuery(async (): Promise<OverlaysState> => {
    try {
      return { overlays: await listOverlays(db()), error: null };
    } catch (error) {
      return { overlays: [], error: classifyStorageError(error).message };
    }
  }, []);
  return state ? { ...state, loading: false } : { ...LOADING, loading: true };
}
