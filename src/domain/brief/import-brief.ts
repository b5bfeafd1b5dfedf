import { MAX_FEED_CHARACTERS } from '../sighting/parse-feed';
import { isIsoDate } from '../sighting/iso-date';
import {
  BRIEF_ENVELOPE_KEY,
  BRIEF_FORMAT,
  BRIEF_VERSION,
  RAILWATCH_PROPERTY_KEYS,
  REFERENCE_ROLE,
  type BriefEnvelope,
  type BriefOptions,
} from './brief-format';
import { defineValue } from './feed-properties';
import { readAnnotation, readPosition, type ImportedAnnotation } from './read-annotation';

/*
 * Reads a brief back: the envelope is checked (a brief from a newer railwatch is refused with
 * a clear message rather than half-read), reference features are ignored, and each sighting
 * comes back as the feed feature it was before export: feed properties only, at the position
 * the FEED gave (`originalLocation`), with the analyst's corrected position moved back into
 * its annotation. The features are meant to be stored as local sightings and read through
 * parseFeed like any other; this module only checks what it needs (id, a Point).
 */

export type BriefImportErrorCode = 'not-json' | 'too-large' | 'not-a-brief' | 'unknown-format' | 'newer-version' | 'invalid-envelope';

export interface BriefImportFailure {
  ok: false;
  error: { code: BriefImportErrorCode; message: string };
}

/** A sighting as the feed had it, ready to be stored as a local sighting. */
export interface ImportedSighting {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface ParsedBrief {
  ok: true;
  brief: BriefEnvelope;
  sightings: ImportedSighting[];
  annotations: ImportedAnnotation[];
  /** Features that could not be read as sightings (reference features are not listed). */
  skipped: { index: number; reason: string }[];
}

export type BriefParseResult = ParsedBrief | BriefImportFailure;

function fail(code: BriefImportErrorCode, message: string): BriefImportFailure {
  return { ok: false, error: { code, message } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decode(input: unknown): { value: unknown } | BriefImportFailure {
  if (typeof input !== 'string') return { value: input };
  if (input.length > MAX_FEED_CHARACTERS) return fail('too-large', `The file is ${input.length.toLocaleString('en')} characters long; at most ${MAX_FEED_CHARACTERS.toLocaleString('en')} can be read.`);
  try {
    return { value: JSON.parse(input.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return fail('not-json', 'The file is not valid JSON, so it cannot be a railwatch brief.');
  }
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readOptions(raw: unknown): BriefOptions {
  const options: BriefOptions = {};
  if (!isRecord(raw)) return options;
  if (typeof raw.coarsened === 'number' && Number.isFinite(raw.coarsened) && raw.coarsened > 0) options.coarsened = raw.coarsened;
  if (raw.authorsDropped === true) options.authorsDropped = true;
  return options;
}

function readEnvelope(raw: unknown): BriefEnvelope | BriefImportFailure {
  if (!isRecord(raw)) return fail('invalid-envelope', `The brief's "${BRIEF_ENVELOPE_KEY}" member is not an object.`);
  if (raw.format !== BRIEF_FORMAT) return fail('unknown-format', `The file says its format is ${JSON.stringify(raw.format) ?? 'nothing'}, not "${BRIEF_FORMAT}".`);
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('invalid-envelope', 'The brief has no valid format version.');
  if (version > BRIEF_VERSION) {
    return fail('newer-version', `This brief was written by a newer railwatch (brief format version ${version}); this railwatch reads up to version ${BRIEF_VERSION}. Update railwatch to import it.`);
  }
  if (typeof raw.id !== 'string' || raw.id.trim() === '') return fail('invalid-envelope', 'The brief has no id.');
  if (typeof raw.title !== 'string' || raw.title.trim() === '') return fail('invalid-envelope', 'The brief has no title.');
  if (typeof raw.generatedAt !== 'string' || !isIsoDate(raw.generatedAt)) return fail('invalid-envelope', 'The brief does not say when it was generated.');
  const envelope: BriefEnvelope = {
    format: BRIEF_FORMAT,
    version,
    id: raw.id,
    title: raw.title,
    summary: optionalText(raw.summary) ?? '',
    author: optionalText(raw.author) ?? '',
    generatedAt: raw.generatedAt,
    appVersion: optionalText(raw.appVersion) ?? '',
    sightingCount: 0,
    options: readOptions(raw.options),
  };
  const createdAt = optionalText(raw.createdAt);
  if (createdAt !== undefined && isIsoDate(createdAt)) envelope.createdAt = createdAt;
  const updatedAt = optionalText(raw.updatedAt);
  if (updatedAt !== undefined && isIsoDate(updatedAt)) envelope.updatedAt = updatedAt;
  if (raw.filters !== undefined) envelope.filters = raw.filters;
  const view = raw.view;
  if (isRecord(view) && [view.lon, view.lat, view.zoom].every((n) => typeof n === 'number' && Number.isFinite(n))) {
    envelope.view = { lon: view.lon as number, lat: view.lat as number, zoom: view.zoom as number };
  }
  return envelope;
}

/** The feed's properties: railwatch members removed, set-aside feed values put back. */
function feedPropertiesOf(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const reserved: readonly string[] = RAILWATCH_PROPERTY_KEYS;
  for (const key of Object.keys(props)) if (!reserved.includes(key)) defineValue(out, key, props[key]);
  const shadowed = props.railwatchShadowed;
  if (isRecord(shadowed)) for (const key of Object.keys(shadowed)) if (reserved.includes(key)) defineValue(out, key, shadowed[key]);
  return out;
}

function readId(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

type FeatureOutcome = { sighting: ImportedSighting; annotation?: ImportedAnnotation } | { reason: string } | 'reference';

function readSightingFeature(raw: unknown, envelope: BriefEnvelope): FeatureOutcome {
  if (!isRecord(raw) || raw.type !== 'Feature') return { reason: 'not a GeoJSON Feature' };
  const props = isRecord(raw.properties) ? raw.properties : {};
  if (props.role === REFERENCE_ROLE) return 'reference';
  const id = readId(raw.id);
  if (id === undefined) return { reason: 'no sighting id' };
  const geometry = isRecord(raw.geometry) && raw.geometry.type === 'Point' ? readPosition(raw.geometry.coordinates) : undefined;
  if (!geometry) return { reason: `sighting "${id}" has no valid Point` };
  const original = readPosition(props.originalLocation);
  const sighting: ImportedSighting = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: original ?? geometry },
    properties: feedPropertiesOf(props),
  };
  const corrected = original ? geometry : undefined;
  const annotation = isRecord(props.annotation) || corrected ? readAnnotation(id, props.annotation, corrected, envelope) : undefined;
  return annotation ? { sighting, annotation } : { sighting };
}

/** Reads a brief from its text (or parsed JSON). Never throws. */
export function parseBrief(input: string | unknown): BriefParseResult {
  const decoded = decode(input);
  if ('ok' in decoded) return decoded;
  const value = decoded.value;
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return fail('not-a-brief', 'The file is not a GeoJSON FeatureCollection, so it cannot be a railwatch brief.');
  }
  if (!Object.hasOwn(value, BRIEF_ENVELOPE_KEY)) {
    return fail('not-a-brief', 'The file is GeoJSON but not a railwatch brief (it has no "railwatchBrief" member): import it as a sighting feed instead.');
  }
  const envelope = readEnvelope(value[BRIEF_ENVELOPE_KEY]);
  if ('ok' in envelope) return envelope;

  const sightings: ImportedSighting[] = [];
  const annotations: ImportedAnnotation[] = [];
  const skipped: ParsedBrief['skipped'] = [];
  const seen = new Set<string>();
  (value.features as unknown[]).forEach((raw, index) => {
    const outcome = readSightingFeature(raw, envelope);
    if (outcome === 'reference') return;
    if ('reason' in outcome) {
      skipped.push({ index, reason: `Feature ${index}: ${outcome.reason}.` });
      return;
    }
    if (seen.has(outcome.sighting.id)) {
      skipped.push({ index, reason: `Feature ${index}: the sighting id "${outcome.sighting.id}" appears twice; the first is kept.` });
      return;
    }
    seen.add(outcome.sighting.id);
    sightings.push(outcome.sighting);
    if (outcome.annotation) annotations.push(outcome.annotation);
  });
  envelope.sightingCount = sightings.length;
  return { ok: true, brief: envelope, sightings, annotations, skipped };
}
