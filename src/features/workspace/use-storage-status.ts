import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { estimateStorageUsage, requestPersistentStorage, type PersistenceState, type StorageUsage } from '../../db/storage-persistence';
import { describeStorage, isEvictionLikely, type StorageStatus } from './storage-status';

// Asked once per page: Firefox shows a permission prompt, and asking before the analyst has
// saved anything would be asking for nothing (and browsers grant engaged sites more readily).
let persistenceRequest: Promise<PersistenceState> | undefined;

function browserEnv(): { vendor: string; standalone: boolean } {
  const standalone =
    window.matchMedia?.('(display-mode: standalone)').matches === true || (navigator as { standalone?: boolean }).standalone === true;
  return { vendor: navigator.vendor ?? '', standalone };
}

/** Every saved change (annotation, own sighting, import, undo) appends one history entry. */
function useSavedChangeCount(): number | undefined {
  return useLiveQuery(async () => {
    try {
      return await db().history.count();
    } catch {
      // The database banner explains open failures; the status line just stays neutral.
      return 0;
    }
  }, []);
}

export function useStorageStatus(): StorageStatus {
  const changes = useSavedChangeCount();
  const [persistence, setPersistence] = useState<PersistenceState | undefined>(undefined);
  const [usage, setUsage] = useState<StorageUsage | undefined>(undefined);
  const hasSavedWork = (changes ?? 0) > 0;

  useEffect(() => {
    if (!hasSavedWork) return;
    let live = true;
    persistenceRequest ??= requestPersistentStorage();
    void persistenceRequest.then((state) => live && setPersistence(state));
    return () => {
      live = false;
    };
  }, [hasSavedWork]);

  useEffect(() => {
    if (changes === undefined) return;
    let live = true;
    void estimateStorageUsage().then((estimate) => live && setUsage(estimate));
    return () => {
      live = false;
    };
  }, [changes]);

  return describeStorage({ hasSavedWork, persistence, usage, evictionLikely: hasSavedWork && isEvictionLikely(browserEnv(), persistence) });
}
