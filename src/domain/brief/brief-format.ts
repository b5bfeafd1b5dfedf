import type { SightingStatus } from '../sighting/sighting-schema';
import type { EffectiveStatus } from '../workspace/workspace-sighting';

/*
 * The railwatch brief: an RFC 7946 FeatureCollection whose features are sightings (in the
 * sighting feed format, so any feed reader can load one) with the analyst's layer added under
 * a few reserved property names, plus a versioned envelope as the foreign member
 * `railwatchBrief`. The envelope is written before `features` so that a reader sniffing
 * the first kilobytes of a large file finds it.
 *
 * Version policy: a reader accepts every version up to BRIEF_VERSION and refuses newer ones
 * with a message asking to update; a change that old readers would misread needs a new version.
 */

export const BRIEF_FORMAT = 'railwatch-brief';
export const BRIEF_VERSION = 1;
/** Name of the foreign member holding the envelope (the import detector looks for it). */
export const BRIEF_ENVELOPE_KEY = 'railwatchBrief';
/** `properties.role` of features that are context (the border), not sightings. */
export const REFERENCE_ROLE = 'reference';

export interface BriefView {
  lon: number;
  lat: number;
  zoom: number;
}

/** How the brief was protected when it was written; absent members mean "not applied". */
export interface BriefOptions {
  /** Grid step in degrees every position was snapped to (e.g. 0.01 ≈ 1.1 km north–south). */
  coarsened?: number;
  /** True when uploaders' names, handles and post links were removed. */
  authorsDropped?: boolean;
}

export interface BriefEnvelope {
  /** Always BRIEF_FORMAT: tells a railwatch brief from any other GeoJSON. */
  format: typeof BRIEF_FORMAT;
  /** Format version the writer used (BRIEF_VERSION at the time). */
  version: number;
  /** The brief's id in the author's workspace; importing keeps it unless it clashes. */
  id: string;
  title: string;
  summary: string;
  /** The analyst who wrote the brief (not a sighting's uploader). */
  author: string;
  /** When this file was generated, ISO 8601 UTC. */
  generatedAt: string;
  /** railwatch version that wrote the file, for support questions. */
  appVersion: string;
  /** When the brief was created and last edited in the author's workspace. */
  createdAt?: string;
  updatedAt?: string;
  /** The filters the brief was written under, as the app stores them (opaque here). */
  filters?: unknown;
  /** The map camera the brief was written under. */
  view?: BriefView;
  /** Number of sighting features (reference features not counted). */
  sightingCount: number;
  options: BriefOptions;
}

export interface BriefEquipment {
  kind: string;
  model?: string;
  count?: number;
}

export interface BriefLocation {
  lon: number;
  lat: number;
  uncertaintyKm?: number;
}

/** The analyst's annotation as written into a feature (structurally the stored record). */
export interface BriefAnnotationProperties {
  pinned: boolean;
  note: string;
  tags: string[];
  status?: EffectiveStatus;
  correctedLocation?: BriefLocation;
  correctedEquipment?: BriefEquipment[];
  createdAt?: string;
  updatedAt?: string;
  updatedBy?: string;
}

export interface BriefProvenance {
  /** Names of the feeds (or imported files) the sighting came from. */
  feeds: string[];
  sourceUrl?: string;
  archivedUrl?: string;
}

export interface BriefDistance {
  km: number;
  mi: number;
}

/** Values railwatch read from hashtags and captions rather than from the feed. */
export interface BriefDerived {
  equipment?: BriefEquipment[];
  locomotive?: string;
  operator?: string;
}

/**
 * Feed-format properties (as the sighting feed defines them, unknown feed properties kept at
 * the top level) followed by the railwatch members listed in RAILWATCH_PROPERTY_KEYS.
 */
export interface BriefSightingProperties {
  observedAt?: string;
  postedAt?: string;
  source?: { platform?: string; url?: string; author?: string; caption?: string; hashtags?: string[]; archivedUrl?: string; [key: string]: unknown };
  place?: string;
  locationPrecision?: { level?: string; uncertaintyKm?: number; [key: string]: unknown };
  /** Degrees clockwise from north. */
  heading?: number;
  equipment?: BriefEquipment[];
  locomotive?: string;
  operator?: string;
  wagons?: number;
  /** The feed's status. */
  status?: SightingStatus;
  /** The status the workspace shows: the analyst's when set, else the feed's. */
  railwatchStatus: EffectiveStatus;
  annotation?: BriefAnnotationProperties;
  /** Where the feed put the sighting, [lon, lat], when the analyst corrected the location. */
  originalLocation?: [number, number];
  provenance: BriefProvenance;
  /** Distance from the (corrected) position to the Belarus–Ukraine border. */
  borderDistance?: BriefDistance;
  railwatchDerived?: BriefDerived;
  /** Feed properties whose names clash with the railwatch members, kept here instead. */
  railwatchShadowed?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface BriefPoint {
  type: 'Point';
  coordinates: [number, number];
}

export interface BriefSightingFeature {
  type: 'Feature';
  id: string;
  geometry: BriefPoint;
  properties: BriefSightingProperties;
}

export interface BriefReferenceFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: { role: typeof REFERENCE_ROLE; name: string };
}

export type BriefFeature = BriefSightingFeature | BriefReferenceFeature;

export interface BriefCollection {
  type: 'FeatureCollection';
  railwatchBrief: BriefEnvelope;
  features: BriefFeature[];
}

/** Property names railwatch adds to a sighting; the importer removes them again. */
export const RAILWATCH_PROPERTY_KEYS = [
  'railwatchStatus',
  'annotation',
  'originalLocation',
  'provenance',
  'borderDistance',
  'railwatchDerived',
  'railwatchShadowed',
] as const;

export function isReferenceFeature(feature: BriefFeature): feature is BriefReferenceFeature {
  return (feature.properties as { role?: unknown }).role === REFERENCE_ROLE;
}
