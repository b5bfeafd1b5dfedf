/*
 * The one entry point for "the analyst dropped a file": detect the format, convert it to a
 * raw sighting feed, and validate that once with parseFeed. Results carry, per skipped
 * feature, where it came from in the file ("row 7", "placemark 3") and the importer's own
 * explanation, so the analyst can find and fix the line. Pure: XML parsing is injected.
 */
import { parseFeed, type FeedParseResult, type FeedWarning, type SkippedFeature } from '../sighting/parse-feed.ts';
import type { FeedMetadata, Sighting } from '../sighting/sighting-schema.ts';
import { csvToFeed } from './csv-import.ts';
import { decodeFileDetailed, encodingNotice } from './decode-file-bytes.ts';
import { detectFormat, extensionOf, UNSUPPORTED_HINTS } from './detect-format.ts';
import type { Conversion, FileNotice, ImportError, ImportErrorCode, ImportFormat } from './import-types.ts';
import { jsonPostsToFeed } from './json-posts-import.ts';
import { kmlToFeed, type KmlDeps } from './kml-import.ts';
import { MAX_IMPORT_BYTES } from './import-limits.ts';

export { MAX_IMPORT_BYTES };

export type ImportDeps = KmlDeps;

export interface ImportedSkip extends SkippedFeature {
  /** Where in the file: "row 7", "row 7 (line 9)", "placemark 3 ("Ельск")", "post 2", "feature 4". */
  source?: string;
  /** The importer's explanation when it knows more than parseFeed, e.g. 'row 7: latitude "abc" is not a number'. */
  detail?: string;
}

export interface ImportedWarning extends FeedWarning {
  source?: string;
}

export interface ImportSuccess {
  ok: true;
  format: ImportFormat;
  sightings: Sighting[];
  skipped: ImportedSkip[];
  warnings: ImportedWarning[];
  /** File-level remarks: encoding, which columns were read, nested fields dropped. */
  notices: FileNotice[];
  /** The features handed to parseFeed, in order (index = skipped/warnings index). */
  rawFeatures: unknown[];
  metadata?: FeedMetadata;
}

export interface ImportFailure {
  ok: false;
  format: ImportFormat;
  error: ImportError;
}

export type ImportResult = ImportSuccess | ImportFailure;

function failure(format: ImportFormat, code: ImportErrorCode, message: string): ImportFailure {
  return { ok: false, format, error: { code, message } };
}

export function formatByteSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function tooLarge(format: ImportFormat, size: number, limit: number): ImportFailure {
  return failure(format, 'too-large', `The file is ${formatByteSize(size)}; railwatch imports at most ${formatByteSize(limit)} at once. Split it into smaller files and import them one by one.`);
}

const NOUNS: Partial<Record<ImportFormat, string>> = { csv: 'rows', kml: 'placemarks', 'json-posts': 'posts' };

function unknownFormat(fileName: string, text: string): ImportFailure {
  const extension = extensionOf(fileName);
  const hint = UNSUPPORTED_HINTS.get(extension);
  if (hint) return failure('unknown', 'unsupported-type', `Unsupported file type .${extension}: ${hint}.`);
  if (text.trim() === '') return failure('unknown', 'empty-file', 'The file is empty.');
  const what = extension ? `Unsupported file type .${extension}` : `railwatch cannot tell what kind of file "${fileName}" is`;
  return failure('unknown', 'unsupported-type', `${what}: it reads CSV, KML, GeoJSON and JSON lists of posts.`);
}

export const BRIEF_MESSAGE = 'This file is a railwatch brief: import it as a brief to restore its sightings and annotations.';

type Prepared = { ok: true; input: unknown; conversion?: Conversion } | ImportFailure;

/** The value to hand to parseFeed: a converted raw feed, or the GeoJSON file parsed as it is. */
function prepare(format: ImportFormat, text: string, deps: ImportDeps): Prepared {
  if (format === 'csv' || format === 'kml' || format === 'json-posts') {
    const converted = format === 'csv' ? csvToFeed(text) : format === 'kml' ? kmlToFeed(text, deps) : jsonPostsToFeed(text);
    return converted.ok ? { ok: true, input: converted.feed, conversion: converted } : { ok: false, format, error: converted.error };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure(format, 'empty-file', 'The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
    return failure(format, 'invalid-json', `This file is not valid JSON${detail ? ` (${detail})` : ''}.`);
  }
  // The brief's envelope key may sit after a long feature list, beyond what detectFormat sniffed.
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'railwatchBrief')) return failure('brief', 'is-brief', BRIEF_MESSAGE);
  return { ok: true, input: value };
}

export function importText(fileName: string, text: string, deps: ImportDeps): ImportResult {
  const format = detectFormat(fileName, text.slice(0, 64 * 1024));
  // Characters never outnumber UTF-8 bytes, so this check cannot refuse a file within the limit.
  if (text.length > MAX_IMPORT_BYTES) return tooLarge(format, text.length, MAX_IMPORT_BYTES);
  if (format === 'unknown') return unknownFormat(fileName, text);
  if (format === 'brief') return failure('brief', 'is-brief', BRIEF_MESSAGE);

  const prepared = prepare(format, text, deps);
  if (!prepared.ok) return prepared;
  const { input, conversion } = prepared;
  const sourceOf = (index: number) => conversion?.sources[index] ?? `feature ${index}`;

  const parsed: FeedParseResult = parseFeed(input);
  if (!parsed.ok) {
    const { code, message } = parsed.error;
    if (code === 'no-usable-features' && conversion && conversion.feed.features.length > 0) {
      // parseFeed names the first skipped feature by index; name it by row/placemark/post instead.
      const first = /\(feature (\d+): (.*)\)\.$/s.exec(message);
      const index = first ? Number(first[1]) : (conversion.notes[0]?.index ?? 0);
      const because = conversion.notes.find((note) => note.index === index)?.message ?? `${sourceOf(index)}: ${first?.[2] ?? message}`;
      const count = conversion.feed.features.length;
      const noun = NOUNS[format] ?? 'features';
      const lead = count === 1 ? `The only ${noun.replace(/s$/, '')} could not be used` : `None of the ${count} ${noun} could be used`;
      return failure(format, 'no-usable-features', `${lead} (${because}).`);
    }
    const mapped: Record<typeof code, ImportErrorCode> = {
      'not-json': 'invalid-json',
      'not-feature-collection': 'invalid-feed',
      'no-usable-features': 'no-usable-features',
      'too-large': 'too-large',
    };
    return failure(format, mapped[code], message);
  }

  const notes = new Map((conversion?.notes ?? []).map((note) => [note.index, note.message]));
  const skipped = parsed.skipped.map((skip): ImportedSkip => {
    const entry: ImportedSkip = { ...skip, source: sourceOf(skip.index) };
    const detail = notes.get(skip.index);
    if (detail) entry.detail = detail;
    return entry;
  });
  const warnings = parsed.warnings.map((warning): ImportedWarning => ({ ...warning, source: sourceOf(warning.index) }));
  const features = conversion ? conversion.feed.features : (input as { features: unknown[] }).features;
  const result: ImportSuccess = { ok: true, format, sightings: parsed.sightings, skipped, warnings, notices: conversion?.notices ?? [], rawFeatures: features };
  if (parsed.metadata) result.metadata = parsed.metadata;
  return result;
}

/** importText for raw file bytes: refuses oversized files before decoding and reports a non-UTF-8 encoding. */
export function importFileBytes(fileName: string, bytes: Uint8Array, deps: ImportDeps, options: { maxBytes?: number } = {}): ImportResult {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > limit) return tooLarge(detectFormat(fileName, ''), bytes.byteLength, limit);
  const decoded = decodeFileDetailed(bytes);
  const result = importText(fileName, decoded.text, deps);
  const notice = encodingNotice(decoded.encoding);
  if (result.ok && notice) result.notices = [{ code: 'encoding', message: notice }, ...result.notices];
  return result;
}
