import type { PersistenceState, StorageUsage } from '../../db/storage-persistence';

export type StorageStatusInput = {
  /** Whether anything has been saved yet: persistence is asked for only after the first save. */
  hasSavedWork: boolean;
  /** Undefined while the browser has not answered yet. */
  persistence: PersistenceState | undefined;
  usage: StorageUsage | undefined;
  evictionLikely: boolean;
};

export type StorageStatus = { text: string; remindToExport: boolean };

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 1234567 → "1.2 MB" (decimal units, as browsers' storage settings show them). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/**
 * Safari deletes script-written storage of sites not visited for seven days unless the app
 * was added to the Home Screen, whatever persist() answered.
 */
export function isEvictionLikely(env: { vendor: string; standalone: boolean }, persistence: PersistenceState | undefined): boolean {
  if (env.vendor.startsWith('Apple') && !env.standalone) return true;
  return persistence === 'not-persisted' || persistence === 'unsupported';
}

/** The status line's text: durability first, then how much space the workspace takes. */
export function describeStorage(input: StorageStatusInput): StorageStatus {
  const used = input.usage ? ` · ${formatBytes(input.usage.usageBytes)} used` : '';
  const share = input.usage && input.usage.quotaBytes > 0 ? input.usage.usageBytes / input.usage.quotaBytes : 0;
  const nearlyFull = share >= 0.8 ? ` (${Math.round(share * 100)}% of the space the browser allows)` : '';
  if (!input.hasSavedWork) return { text: `Storage: nothing saved yet${used}`, remindToExport: false };
  if (input.evictionLikely) {
    return { text: `Storage: may be cleared by the browser — export a brief regularly${used}${nearlyFull}`, remindToExport: true };
  }
  if (input.persistence === undefined) return { text: `Storage: checking…${used}`, remindToExport: false };
  return { text: `Storage: persistent${used}${nearlyFull}`, remindToExport: false };
}
