import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, and probes for that with a
// caught `Function('')`, which the app's Content Security Policy (no eval) reports as a
// violation all the same. The interpreted parser is just as correct. This module is where
// zod enters the app and its workers, so the setting holds wherever a schema runs.
z.config({ jitless: true });

/*
 * The sighting feed format (a GeoJSON FeatureCollection of Point features) as runtime
 * schemas, plus the flat in-app `Sighting` every feed is normalised into.
 *
 * The zod schemas are the written contract: they accept exactly what a well-formed feed
 * holds and keep unknown members (loose objects), so a feed can be checked as a whole
 * (tests, exports, tooling). `parseFeed` does NOT run them per feature: it validates field
 * by field with hand-written readers so that one bad optional field costs a warning, not the
 * feature, and so that 100,000 features parse in about a second. parse-feed.test.ts keeps
 * the two in step.
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

/** ISO 8601 date ("2022-01-18") or date-time with optional offset; zod checks the day exists. */
export const IsoDateStringSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

export const SourceSchema = z.looseObject({
  platform: z.enum(PLATFORMS).optional(),
  url: z.httpUrl().optional(),
  author: z.string().optional(),
  caption: z.string().optional(),
  hashtags: z.array(z.string()).optional(),
  archivedUrl: z.httpUrl().optional(),
});

export const LocationPrecisionSchema = z.looseObject({
  level: z.enum(PRECISION_LEVELS).optional(),
  uncertaintyKm: z.number().nonnegative().optional(),
});

export const EquipmentItemSchema = z.looseObject({
  kind: z.enum(EQUIPMENT_KINDS),
  model: z.string().optional(),
  count: z.int().nonnegative().optional(),
});

export const HeadingSchema = z.union([z.enum(COMPASS_POINTS), z.number().min(0).max(360)]);

export const SightingPropertiesSchema = z.looseObject({
  observedAt: IsoDateStringSchema.optional(),
  postedAt: IsoDateStringSchema.optional(),
  source: SourceSchema.optional(),
  place: z.string().optional(),
  locationPrecision: LocationPrecisionSchema.optional(),
  heading: HeadingSchema.optional(),
  equipment: z.array(EquipmentItemSchema).optional(),
  locomotive: z.string().optional(),
  wagons: z.int().nonnegative().optional(),
  status: z.enum(SIGHTING_STATUSES).optional(),
});

export const PointSchema = z.looseObject({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number()),
});

export const SightingFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  id: z.union([z.string().min(1), z.number()]).optional(),
  geometry: PointSchema,
  properties: SightingPropertiesSchema.nullable().optional(),
});

export const FeedMetadataSchema = z.looseObject({
  title: z.string(),
  description: z.string().optional(),
  illustrative: z.boolean().optional(),
  license: z.string().optional(),
  homepage: z.httpUrl().optional(),
});

export const SightingFeedSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  metadata: FeedMetadataSchema.optional(),
  features: z.array(SightingFeatureSchema),
});

export type SightingSource = z.infer<typeof SourceSchema>;
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;
export type FeedEquipmentItem = z.infer<typeof EquipmentItemSchema>;
export type SightingProperties = z.infer<typeof SightingPropertiesSchema>;
export type SightingFeature = z.infer<typeof SightingFeatureSchema>;
export type SightingFeed = z.infer<typeof SightingFeedSchema>;

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
  hashtags: string[];
  place?: string;
  uncertaintyKm?: number;
  precision?: PrecisionLevel;
  /** Direction of travel in degrees clockwise from north, 0 ≤ headingDeg < 360. */
  headingDeg?: number;
  equipment: EquipmentItem[];
  /** Canonical Latin class, e.g. "VL10U" (feed text kept as given when the feed states it). */
  locomotive?: string;
  operator?: Operator;
  militaryEchelon: boolean;
  wagons?: number;
  status: SightingStatus;
  /** True where the value came from hashtags/caption rather than from the feed. */
  derived: { equipment: boolean; locomotive: boolean; operator: boolean };
  /** Properties the format does not define, as they came (unknown keys of `source` and
   *  `locationPrecision` are kept here under the same key, holding only those keys). */
  extra: Record<string, unknown>;
}
