// What crosses between the app and the import worker. One module worker serves two jobs:
// files the analyst imports (one worker per file, so Cancel can simply terminate it) and
// feed bodies fetched on the main thread (one long-lived worker, jobs matched by id).

import type { FeedParseResult } from '../domain/sighting/parse-feed.ts';
import type { ImportFailure } from '../domain/import/import-file.ts';
import type { PreparedImport } from './import-prepare.ts';

export type ImportPhase = 'reading' | 'decoding' | 'validating';

export type ImportRequest =
  | { type: 'import-file'; jobId: number; file: File; maxBytes: number }
  | { type: 'parse-feed'; jobId: number; text: string };

export type ImportResponse =
  /** `percent` is 0–100 over the whole job; reading the bytes is the only phase measured finely. */
  | { type: 'progress'; jobId: number; phase: ImportPhase; percent: number }
  | { type: 'import-result'; jobId: number; result: PreparedImport | ImportFailure }
  | { type: 'feed-result'; jobId: number; result: FeedParseResult }
  /** Something the worker did not expect (a bug, out of memory); the message is for the analyst. */
  | { type: 'failed'; jobId: number; message: string };

/** Share of the progress bar given to reading the file; decoding and validating follow. */
export const READ_SHARE = 50;
export const PHASE_PERCENT: Record<Exclude<ImportPhase, 'reading'>, number> = { decoding: 55, validating: 65 };
