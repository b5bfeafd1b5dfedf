// Parsing, validation and storing of imported files, and parsing of fetched feed bodies, off
// the main thread so the map keeps panning while a 100 MB file is read and stored. See
// import-protocol.ts for the messages and the store/cancel handshake.

import { decodeFileDetailed, encodingNotice } from '../domain/import/decode-file-bytes.ts';
import { detectFormat } from '../domain/import/detect-format.ts';
import { formatByteSize, importText, type ImportFailure } from '../domain/import/import-file.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import { parseFeed } from '../domain/sighting/parse-feed.ts';
import { prepareImport } from './import-prepare.ts';
import { PHASE_PERCENT, READ_SHARE, type ImportPhase, type ImportReport, type ImportRequest, type ImportResponse, type ShownSightings } from './import-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
};

/** The one file job this worker runs (the app starts a worker per file). */
const job = { cancelled: false, goAhead: null as (() => void) | null };

async function readAll(file: File, onProgress: (percent: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  let reported = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while being read: keep what fits, the size check already ran.
    bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
    offset += value.length;
    const percent = Math.floor((Math.min(offset, bytes.length) / Math.max(bytes.length, 1)) * READ_SHARE);
    if (percent !== reported) {
      reported = percent;
      onProgress(percent);
    }
  }
  return offset < bytes.length ? bytes.subarray(0, offset) : bytes;
}

type FileOutcome = ImportReport | ImportFailure | { cancelled: true } | { storeFailed: string };

async function importFile(jobId: number, file: File, maxBytes: number, shown: ShownSightings): Promise<FileOutcome> {
  const format = detectFormat(file.name, '');
  if (file.size > maxBytes) {
    const message = `The file is ${formatByteSize(file.size)}; railwatch imports at most ${formatByteSize(maxBytes)} at once. Split it into smaller files and import them one by one.`;
    return { ok: false, format, error: { code: 'too-large', message } };
  }
  const progress = (phase: ImportPhase, percent: number) => scope.postMessage({ type: 'progress', jobId, phase, percent });
  const bytes = await readAll(file, (percent) => progress('reading', percent));
  progress('decoding', PHASE_PERCENT.decoding);
  const decoded = decodeFileDetailed(bytes);
  progress('validating', PHASE_PERCENT.validating);
  const result = importText(file.name, decoded.text, { parseXml: xmldomParseXml });
  if (!result.ok) return result;
  const notice = encodingNotice(decoded.encoding);
  if (notice) result.notices = [{ code: 'encoding', message: notice }, ...result.notices];
  const preparingFrom = PHASE_PERCENT.preparing;
  progress('validating', preparingFrom);
  const prepared = prepareImport(result, (share) => progress('validating', preparingFrom + Math.floor(share * (PHASE_PERCENT.checking - preparingFrom))));
  progress('checking', PHASE_PERCENT.checking);

  // Loaded only here, so the long-lived feed worker never carries the database code.
  const [{ db }, { checkImport, commitImport, storageFailureMessage }] = await Promise.all([import('../db/database.ts'), import('./import-commit.ts')]);
  let checked: Awaited<ReturnType<typeof checkImport>>;
  try {
    checked = await checkImport(db(), prepared, shown);
  } catch (error) {
    return { storeFailed: storageFailureMessage(error) };
  }
  const { plan, report } = checked;
  if (plan.toStore.length === 0) return report;

  await new Promise<void>((resolve) => {
    job.goAhead = resolve;
    scope.postMessage({ type: 'ready', jobId });
  });
  const storingFrom = PHASE_PERCENT.storing;
  progress('storing', storingFrom);
  let reported = storingFrom;
  const outcome = await commitImport(db(), file.name, plan, {
    isCancelled: () => job.cancelled,
    onStored: (stored, total) => {
      const percent = Math.min(99, storingFrom + Math.floor((stored / total) * (100 - storingFrom)));
      if (percent === reported) return;
      reported = percent;
      progress('storing', percent);
    },
  });
  if (outcome.kind === 'cancelled') return { cancelled: true };
  if (outcome.kind === 'failed') return { storeFailed: outcome.message };
  return { ...report, feedId: outcome.feedId };
}

async function handle(request: ImportRequest): Promise<ImportResponse | null> {
  switch (request.type) {
    case 'parse-feed':
      return { type: 'feed-result', jobId: request.jobId, result: parseFeed(request.text) };
    case 'store':
      job.goAhead?.();
      return null;
    case 'cancel':
      // Before the go-ahead the app terminates the worker instead; this is the storing case.
      job.cancelled = true;
      job.goAhead?.();
      return null;
    case 'import-file': {
      const outcome = await importFile(request.jobId, request.file, request.maxBytes, request.shown);
      if ('cancelled' in outcome) return { type: 'cancelled', jobId: request.jobId };
      if ('storeFailed' in outcome) return { type: 'store-failed', jobId: request.jobId, message: outcome.storeFailed };
      return { type: 'import-result', jobId: request.jobId, result: outcome };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => {
      if (response) scope.postMessage(response);
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', jobId: request.jobId, message: `railwatch could not read it (${detail}).` });
    },
  );
};
