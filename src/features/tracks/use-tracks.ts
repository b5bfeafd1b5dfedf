import { useLiveQuery } from 'dexie-react-hooks';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import type { TrackRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';
import { listTracks } from '../../db/workspace-reads';

export type TracksRead = { tracks: TrackRecord[]; loaded: boolean; error: string | null };

type Outcome = { ok: true; tracks: TrackRecord[] } | { ok: false; message: string };

const NONE: TrackRecord[] = [];

/** Every stored track, live across tabs; a storage failure is a message, not a crash. */
export function useTracks(): TracksRead {
  const outcome = useLiveQuery<Outcome>(async () => {
    try {
      return { ok: true, tracks: await listTracks(db()) };
    } catch (error) {
      return { ok: false, message: classifyStorageError(error).message };
    }
  }, []);
  if (outcome === undefined) return { tracks: NONE, loaded: false, error: null };
  return outcome.ok ? { tracks: outcome.tracks, loaded: true, error: null } : { tracks: NONE, loaded: true, error: outcome.message };
}

/**
 * Runs one track change stamped with the analyst's name; resolves to a message for the
 * analyst when it failed (nothing was written: each change is one transaction).
 */
export async function runTrackChange(change: (by: string) => Promise<unknown>): Promise<string | null> {
  try {
    await change(await getAnalystName(db()));
    return null;
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    return classifyStorageError(error).message;
  }
}
