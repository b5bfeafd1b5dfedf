// Turns whatever IndexedDB/Dexie threw into one of a few cases the UI can explain to the
// analyst. Matching is by name/code rather than instanceof: errors cross realms (workers,
// fake-indexeddb in tests) and Dexie wraps the browser's error in `inner`, so the real cause
// can sit one or more levels down (AbortError -> QuotaExceededError is the common one).

export type StorageErrorKind = 'quota' | 'blocked' | 'version-change' | 'closed' | 'unknown';

export interface StorageErrorInfo {
  kind: StorageErrorKind;
  /** A sentence for the analyst: what happened, whether work is safe, what to do. */
  message: string;
}

export const STORAGE_ERROR_MESSAGES: Record<Exclude<StorageErrorKind, 'unknown'>, string> = {
  quota:
    'The browser refused to save because storage for railwatch is full. Your last change was not saved. ' +
    'Free space by removing imported overlays or local feeds you no longer need, then try again.',
  blocked:
    'railwatch is open in another tab that is holding the workspace on an older version. ' +
    'Close or reload the other railwatch tabs so this one can continue; nothing saved is lost.',
  'version-change':
    'railwatch was updated in another tab. Reload this tab to keep working; everything saved so far is safe.',
  closed: 'The connection to the workspace was closed. Reload the page to continue; everything saved so far is safe.',
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  type?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error it wraps (Dexie `inner`, standard `cause`, BulkError `failures`). */
function causeChain(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const e = error as ErrorLike;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [e, ...[e.inner, e.cause, ...failures].flatMap((c) => causeChain(c, depth + 1))];
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// 22 is DOMException.QUOTA_EXCEEDED_ERR; 1014 is Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED.
const QUOTA_CODES = new Set([22, 1014]);

function isQuota(e: ErrorLike): boolean {
  return QUOTA_NAMES.has(e.name as string) || QUOTA_CODES.has(e.code as number);
}

function isVersionChange(e: ErrorLike): boolean {
  return e.name === 'VersionError' || e.name === 'VersionChangeError' || e.type === 'versionchange';
}

function isBlocked(e: ErrorLike): boolean {
  return e.name === 'BlockedError' || e.type === 'blocked';
}

function isClosed(e: ErrorLike): boolean {
  return e.name === 'DatabaseClosedError';
}

// Most specific first: a DatabaseClosedError caused by a VersionError is a version change.
const RULES: [Exclude<StorageErrorKind, 'unknown'>, (e: ErrorLike) => boolean][] = [
  ['quota', isQuota],
  ['version-change', isVersionChange],
  ['blocked', isBlocked],
  ['closed', isClosed],
];

export function classifyStorageError(error: unknown): StorageErrorInfo {
  const chain = causeChain(error);
  for (const [kind, matches] of RULES) {
    if (chain.some(matches)) return { kind, message: STORAGE_ERROR_MESSAGES[kind] };
  }
  const first = chain[0];
  const detail = typeof first?.message === 'string' && first.message !== '' ? first.message : String(error);
  return { kind: 'unknown', message: `Saving to the workspace failed: ${detail}` };
}
