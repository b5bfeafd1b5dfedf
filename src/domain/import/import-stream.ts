/*
 * importFileBytes for a file read as a stream. A GeoJSON FeatureCollection — the format of
 * the large files — is decoded and validated as its bytes arrive (FeedStreamParser), so the
 * whole text is never one string and the caller can report progress all along: read whole,
 * a 50 MB file spent 3 s decoding, JSON.parse-ing and checking in one go. Every other format
 * (CSV, KML, JSON posts, briefs) is decoded as it arrives and then read whole by importText,
 * as before. The results are the ones importText gives for the same text.
 */
import { FeedStreamParser, type FeedErrorCode } from '../sighting/parse-feed.ts';
import { encodingNotice, type TextEncodingName } from './decode-file-bytes.ts';
import { FileStreamDecoder, NotUtf8Error } from './decode-file-stream.ts';
import { detectFormat } from './detect-format.ts';
import { BRIEF_MESSAGE, importText, type ImportDeps, type ImportedSkip, type ImportedWarning, type ImportFailure, type ImportResult, type ImportSuccess } from './import-file.ts';
import type { ImportErrorCode } from './import-types.ts';

/** How much text decides the format (detectFormat sniffs no further). */
const SNIFF_CHARS = 64 * 1024;

export interface TextImportOptions {
  /** Most features a GeoJSON file may hold (parseFeed's MAX_FEATURES by default). */
  maxFeatures?: number;
}

const FEED_ERRORS: Record<FeedErrorCode, ImportErrorCode> = {
  'not-json': 'invalid-json',
  'not-feature-collection': 'invalid-feed',
  'no-usable-features': 'no-usable-features',
  'too-large': 'too-large',
};

function geojsonFailure(code: ImportErrorCode, message: string): ImportFailure {
  return { ok: false, format: 'geojson', error: { code, message } };
}

/** A GeoJSON FeatureCollection checked feature by feature as its text arrives. */
class GeoJsonTextImport {
  private readonly rawFeatures: unknown[] = [];
  private readonly parser: FeedStreamParser;
  private sawText = false;

  constructor(options: TextImportOptions) {
    this.parser = new FeedStreamParser({ ...(options.maxFeatures !== undefined ? { maxFeatures: options.maxFeatures } : {}), onFeature: (raw) => this.rawFeatures.push(raw) });
  }

  push(piece: string): boolean {
    if (!this.sawText && piece.trim() !== '') this.sawText = true;
    return this.parser.push(piece);
  }

  /** What importText gives for the same text (see its GeoJSON branch). */
  finish(): ImportResult {
    const parsed = this.parser.finish();
    if (!this.sawText) return geojsonFailure('empty-file', 'The file is empty.');
    // importText words a JSON error from the file's point of view; the detail in brackets is kept.
    if (!parsed.ok && parsed.error.code === 'not-json') return geojsonFailure('invalid-json', parsed.error.message.replace(/^The file is not valid JSON/, 'This file is not valid JSON'));
    // The brief's envelope key may sit after a long feature list, beyond what detectFormat sniffed.
    if (this.parser.hasMember('railwatchBrief')) return { ok: false, format: 'brief', error: { code: 'is-brief', message: BRIEF_MESSAGE } };
    if (!parsed.ok) return geojsonFailure(FEED_ERRORS[parsed.error.code], parsed.error.message);
    const skipped = parsed.skipped.map((skip): ImportedSkip => ({ ...skip, source: `feature ${skip.index}` }));
    const warnings = parsed.warnings.map((warning): ImportedWarning => ({ ...warning, source: `feature ${warning.index}` }));
    const result: ImportSuccess = { ok: true, format: 'geojson', sightings: parsed.sightings, skipped, warnings, notices: [], rawFeatures: this.rawFeatures };
    if (parsed.metadata) result.metadata = parsed.metadata;
    return result;
  }
}

/**
 * importText for text that arrives in pieces. The first 64 K characters decide the format:
 * a GeoJSON file is checked as it arrives; any other is gathered and read whole at the end.
 */
export class TextImport {
  private head: string[] = [];
  private headLength = 0;
  private geojson: GeoJsonTextImport | null = null;
  private whole: string[] | null = null;

  constructor(
    private readonly fileName: string,
    private readonly deps: ImportDeps,
    private readonly options: TextImportOptions = {},
  ) {}

  /** True while the file is read as it arrives (a GeoJSON file), once that is known. */
  get streaming(): boolean {
    return this.geojson !== null;
  }

  /** False once the outcome is settled as a failure: the caller may stop reading. */
  push(piece: string): boolean {
    if (piece === '') return true;
    if (this.geojson) return this.geojson.push(piece);
    if (this.whole) {
      this.whole.push(piece);
      return true;
    }
    this.head.push(piece);
    this.headLength += piece.length;
    return this.headLength >= SNIFF_CHARS ? this.decide() : true;
  }

  finish(): ImportResult {
    if (!this.geojson && !this.whole) this.decide();
    if (this.geojson) return this.geojson.finish();
    const text = (this.whole as string[]).join('');
    this.whole = null;
    return importText(this.fileName, text, this.deps);
  }

  private decide(): boolean {
    const head = this.head.join('');
    this.head = [];
    if (detectFormat(this.fileName, head.slice(0, SNIFF_CHARS)) !== 'geojson') {
      this.whole = [head];
      return true;
    }
    this.geojson = new GeoJsonTextImport(this.options);
    return this.geojson.push(head);
  }
}

export interface StreamImportHooks {
  /** After each piece is read, decoded and (GeoJSON) checked: the bytes read so far and whether
   *  the file is being checked as it is read. A second pass (not UTF-8) starts again from 0. */
  onBytes?: (bytes: number, streaming: boolean) => void;
}

export interface StreamedImport {
  result: ImportResult;
  encoding: TextEncodingName;
}

/** One pass over the file's bytes with one encoding. */
async function readOnce(
  fileName: string,
  bytes: AsyncIterable<Uint8Array>,
  decoder: FileStreamDecoder,
  deps: ImportDeps,
  options: TextImportOptions,
  hooks: StreamImportHooks,
): Promise<ImportResult> {
  const text = new TextImport(fileName, deps, options);
  let read = 0;
  for await (const piece of bytes) {
    read += piece.byteLength;
    const going = text.push(decoder.push(piece));
    hooks.onBytes?.(read, text.streaming);
    // A GeoJSON file already refused (broken, too many features): the rest cannot change that.
    if (!going) return text.finish();
  }
  text.push(decoder.end());
  return text.finish();
}

/**
 * importFileBytes for a file given as a stream of bytes; `open` gives them from the start,
 * and is called again when the file turns out not to be UTF-8 (it is then read as
 * Windows-1251). The caller refuses oversized files first (it knows the size).
 */
export async function importFileStream(
  fileName: string,
  open: () => AsyncIterable<Uint8Array>,
  deps: ImportDeps,
  options: TextImportOptions & StreamImportHooks = {},
): Promise<ImportResult> {
  return (await importFileStreamDetailed(fileName, open, deps, options)).result;
}

/** importFileStream, also telling which encoding the text was read in. */
export async function importFileStreamDetailed(
  fileName: string,
  open: () => AsyncIterable<Uint8Array>,
  deps: ImportDeps,
  options: TextImportOptions & StreamImportHooks = {},
): Promise<StreamedImport> {
  let decoder = new FileStreamDecoder();
  let result: ImportResult;
  try {
    result = await readOnce(fileName, open(), decoder, deps, options, options);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    decoder = new FileStreamDecoder('windows-1251');
    result = await readOnce(fileName, open(), decoder, deps, options, options);
  }
  const notice = encodingNotice(decoder.encoding);
  if (result.ok && notice) result.notices = [{ code: 'encoding', message: notice }, ...result.notices];
  return { result, encoding: decoder.encoding };
}
