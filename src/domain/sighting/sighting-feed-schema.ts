import { z } from 'zod';
import { COMPASS_POINTS, EQUIPMENT_KINDS, PLATFORMS, PRECISION_LEVELS, SIGHTING_STATUSES } from './sighting-schema';

// zod compiles object parsers with `new Function` when it may, and probes for that with a
// caught `Function('')`, which the app's Content Security Policy (no eval) reports as a
// violation all the same. The interpreted parser is just as correct. This module is where
// zod is loaded, so the setting holds wherever a schema runs.
z.config({ jitless: true });

/*
 * The sighting feed format as runtime zod schemas: the written contract. They accept exactly
 * what a well-formed feed holds and keep unknown members (loose objects), so a feed can be
 * checked as a whole (tests, exports, tooling). `parseFeed` does not run them per feature (see
 * sighting-schema.ts), and the app never loads this module: zod stays out of the bundle.
 */

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
