// Storage shapes of the analyst's workspace, as they sit in IndexedDB today (schema v2).
// They are deliberately independent of the domain's Sighting type: what is on disk must
// not change shape because an in-memory type did; a shape change here needs a new schema
// version and a migration (see database.ts).
import type { Feature, FeatureCollection } from 'geojson';

export const ANALYST_STATUSES = [
  'unverified',
  'geolocated',
  'confirmed',
  'disputed',
  'disinformation',
  'unverifiable',
] as const;
export type AnalystStatus = (typeof ANALYST_STATUSES)[number];

export interface CorrectedLocation {
  lon: number;
  lat: number;
  uncertaintyKm?: number;
}

export interface EquipmentEntry {
  kind: string;
  model?: string;
  count?: number;
}

/** The analyst's layer over one sighting (from a feed or local), keyed by the sighting id. */
export interface AnnotationRecord {
  sightingId: string;
  pinned: boolean;
  note: string;
  tags: string[];
  status?: AnalystStatus;
  correctedLocation?: CorrectedLocation;
  correctedEquipment?: EquipmentEntry[];
  /** Added in v2 (back-filled from updatedAt for v1 records). */
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** A sighting that lives only in this workspace: typed by the analyst or imported from a file. */
export interface LocalSightingRecord {
  id: string;
  /** 'local' for analyst-created sightings, the LocalFeedRecord id for imported ones. */
  feedId: string;
  /** Kept exactly as imported so properties railwatch does not know yet survive. */
  feature: Feature;
  createdAt: string;
  createdBy: string;
}

export const ANALYST_FEED_ID = 'local';

export interface LocalFeedRecord {
  id: string;
  name: string;
  kind: 'import' | 'analyst';
  createdAt: string;
  sourceFileName?: string;
  count: number;
  /**
   * Raised by every write to the feed's sightings (absent before any). The page watches the
   * feed records, which are few, and reads a feed's sightings again only when this changes:
   * watching a 474,000-row feed's records themselves made Dexie read them all in one task.
   */
  revision?: number;
}

/** Settings of a remote (online) sighting feed. */
export interface FeedRecord {
  id: string;
  name: string;
  url: string;
  enabled: boolean;
  refreshMinutes: number;
  createdAt: string;
  /** Position in the analyst's list, 0-based and gap-free after every write. */
  order: number;
}

/** The last good response of a feed, so the map still works offline. */
export interface FeedSnapshotRecord {
  feedId: string;
  url: string;
  fetchedAt: string;
  /** A Blob, stored without a copy on the main thread; text in records written by earlier builds. */
  body: Blob | string;
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface BriefRecord {
  id: string;
  title: string;
  summary: string;
  author: string;
  sightingIds: string[];
  view?: MapView;
  filters?: unknown;
  createdAt: string;
  updatedAt: string;
}

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

export interface OverlayRecord {
  id: string;
  name: string;
  geojson: FeatureCollection;
  featureCount: number;
  /** Null when the collection has no coordinates at all. */
  bbox: BBox | null;
  createdAt: string;
  visible: boolean;
}

/** An analyst's hypothesis that several sightings are the same train moving. */
export interface TrackRecord {
  id: string;
  name: string;
  sightingIds: string[];
  createdAt: string;
  updatedAt: string;
  note?: string;
}

export type HistoryEntity = 'annotation' | 'localSighting' | 'localFeed' | 'brief' | 'track' | 'feed';

export interface HistoryRecord {
  seq: number;
  at: string;
  by: string;
  entity: HistoryEntity;
  entityId: string;
  /** e.g. 'update', 'create', 'delete', 'import', 'undo'. */
  action: string;
  /** Null when the entity did not exist before the change. */
  before: unknown;
  /** Null when the change deleted the entity. */
  after: unknown;
  /** On an 'undo' entry: the seq of the entry it reverted. */
  undoes?: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
