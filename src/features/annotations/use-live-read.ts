import { useLiveQuery } from 'dexie-react-hooks';
import { classifyStorageError } from '../../db/classify-storage-error';

export type LiveRead<T> = {
  value: T;
  /** False until the first read resolved (then `value` is real, not the fallback). */
  loaded: boolean;
  /** A sentence for the analyst when the workspace could not be read. */
  error: string | null;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * useLiveQuery that reports a storage failure as a message instead of throwing during render,
 * so a workspace that cannot open (another tab upgraded it, say) leaves the feeds usable.
 */
export function useLiveRead<T>(querier: () => Promise<T>, deps: readonly unknown[], fallback: T): LiveRead<T> {
  const outcome = useLiveQuery<Outcome<T>>(async () => {
    try {
      return { ok: true, value: await querier() };
    } catch (error) {
      return { ok: false, message: classifyStorageError(error).message };
    }
  }, [...deps]);
  if (outcome === undefined) return { value: fallback, loaded: false, error: null };
  if (!outcome.ok) return { value: fallback, loaded: true, error: outcome.message };
  return { value: outcome.value, loaded: true, error: null };
}
