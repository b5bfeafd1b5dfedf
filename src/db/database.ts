// The analyst's workspace: ONE IndexedDB database, "railwatch", opened through Dexie.
//
// RULE: versions are append-only. A version that has shipped is never edited, re-ordered or
// removed: browsers out there hold data written under it, and Dexie decides what to upgrade
// by comparing the declared schemas. To change a table, ADD a version below with the new
// store spec and, when records change shape, an `upgrade` whose per-record transform is a
// pure function in ./migrations/ with its own unit test. Indexes only: never put a
// non-indexed property in a store spec.
//
// Why strict durability: an annotation typed just before a crash or power cut must be on
// disk once its write resolved. Chromium defaults to "relaxed" (resolves before the OS flush);
// other browsers ignore the option.
import Dexie, { type EntityTable } from 'dexie';
import { migrateAnnotationV1toV2, type AnnotationV1 } from './migrations/v2-annotations.ts';
import type {
  AnnotationRecord,
  BriefRecord,
  FeedRecord,
  FeedSnapshotRecord,
  HistoryRecord,
  LocalFeedRecord,
  LocalSightingRecord,
  OverlayRecord,
  SettingRecord,
  TrackRecord,
} from './records.ts';

export const DATABASE_NAME = 'railwatch';

// `pinned` is a boolean and booleans are not valid IndexedDB keys: an index on it would stay
// empty, so pinned annotations are found by scanning (annotations number in the thousands).
export const SCHEMA_V1 = {
  annotations: 'sightingId, updatedAt, *tags',
  localSightings: 'id, feedId',
  localFeeds: 'id',
  feeds: 'id, order',
  feedSnapshots: 'feedId',
  briefs: 'id, updatedAt',
  overlays: 'id',
  tracks: 'id, updatedAt, *sightingIds',
  history: '++seq, [entity+entityId], at',
  settings: 'key',
} as const;

/** v2: annotations gain createdAt (indexed) and normalised tags; other tables unchanged. */
export const SCHEMA_V2 = {
  annotations: 'sightingId, updatedAt, createdAt, *tags',
} as const;

/**
 * v3: local sightings are read a page at a time per feed, in id order ([feedId+id]). The
 * compound index replaces the feedId index: Dexie answers where('feedId') from its first part,
 * and an import writes one index per row instead of two.
 */
export const SCHEMA_V3 = {
  localSightings: 'id, [feedId+id]',
} as const;

export const CURRENT_VERSION = 3;

export type RailwatchDb = Dexie & {
  annotations: EntityTable<AnnotationRecord, 'sightingId'>;
  localSightings: EntityTable<LocalSightingRecord, 'id'>;
  localFeeds: EntityTable<LocalFeedRecord, 'id'>;
  feeds: EntityTable<FeedRecord, 'id'>;
  feedSnapshots: EntityTable<FeedSnapshotRecord, 'feedId'>;
  briefs: EntityTable<BriefRecord, 'id'>;
  overlays: EntityTable<OverlayRecord, 'id'>;
  tracks: EntityTable<TrackRecord, 'id'>;
  history: EntityTable<HistoryRecord, 'seq'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Tests pass a fresh fake-indexeddb factory; the app passes nothing (the browser's). */
export interface DatabaseDeps {
  indexedDB?: { open: IDBFactory['open'] } | IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createDatabase(name: string = DATABASE_NAME, deps: DatabaseDeps = {}): RailwatchDb {
  const database = new Dexie(name, {
    chromeTransactionDurability: 'strict',
    ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
    ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
  }) as RailwatchDb;

  database.version(1).stores(SCHEMA_V1);
  database
    .version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('annotations')
        .toCollection()
        .modify((record: AnnotationV1, ref: { value: unknown }) => {
          ref.value = migrateAnnotationV1toV2(record);
        }),
    );
  database.version(3).stores(SCHEMA_V3);

  // Dexie 4 quietly opens a database that a NEWER build (another tab, after a deploy) has
  // already upgraded, and this build would then write old-shaped records into it. Refuse
  // instead; sticky, so the check also runs when Dexie re-opens after a 'versionchange'.
  // Dexie stores version n as native version n*10 (+1 for its own schema patches).
  const declaredVersion = database.verno;
  database.on(
    'ready',
    (vipDb) => {
      const installed = Math.floor(vipDb.backendDB().version / 10);
      if (installed > declaredVersion) {
        throw new Dexie.VersionError(
          `The workspace was upgraded to schema ${installed} by a newer railwatch in another tab; this tab knows schema ${declaredVersion}.`,
        );
      }
    },
    true,
  );

  return database;
}

let defaultDb: RailwatchDb | undefined;

/** The app's database, created on first use so importing this module never touches storage. */
export function db(): RailwatchDb {
  defaultDb ??= createDatabase();
  return defaultDb;
}
