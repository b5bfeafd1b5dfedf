import type { EquipmentItem, Sighting, SightingStatus } from '../sighting/sighting-schema';

/*
 * A sighting as the workspace shows it: the feed's report with the analyst's annotation laid
 * over it. Feeds cannot say "unverifiable" (it is a verdict about the analyst's own attempt),
 * so the status is widened here rather than in the feed schema.
 */

export const EFFECTIVE_STATUSES = ['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation', 'unverifiable'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

export interface CorrectedLocationInput {
  lon: number;
  lat: number;
  uncertaintyKm?: number;
}

export interface CorrectedEquipmentInput {
  kind: string;
  model?: string;
  count?: number;
}

/**
 * What the analyst added to a sighting. Structurally the stored annotation record, declared
 * here so the pure core does not depend on the storage layer.
 */
export interface SightingAnnotation {
  sightingId: string;
  pinned: boolean;
  note: string;
  tags: readonly string[];
  status?: EffectiveStatus;
  correctedLocation?: CorrectedLocationInput;
  correctedEquipment?: readonly CorrectedEquipmentInput[];
  updatedAt?: string;
  updatedBy?: string;
}

export interface WorkspaceSighting extends Omit<Sighting, 'status'> {
  /** The analyst's status when set, otherwise the feed's. */
  status: EffectiveStatus;
  /** The analyst's annotation, when there is one. */
  annotation?: SightingAnnotation;
  /** Set only when the analyst's status overrides the feed's: what the feed said. */
  feedStatus?: SightingStatus;
  /** Set only when the location is corrected: where the feed put the sighting. */
  feedLon?: number;
  feedLat?: number;
  feedUncertaintyKm?: number;
  /** Set only when the equipment is corrected: what the feed (or its hashtags) said. */
  feedEquipment?: readonly EquipmentItem[];
}

export function isEffectiveStatus(value: unknown): value is EffectiveStatus {
  return (EFFECTIVE_STATUSES as readonly unknown[]).includes(value);
}
