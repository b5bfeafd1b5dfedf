import { KM_PER_MILE } from '../geo/unit-sphere';
import type { Sighting } from '../sighting/sighting-schema';
import { annotateSighting } from '../workspace/apply-annotations';
import { isEffectiveStatus, type SightingAnnotation, type WorkspaceSighting } from '../workspace/workspace-sighting';
import {
  BRIEF_FORMAT,
  BRIEF_VERSION,
  RAILWATCH_PROPERTY_KEYS,
  REFERENCE_ROLE,
  type BriefAnnotationProperties,
  type BriefCollection,
  type BriefDistance,
  type BriefEnvelope,
  type BriefFeature,
  type BriefReferenceFeature,
  type BriefSightingFeature,
  type BriefSightingProperties,
  type BriefView,
} from './brief-format';
import { defineValue, derivedValues, equipmentOut, feedProperties } from './feed-properties';
import { assertCoarseningStep, isGeneratedId, placePosition, roundCoordinate, stripHandles, withoutUploader } from './protect-uploaders';

/*
 * Builds the brief FeatureCollection from what the workspace holds. Pure and deterministic:
 * the same input (and clock) gives the same output, key for key, features in input order.
 * CSV and KML are written from this collection, so the protection options apply to all three.
 */

/** The brief as the workspace stores it (a BriefRecord fits). */
export interface BriefDraft {
  id: string;
  title: string;
  summary: string;
  author: string;
  view?: BriefView;
  filters?: unknown;
  createdAt?: string;
  updatedAt?: string;
}

/** An annotation as the workspace stores it (an AnnotationRecord fits). */
export interface BriefAnnotation extends SightingAnnotation {
  createdAt?: string;
}

export type AnnotationsById =
  | ReadonlyMap<string, BriefAnnotation>
  | Readonly<Record<string, BriefAnnotation>>
  | readonly BriefAnnotation[];

export interface BuildBriefInput {
  brief: BriefDraft;
  sightings: readonly Sighting[];
  annotations?: AnnotationsById;
  /** Sighting id → names of the feeds it came from. */
  feedNamesById?: ReadonlyMap<string, readonly string[]>;
  /** Sighting id → distance to the border, computed by the caller for the shown position. */
  distances?: ReadonlyMap<string, BriefDistance>;
  /** Used for sightings missing from `distances` (e.g. a LineDistanceIndex's distanceKm). */
  distanceKm?: (lon: number, lat: number) => number;
  /** The border line ([lon, lat] vertices), added as a reference feature when given. */
  includeBorder?: readonly (readonly number[])[];
  /** Grid step in degrees to snap every sighting position to, e.g. 0.01. */
  coarsenDegrees?: number;
  dropAuthors?: boolean;
  appVersion: string;
  now: () => Date;
}

export const BORDER_REFERENCE_NAME = 'Belarus–Ukraine border';

function annotationLookup(annotations: AnnotationsById | undefined): (id: string) => BriefAnnotation | undefined {
  if (annotations === undefined) return () => undefined;
  if (annotations instanceof Map) return (id) => annotations.get(id);
  if (Array.isArray(annotations)) {
    const byId = new Map<string, BriefAnnotation>();
    for (const annotation of annotations as readonly BriefAnnotation[]) byId.set(annotation.sightingId, annotation);
    return (id) => byId.get(id);
  }
  const record = annotations as Readonly<Record<string, BriefAnnotation>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

function roundDistance(value: number, coarse: boolean): number {
  // A coarsened brief must not give the exact place back through a precise distance.
  return coarse ? Math.round(value) : Math.round(value * 10) / 10;
}

function distanceOf(input: BuildBriefInput, id: string, position: [number, number], exact: [number, number]): BriefDistance | undefined {
  const coarse = input.coarsenDegrees !== undefined;
  let km: number | undefined;
  let mi: number | undefined;
  const given = input.distances?.get(id);
  if (input.distanceKm && (coarse || !given)) {
    km = input.distanceKm(...(coarse ? position : exact));
    mi = km / KM_PER_MILE;
  } else if (given) {
    km = given.km;
    mi = given.mi;
  }
  if (km === undefined || mi === undefined || !Number.isFinite(km) || !Number.isFinite(mi)) return undefined;
  return { km: roundDistance(km, coarse), mi: roundDistance(mi, coarse) };
}

function annotationOut(annotation: BriefAnnotation, corrected: [number, number] | undefined, dropAuthors: boolean): BriefAnnotationProperties {
  const out: BriefAnnotationProperties = {
    pinned: annotation.pinned === true,
    note: dropAuthors ? stripHandles(annotation.note) : annotation.note,
    tags: annotation.tags.slice(),
  };
  if (isEffectiveStatus(annotation.status)) out.status = annotation.status;
  if (corrected && annotation.correctedLocation) {
    out.correctedLocation = { lon: corrected[0], lat: corrected[1] };
    const uncertainty = annotation.correctedLocation.uncertaintyKm;
    if (uncertainty !== undefined && Number.isFinite(uncertainty) && uncertainty >= 0) out.correctedLocation.uncertaintyKm = uncertainty;
  }
  if (annotation.correctedEquipment !== undefined) out.correctedEquipment = equipmentOut(annotation.correctedEquipment);
  if (annotation.createdAt !== undefined) out.createdAt = annotation.createdAt;
  if (annotation.updatedAt !== undefined) out.updatedAt = annotation.updatedAt;
  if (annotation.updatedBy !== undefined) out.updatedBy = annotation.updatedBy;
  return out;
}

/** Feed properties with the railwatch members appended; clashing feed values are set aside. */
function withRailwatchMembers(feed: Record<string, unknown>, members: Partial<BriefSightingProperties>): BriefSightingProperties {
  const props: Record<string, unknown> = {};
  const shadowed: Record<string, unknown> = {};
  const reserved: readonly string[] = RAILWATCH_PROPERTY_KEYS;
  for (const key of Object.keys(feed)) defineValue(reserved.includes(key) ? shadowed : props, key, feed[key]);
  for (const [key, value] of Object.entries(members)) if (value !== undefined) props[key] = value;
  if (Object.keys(shadowed).length > 0) props.railwatchShadowed = shadowed;
  return props as BriefSightingProperties;
}

function sightingFeature(input: BuildBriefInput, sighting: Sighting, id: string, annotation: BriefAnnotation | undefined): BriefSightingFeature {
  const step = input.coarsenDegrees;
  const dropAuthors = input.dropAuthors === true;
  const source = dropAuthors ? withoutUploader(sighting) : sighting;
  const shown: WorkspaceSighting = annotation ? annotateSighting(source, annotation) : source;
  const position = placePosition(shown.lon, shown.lat, step);
  const corrected = shown.feedLon !== undefined && shown.feedLat !== undefined;
  const members: Partial<BriefSightingProperties> = {
    railwatchStatus: shown.status,
    annotation: annotation ? annotationOut(annotation, corrected ? position : undefined, dropAuthors) : undefined,
    originalLocation: corrected ? placePosition(shown.feedLon as number, shown.feedLat as number, step) : undefined,
    provenance: {
      feeds: [...(input.feedNamesById?.get(sighting.id) ?? [])],
      ...(source.url !== undefined ? { sourceUrl: source.url } : {}),
      ...(source.archivedUrl !== undefined ? { archivedUrl: source.archivedUrl } : {}),
    },
    borderDistance: distanceOf(input, sighting.id, position, [shown.lon, shown.lat]),
    railwatchDerived: derivedValues(source),
  };
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: position },
    properties: withRailwatchMembers(feedProperties(source), members),
  };
}

function borderFeature(line: readonly (readonly number[])[]): BriefReferenceFeature | undefined {
  const coordinates: [number, number][] = [];
  for (const [lon, lat] of line) {
    if (Number.isFinite(lon) && Number.isFinite(lat)) coordinates.push([roundCoordinate(lon as number), roundCoordinate(lat as number)]);
  }
  if (coordinates.length < 2) return undefined;
  return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: { role: REFERENCE_ROLE, name: BORDER_REFERENCE_NAME } };
}

function jsonCopy(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function envelope(input: BuildBriefInput, sightingCount: number): BriefEnvelope {
  const { brief } = input;
  const filters = brief.filters === undefined ? undefined : jsonCopy(brief.filters);
  const view = brief.view && [brief.view.lon, brief.view.lat, brief.view.zoom].every(Number.isFinite) ? brief.view : undefined;
  const options: BriefEnvelope['options'] = {};
  if (input.coarsenDegrees !== undefined) options.coarsened = input.coarsenDegrees;
  if (input.dropAuthors === true) options.authorsDropped = true;
  // Spread in a fixed order so that the key order never depends on which members are set.
  return {
    format: BRIEF_FORMAT,
    version: BRIEF_VERSION,
    id: brief.id,
    title: brief.title,
    summary: brief.summary,
    author: brief.author,
    generatedAt: input.now().toISOString(),
    appVersion: input.appVersion,
    ...(brief.createdAt !== undefined ? { createdAt: brief.createdAt } : {}),
    ...(brief.updatedAt !== undefined ? { updatedAt: brief.updatedAt } : {}),
    ...(filters !== undefined ? { filters } : {}),
    ...(view ? { view: { lon: view.lon, lat: view.lat, zoom: view.zoom } } : {}),
    sightingCount,
    options,
  };
}

/** The brief as an RFC 7946 FeatureCollection. Throws RangeError on a bad coarsening step. */
export function buildBrief(input: BuildBriefInput): BriefCollection {
  if (input.coarsenDegrees !== undefined) assertCoarseningStep(input.coarsenDegrees);
  const lookup = annotationLookup(input.annotations);
  const protect = input.coarsenDegrees !== undefined || input.dropAuthors === true;
  const seen = new Set<string>();
  const features: BriefFeature[] = [];
  let anonymous = 0;
  for (const sighting of input.sightings) {
    if (seen.has(sighting.id)) continue;
    seen.add(sighting.id);
    const id = protect && isGeneratedId(sighting.id) ? `anon-${++anonymous}` : sighting.id;
    features.push(sightingFeature(input, sighting, id, lookup(sighting.id)));
  }
  const sightingCount = features.length;
  const border = input.includeBorder ? borderFeature(input.includeBorder) : undefined;
  if (border) features.push(border);
  return { type: 'FeatureCollection', railwatchBrief: envelope(input, sightingCount), features };
}
