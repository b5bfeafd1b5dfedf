// Parsing and validation of imported files and fetched feed bodies, off the main thread so
// the map keeps panning while a 100 MB CSV is read. See import-protocol.ts for the messages.

import { decodeFileDetailed, encodingNotice } from '../domain/import/decode-file-bytes.ts';
import { detectFormat } from '../domain/import/detect-format.ts';
import { formatByteSize, importText, type ImportFailure } from '../domain/import/import-file.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import { parseFeed } from '../domain/sighting/parse-feed.ts';
import { prepareImport, type PreparedImport } from './import-prepare.ts';
import { PHASE_PERCENT, READ_SHARE, type ImportRequest, type ImportResponse } from './import-protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
};

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

async function importFile(jobId: number, file: File, maxBytes: number): Promise<PreparedImport | ImportFailure> {
  const format = detectFormat(file.name, '');
  if (file.size > maxBytes) {
    const message = `The file is ${formatByteSize(file.size)}; railwatch imports at most ${formatByteSize(maxBytes)} at once. Split it into smaller files and import them one by one.`;
    return { ok: false, format, error: { code: 'too-large', message } };
  }
  const progress = (phase: 'reading' | 'decoding' | 'validating', percent: number) => scope.postMessage({ type: 'progress', jobId, phase, percent });
  const bytes = await readAll(file, (percent) => progress('reading', percent));
  progress('decoding', PHASE_PERCENT.decoding);
  const decoded = decodeFileDetailed(bytes);
  progress('validating', PHASE_PERCENT.validating);
  const result = importText(file.name, decoded.text, { parseXml: xmldomParseXml });
  if (!result.ok) return result;
  const notice = encodingNotice(decoded.encoding);
  if (notice) result.notices = [{ code: 'encoding', message: notice }, ...result.notices];
  return prepareImport(result);
}

async function handle(request: ImportRequest): Promise<ImportResponse> {
  if (request.type === 'parse-feed') return { type: 'feed-result', jobId: request.jobId, result: parseFeed(request.text) };
  return { type: 'import-result', jobId: request.jobId, result: await importFile(request.jobId, request.file, request.maxBytes) };
}

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', jobId: request.jobId, message: `railwatch could not read it (${detail}).` });
    },
  );
};
