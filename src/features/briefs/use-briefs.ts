import { useLiveQuery } from 'dexie-react-hooks';
import { listBriefs } from '../../db/brief-repository';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import type { BriefRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';

export type BriefList = { briefs: BriefRecord[]; loaded: boolean; error: string | null };

type Outcome = { ok: true; briefs: BriefRecord[] } | { ok: false; message: string };

/** Every brief, most recently changed first; live across tabs. */
export function useBriefs(): BriefList {
  const outcome = useLiveQuery<Outcome>(async () => {
    try {
      return { ok: true, briefs: await listBriefs(db()) };
    } catch (error) {
      return { ok: false, message: classifyStorageError(error).message };
    }
  }, []);
  if (!outcome) return { briefs: [], loaded: false, error: null };
  return outcome.ok ? { briefs: outcome.briefs, loaded: true, error: null } : { briefs: [], loaded: true, error: outcome.message };
}

/** The analyst's name from Settings ('' until set, or when the workspace cannot be read). */
export function useAnalystName(): string {
  return useLiveQuery(() => getAnalystName(db()).catch(() => ''), []) ?? '';
}
