// One imported file from bytes to stored local feed, as the import worker runs it (and unit
// tests, with a File and an in-memory database). A GeoJSON file is decoded and checked as it
// is read, so progress moves all along instead of stopping for seconds at "decoding"; every
// phase after it (preparing, checking, storing) reports as it goes too.

import { detectFormat } from '../domain/import/detect-format.ts';
import { formatByteSize, type ImportFailure } from '../domain/import/import-file.ts';
import { importFileStream, type TextImportOptions } from '../domain/import/import-stream.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import type { RailwatchDb } from '../db/database.ts';
import { prepareImport, type PreparedImport } from './import-prepare.ts';
import { PHASE_PERCENT, READ_SHARE, type ImportPhase, type ImportReport, type ImportResponse, type ShownSightings } from './import-protocol.ts';

export interface ImportJobHooks {
  /** Posts progress (and 'ready', through `waitForGoAhead`) to the app. */
  post: (message: ImportResponse) => void;
  /** Says 'ready' and resolves once the app sent 'store' (or 'cancel'). */
  waitForGoAhead: () => Promise<void>;
  isCancelled: () => boolean;
  /** The workspace (opened while the file is read; nothing is written before 'store'). */
  database: () => Promise<RailwatchDb>;
  /** For tests: a lower feature limit. */
  limits?: TextImportOptions;
}

export type ImportJobOutcome = ImportReport | ImportFailure | { cancelled: true } | { storeFailed: string };

/** The file's bytes from the start, as they are read; stopping early cancels the read. */
async function* bytesOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

type Progress = (phase: ImportPhase, percent: number, count?: { done: number; total: number }) => void;

/**
 * Posts progress only when it moves forward, so a second pass (not UTF-8) does not go back.
 * A row count moves it forward too: storing 474,000 rows, one percent is 4,700 of them and
 * took up to 650 ms, longer than an analyst should watch a still dialog.
 */
function progressPoster(jobId: number, post: (message: ImportResponse) => void): Progress {
  let last = { phase: 'reading' as ImportPhase, percent: -1, done: -1 };
  return (phase, percent, count) => {
    const done = count?.done ?? -1;
    if (percent < last.percent || (percent === last.percent && phase === last.phase && done <= last.done)) return;
    last = { phase, percent, done };
    post({ type: 'progress', jobId, phase, percent, ...(count ? { done: count.done, total: count.total } : {}) });
  };
}

/** Share `share` (0–1) of the way from one mark of the progress bar to the next. */
const between = (from: number, to: number, share: number) => from + Math.floor(Math.min(1, share) * (to - from));

/**
 * The file read, decoded, checked and turned into records to store. A GeoJSON file is decoded
 * and checked as it is read (0 → preparing); any other format is decoded as it is read
 * (0 → READ_SHARE), then converted and checked whole. Its own function so the parsed file (every
 * sighting and raw feature) is not kept alive through storing once the records are made: with
 * 474,000 sightings that is hundreds of MB more for the worker's collector to go through.
 */
async function readAndPrepare(file: File, progress: Progress, limits: TextImportOptions = {}): Promise<PreparedImport | ImportFailure> {
  const size = Math.max(file.size, 1);
  const result = await importFileStream(file.name, () => bytesOf(file), { parseXml: xmldomParseXml }, {
    ...limits,
    onBytes: (read, streaming) => {
      if (streaming) progress('validating', between(0, PHASE_PERCENT.preparing, read / size));
      else if (read >= file.size) progress('validating', PHASE_PERCENT.validating);
      else progress('reading', between(0, READ_SHARE, read / size));
    },
  });
  if (!result.ok) return result;
  progress('validating', PHASE_PERCENT.preparing);
  return prepareImport(result, (share) => progress('validating', between(PHASE_PERCENT.preparing, PHASE_PERCENT.checking, share)));
}

export async function runImportJob(jobId: number, file: File, maxBytes: number, shown: ShownSightings, hooks: ImportJobHooks): Promise<ImportJobOutcome> {
  if (file.size > maxBytes) {
    const message = `The file is ${formatByteSize(file.size)}; railwatch imports at most ${formatByteSize(maxBytes)} at once. Split it into smaller files and import them one by one.`;
    return { ok: false, format: detectFormat(file.name, ''), error: { code: 'too-large', message } };
  }
  const progress = progressPoster(jobId, hooks.post);
  // The workspace and the storing code load while the file is read: loaded after it, on a busy
  // machine, they held the progress still for over a second between checking and storing.
  const storingCode = import('./import-commit.ts');
  const workspace = hooks.database();
  // Both are awaited below, once the file proved importable; a failure to open the workspace
  // is then reported as before, as a storage failure.
  storingCode.catch(() => undefined);
  workspace.catch(() => undefined);
  const prepared = await readAndPrepare(file, progress, hooks.limits);
  if (!prepared.ok) return prepared;
  progress('checking', PHASE_PERCENT.checking);

  const { checkImport, commitImport, storageFailureMessage } = await storingCode;
  let database: RailwatchDb;
  let checked: Awaited<ReturnType<typeof checkImport>>;
  try {
    database = await workspace;
    checked = await checkImport(database, prepared, shown, (share) => progress('checking', between(PHASE_PERCENT.checking, PHASE_PERCENT.storing, share)));
  } catch (error) {
    return { storeFailed: storageFailureMessage(error) };
  }
  const { plan, report } = checked;
  if (plan.toStore.length === 0) return report;

  await hooks.waitForGoAhead();
  progress('storing', PHASE_PERCENT.storing);
  const outcome = await commitImport(database, file.name, plan, {
    isCancelled: hooks.isCancelled,
    onStored: (stored, total) => progress('storing', Math.min(99, between(PHASE_PERCENT.storing, 100, stored / total)), { done: stored, total }),
  });
  if (outcome.kind === 'cancelled') return { cancelled: true };
  if (outcome.kind === 'failed') return { storeFailed: outcome.message };
  return { ...report, feedId: outcome.feedId };
}
