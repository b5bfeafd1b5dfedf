/*
 * The sighting vocabulary (statuses, equipment kinds, platforms …) and the flat in-app
 * `Sighting` every feed is normalised into. The feed format as zod schemas lives in
 * sighting-feed-schema.ts (tests and tooling only): `parseFeed` validates field by field with
 * hand-written readers so that one bad optional field costs a warning, not the feature, and
 * so that 100,000 features parse in about a second; parse-feed.test.ts keeps the two in step.
 */

export const SIGHTING_STATUSES = ['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation'] as const;
export type SightingStatus = (typeof SIGHTING_STATUSES)[number];

export const EQUIPMENT_KINDS = [
  'tank',
  'apc-ifv',
  'light-armoured',
  'artillery',
  'mlrs',
  'air-defence',
  'truck',
  'fuel',
  'ammunition',
  'engineering',
  'medical',
  'other',
] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

export const PLATFORMS = ['tiktok', 'telegram', 'vk', 'twitter', 'youtube', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PRECISION_LEVELS = ['exact', 'approximate', 'town', 'region'] as const;
export type PrecisionLevel = (typeof PRECISION_LEVELS)[number];

export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** Railway operators: Russian Railways, Belarusian Railway (BCh/BZhD), Ukrzaliznytsia. */
export const OPERATORS = ['RZD', 'BCh', 'UZ'] as const;
export type Operator = (typeof OPERATORS)[number];


/** Feed metadata as parseFeed returns it: only the known fields, each of the right type. */
export interface FeedMetadata {
  title: string;
  description?: string;
  illustrative?: boolean;
  license?: string;
  homepage?: string;
}

/** One equipment entry of a sighting. `evidence` is set only when derived from text. */
export interface EquipmentItem {
  kind: EquipmentKind;
  model?: string;
  count?: number;
  /** The hashtag or caption word the entry was derived from, e.g. "#танки". */
  evidence?: string;
}

/** A sighting as the app, map and workers use it: flat, validated, enriched. */
export interface Sighting {
  id: string;
  lon: number;
  lat: number;
  observedAt?: string;
  postedAt?: string;
  platform?: Platform;
  /** Only http(s) links survive; anything else is dropped with an 'unsafe-url' warning. */
  url?: string;
  archivedUrl?: string;
  author?: string;
  caption?: string;
  /** Lower-case, without '#', unique; feed hashtags first, then those written in the caption. */
  hashtags: readonly string[];
  place?: string;
  uncertaintyKm?: number;
  precision?: PrecisionLevel;
  /** Direction of travel in degrees clockwise from north, 0 ≤ headingDeg < 360. */
  headingDeg?: number;
  equipment: readonly EquipmentItem[];
  /** Canonical Latin class, e.g. "VL10U" (feed text kept as given when the feed states it). */
  locomotive?: string;
  operator?: Operator;
  militaryEchelon: boolean;
  wagons?: number;
  status: SightingStatus;
  /** True where the value came from hashtags/caption rather than from the feed. */
  derived: { readonly equipment: boolean; readonly locomotive: boolean; readonly operator: boolean };
  /** Properties the format does not define, as they came (unknown keys of `source` and
   *  `locationPrecision` are kept here under the same key, holding only those keys). */
  extra: Readonly<Record<string, unknown>>;
}
