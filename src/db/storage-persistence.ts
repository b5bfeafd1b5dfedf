// By default browsers may evict a site's IndexedDB under storage pressure ("best effort").
// Asking for persistent storage is what makes "nothing an analyst typed is ever lost" hold
// beyond our own code. Chromium grants it silently for engaged or installed sites, Firefox
// asks the user, Safari may refuse; the UI can tell the analyst which case they are in.

export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

function defaultStorage(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

/** Requests persistent storage unless already granted. Never throws. */
export async function requestPersistentStorage(storage: StorageManagerLike | undefined = defaultStorage()): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
}

/** How full the origin's storage is, for the quota warning; undefined when the browser won't say. */
export async function estimateStorageUsage(storage: StorageManagerLike | undefined = defaultStorage()): Promise<StorageUsage | undefined> {
  if (!storage || typeof storage.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usageBytes: usage, quotaBytes: quota };
  } catch {
    return undefined;
  }
}
