// What crosses between the app and the import worker (one worker per imported file; fetched
// feeds have their own worker, see feed-protocol.ts).
//
// A file import is read, checked AND stored in its worker, so its records never cross to the
// main thread. The handshake keeps Cancel exact: the worker stops at 'ready' and writes only
// after 'store'. Until the app has sent 'store' it cancels by terminating the worker (nothing
// can have been written); after that it sends 'cancel' and the worker, the only side that
// knows whether its transaction already committed, answers 'cancelled' or with the result.

import type { ImportedSkip, ImportedWarning, ImportFailure } from '../domain/import/import-file.ts';
import type { FileNotice, ImportFormat } from '../domain/import/import-types.ts';
import type { ImportPlan } from './import-plan.ts';

export type ImportPhase = 'reading' | 'decoding' | 'validating' | 'checking' | 'storing';

/** What the map shows now, to count the file's sightings that are already there. */
export interface ShownSightings {
  ids: string[];
  /** Source links as the feeds gave them; the worker compares them normalised. */
  urls: string[];
}

/** What the summary reports about an import that was checked (and stored, when `feedId` is set). */
export interface ImportReport {
  ok: true;
  format: ImportFormat;
  /** The stored local feed, or undefined when nothing new was stored. */
  feedId?: string;
  imported: number;
  skipped: ImportedSkip[];
  duplicates: ImportPlan['duplicates'];
  /** Warnings about sightings that are stored (e.g. swapped coordinates, with their fix). */
  warnings: ImportedWarning[];
  notices: FileNotice[];
}

export type ImportRequest =
  | { type: 'import-file'; jobId: number; file: File; maxBytes: number; shown: ShownSightings }
  /** The go-ahead after 'ready': write the checked file to the workspace. */
  | { type: 'store'; jobId: number }
  /** Cancel while storing: abort the transaction unless it has already committed. */
  | { type: 'cancel'; jobId: number };

export type ImportResponse =
  /** `percent` is 0–100 over the whole job; `done` of `total` counts the phase's rows where it has them. */
  | { type: 'progress'; jobId: number; phase: ImportPhase; percent: number; done?: number; total?: number }
  /** Checked, nothing written yet; waits for 'store'. */
  | { type: 'ready'; jobId: number }
  | { type: 'import-result'; jobId: number; result: ImportReport | ImportFailure }
  | { type: 'cancelled'; jobId: number }
  /** Writing to the workspace failed; nothing of the file was stored. The message is for the analyst. */
  | { type: 'store-failed'; jobId: number; message: string }
  /** Something the worker did not expect (a bug, out of memory); the message is for the analyst. */
  | { type: 'failed'; jobId: number; message: string };

/**
 * Share of the progress bar given to reading a file that is converted whole afterwards (CSV,
 * KML, posts); the later phases start at these marks. A GeoJSON file is read, decoded and
 * checked together, from 0 to `preparing`. Storing gets most of the bar because it takes most
 * of the time: a 50 MB GeoJSON file is read and checked in 3–5 s and stored in 10–30 s, so
 * every percent stands for about as long as any other.
 */
export const READ_SHARE = 8;
/** Where each phase starts; `preparing` is the step of validating that reports as it goes. */
export const PHASE_PERCENT: Record<Exclude<ImportPhase, 'reading'> | 'preparing', number> = { decoding: 9, validating: 10, preparing: 20, checking: 23, storing: 25 };
