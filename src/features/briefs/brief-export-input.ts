// What the workspace knows, gathered into buildBrief's input. Pure, so the choices (which
// sightings go in, which distances, which protections) are tested without a browser.
import type { BuildBriefInput } from '../../domain/brief/build-brief';
import { KM_PER_MILE } from '../../domain/geo/unit-sphere';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { AnnotationRecord, BriefRecord } from '../../db/records';

/** The grid step of "Coarsen coordinates to 0.01°". */
export const COARSEN_STEP = 0.01;

export interface ExportChoices {
  coarsen: boolean;
  dropAuthors: boolean;
  includeBorder: boolean;
}

export interface ExportSources {
  brief: BriefRecord;
  /** Sightings as their feeds gave them (before annotations), by id. */
  rawById: ReadonlyMap<string, Sighting>;
  annotations: readonly AnnotationRecord[];
  /** Sighting id → names of the feeds that reported it. */
  feedNamesById: ReadonlyMap<string, readonly string[]>;
  /** Sighting id → km to the border from the shown (possibly corrected) position. */
  borderKmById: ReadonlyMap<string, number>;
  /** The border line, [lon, lat] vertices; needed to include it and to re-measure coarsened positions. */
  borderLine?: readonly (readonly number[])[];
  /** Distance from any point to the border, used for coarsened positions. */
  distanceKm?: (lon: number, lat: number) => number;
  appVersion: string;
  now: () => Date;
}

export interface PreparedExport {
  input: BuildBriefInput;
  /** Ids in the brief whose sighting is not loaded (its feed is off or gone): left out. */
  missing: string[];
}

export function briefExportInput(sources: ExportSources, choices: ExportChoices): PreparedExport {
  const sightings: Sighting[] = [];
  const missing: string[] = [];
  for (const id of sources.brief.sightingIds) {
    const sighting = sources.rawById.get(id);
    if (sighting) sightings.push(sighting);
    else missing.push(id);
  }
  const wanted = new Set(sightings.map((s) => s.id));
  const distances = new Map<string, { km: number; mi: number }>();
  for (const id of wanted) {
    const km = sources.borderKmById.get(id);
    if (km !== undefined && Number.isFinite(km)) distances.set(id, { km, mi: km / KM_PER_MILE });
  }
  const { brief } = sources;
  const input: BuildBriefInput = {
    brief: {
      id: brief.id,
      title: brief.title,
      summary: brief.summary,
      author: brief.author,
      createdAt: brief.createdAt,
      updatedAt: brief.updatedAt,
      ...(brief.view ? { view: brief.view } : {}),
      ...(brief.filters !== undefined ? { filters: brief.filters } : {}),
    },
    sightings,
    annotations: sources.annotations.filter((a) => wanted.has(a.sightingId)),
    feedNamesById: sources.feedNamesById,
    distances,
    appVersion: sources.appVersion,
    now: sources.now,
  };
  // A coarsened brief re-measures from the coarsened position (buildBrief does, given a
  // measure); without one it must not publish the exact distance, so it leaves it out.
  if (choices.coarsen) {
    input.coarsenDegrees = COARSEN_STEP;
    if (sources.distanceKm) input.distanceKm = sources.distanceKm;
    else input.distances = new Map();
  }
  if (choices.dropAuthors) input.dropAuthors = true;
  if (choices.includeBorder && sources.borderLine) input.includeBorder = sources.borderLine;
  return { input, missing };
}

/** "armour-near-kalinkavichy-2024-03-01.geojson": safe on every file system. */
export function exportFileName(title: string, now: Date, extension: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'brief';
  return `${slug}-${now.toISOString().slice(0, 10)}.${extension}`;
}
