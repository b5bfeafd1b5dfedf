// Turns an importer's result into what the workspace stores: the accepted features, each
// carrying the id parseFeed gave its sighting (so a stored sighting keeps the same id when it
// is read back), plus what the summary needs. Runs in the worker so that only the features
// to store, not every parsed sighting, cross back to the main thread.

import type { Feature } from 'geojson';
import type { ImportedSkip, ImportedWarning, ImportSuccess } from '../domain/import/import-file.ts';
import type { FileNotice, ImportFormat } from '../domain/import/import-types.ts';
import type { FeedMetadata } from '../domain/sighting/sighting-schema.ts';
import { normaliseSourceUrl } from '../domain/sighting/source-url.ts';

export interface PreparedFeature {
  id: string;
  /** normaliseSourceUrl of the sighting's link, to spot the same post already in the workspace. */
  urlKey?: string;
  feature: Feature;
}

export interface PreparedImport {
  ok: true;
  format: ImportFormat;
  features: PreparedFeature[];
  /** Rows that could not be used, without the in-file duplicates (counted separately). */
  skipped: ImportedSkip[];
  /** Rows that repeated an id already used earlier in the same file. */
  duplicatesInFile: number;
  warnings: ImportedWarning[];
  notices: FileNotice[];
  metadata?: FeedMetadata;
}

/** Features between two calls of prepareImport's `onProgress`. */
const PROGRESS_EVERY = 10_000;

/** `onProgress` gets the share of the features prepared so far (0–1). */
export function prepareImport(result: ImportSuccess, onProgress?: (share: number) => void): PreparedImport {
  const skippedIndexes = new Set(result.skipped.map((skip) => skip.index));
  const features: PreparedFeature[] = [];
  let next = 0;
  for (let index = 0; index < result.rawFeatures.length; index++) {
    if (onProgress && index > 0 && index % PROGRESS_EVERY === 0) onProgress(index / result.rawFeatures.length);
    if (skippedIndexes.has(index)) continue;
    // parseFeed returns one sighting per feature it did not skip, in file order.
    const sighting = result.sightings[next++];
    if (!sighting) break;
    const raw = result.rawFeatures[index] as Feature;
    const prepared: PreparedFeature = { id: sighting.id, feature: { ...raw, id: sighting.id } };
    const urlKey = sighting.url === undefined ? undefined : normaliseSourceUrl(sighting.url);
    if (urlKey !== undefined) prepared.urlKey = urlKey;
    features.push(prepared);
  }
  const skipped = result.skipped.filter((skip) => skip.code !== 'duplicate-id');
  const prepared: PreparedImport = {
    ok: true,
    format: result.format,
    features,
    skipped,
    duplicatesInFile: result.skipped.length - skipped.length,
    warnings: result.warnings,
    notices: result.notices,
  };
  if (result.metadata) prepared.metadata = result.metadata;
  return prepared;
}
