// Sightings that live only in this workspace: typed by the analyst (feed "local") or imported
// from a file (one LocalFeedRecord per file). An import is all or nothing: one transaction.
import type { Feature } from 'geojson';
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { appendHistory, type LocalFeedSnapshot } from './history-repository.ts';
import { noteLocalFeedChange } from './local-feed-change.ts';
import { newId } from './new-id.ts';
import { ANALYST_FEED_ID, type LocalFeedRecord, type LocalSightingRecord } from './records.ts';

// The live reads the first map needs live in workspace-reads.ts (issue 8: the start bundle).
export { listLocalFeeds, listLocalSightings, readLocalFeedPages } from './workspace-reads.ts';

export interface ImportLocalFeedInput {
  feed: { id?: string; name: string; sourceFileName?: string };
  features: readonly Feature[];
}

/** Thrown before anything is written when the input itself is unusable. */
export class LocalSightingInputError extends Error {
  override name = 'LocalSightingInputError';
}

function isFeature(value: unknown): value is Feature {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Feature';
}

/** The sighting id of a feature: its `id`, else `properties.id`, else undefined. */
export function featureSightingId(feature: Feature): string | undefined {
  const raw = feature.id ?? (feature.properties?.['id'] as unknown);
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

/** A copy of the feature whose top-level id is set, minting one when the file gave none. */
function withId(feature: Feature): { id: string; feature: Feature } {
  const id = featureSightingId(feature) ?? newId();
  return { id, feature: feature.id === undefined ? { ...feature, id } : feature };
}

const LOCAL_TABLES = ['localSightings', 'localFeeds', 'history'] as const;

export function getLocalSighting(db: RailwatchDb, id: string): Promise<LocalSightingRecord | undefined> {
  return db.localSightings.get(id);
}

/** Which of `ids` are already stored, so an importer can skip or rename them before importing. */
export async function findExistingLocalSightingIds(db: RailwatchDb, ids: readonly string[]): Promise<string[]> {
  const storedCount = await db.localSightings.count();
  if (storedCount === 0 || ids.length === 0) return [];
  // A file of 460,000 rows checked with point lookups reads every hit's whole record; when the
  // workspace holds fewer rows than that, one key-only scan of the table is far cheaper.
  if (storedCount <= ids.length) {
    const stored = new Set((await db.localSightings.toCollection().primaryKeys()) as string[]);
    return ids.filter((id) => stored.has(id));
  }
  const found = await db.localSightings.bulkGet([...ids]);
  return ids.filter((_, i) => found[i] !== undefined);
}

/**
 * Rows per write while a large import is stored: small enough that progress shows at least
 * every half second even on a slow, busy machine (about 2,000 rows/s there).
 */
export const IMPORT_CHUNK_SIZE = 1000;

export interface ImportLocalFeedOptions {
  /** Called after each chunk of rows is written (inside the still-open transaction). */
  onStored?: (stored: number, total: number) => void;
  /** Asked between chunks; true aborts the transaction, so nothing of the import remains. */
  isCancelled?: () => boolean;
  chunkSize?: number;
}

/** The import was cancelled while it was being stored; its transaction was aborted. */
export class LocalImportCancelledError extends Error {
  override name = 'LocalImportCancelledError';
  constructor() {
    super('The import was cancelled; nothing was stored.');
  }
}

/**
 * Stores a whole file as one local feed in ONE transaction: if any feature fails (an id
 * already stored, a value IndexedDB cannot store), nothing of the import remains.
 * Features without an id get a fresh one; everything else is stored exactly as given.
 */
export async function importLocalFeed(
  db: RailwatchDb,
  input: ImportLocalFeedInput,
  by: string,
  now: Clock = systemClock,
  options: ImportLocalFeedOptions = {},
): Promise<LocalFeedRecord> {
  const bad = input.features.findIndex((f) => !isFeature(f));
  if (bad !== -1) throw new LocalSightingInputError(`Item ${bad + 1} of the file is not a GeoJSON Feature.`);
  const prepared = input.features.map(withId);
  const seen = new Set<string>();
  for (const { id } of prepared) {
    if (seen.has(id)) throw new LocalSightingInputError(`The file contains sighting id "${id}" more than once.`);
    seen.add(id);
  }
  const at = now();
  const feed: LocalFeedRecord = {
    id: input.feed.id ?? `import:${newId()}`,
    name: input.feed.name,
    kind: 'import',
    createdAt: at,
    ...(input.feed.sourceFileName !== undefined ? { sourceFileName: input.feed.sourceFileName } : {}),
    count: prepared.length,
  };
  const records: LocalSightingRecord[] = prepared.map(({ id, feature }) => ({ id, feedId: feed.id, feature, createdAt: at, createdBy: by }));
  return db.transaction('rw', [...LOCAL_TABLES], async () => {
    await db.localFeeds.add(feed);
    // Chunks within the one transaction: each write reports progress and gives a Cancel its
    // chance to abort, yet a failure anywhere still leaves nothing of the import behind.
    const chunkSize = Math.max(1, options.chunkSize ?? IMPORT_CHUNK_SIZE);
    for (let start = 0; start < records.length; start += chunkSize) {
      if (options.isCancelled?.()) throw new LocalImportCancelledError();
      await db.localSightings.bulkAdd(records.slice(start, start + chunkSize));
      options.onStored?.(Math.min(start + chunkSize, records.length), records.length);
    }
    if (options.isCancelled?.()) throw new LocalImportCancelledError();
    const after: LocalFeedSnapshot = { feed, sightingIds: records.map((r) => r.id) };
    await appendHistory(db, { at, by, entity: 'localFeed', entityId: feed.id, action: 'import', before: null, after });
    return feed;
  });
}

/** Removes a local feed and all its sightings together; undoLast restores both. */
export function removeLocalFeed(db: RailwatchDb, feedId: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', [...LOCAL_TABLES], async () => {
    const feed = await db.localFeeds.get(feedId);
    if (!feed) return false;
    const sightings = await db.localSightings.where('feedId').equals(feedId).toArray();
    await db.localSightings.where('feedId').equals(feedId).delete();
    await db.localFeeds.delete(feedId);
    const before: LocalFeedSnapshot = { feed, sightingIds: sightings.map((s) => s.id), sightings };
    await appendHistory(db, { at: now(), by, entity: 'localFeed', entityId: feedId, action: 'remove', before, after: null });
    return true;
  });
}

/** Adds one analyst-created sighting to the "local" feed. */
export async function addLocalSighting(db: RailwatchDb, feature: Feature, by: string, now: Clock = systemClock): Promise<LocalSightingRecord> {
  if (!isFeature(feature)) throw new LocalSightingInputError('A sighting must be a GeoJSON Feature.');
  const { id, feature: stored } = withId(feature);
  return db.transaction('rw', [...LOCAL_TABLES], async () => {
    const at = now();
    const record: LocalSightingRecord = { id, feedId: ANALYST_FEED_ID, feature: stored, createdAt: at, createdBy: by };
    await db.localSightings.add(record);
    await noteLocalFeedChange(db, ANALYST_FEED_ID, at);
    await appendHistory(db, { at, by, entity: 'localSighting', entityId: id, action: 'create', before: null, after: record });
    return record;
  });
}

/** Replaces a local sighting's feature (its id, feed and creation stay). Rejects when absent. */
export async function updateLocalSighting(
  db: RailwatchDb,
  id: string,
  feature: Feature,
  by: string,
  now: Clock = systemClock,
): Promise<LocalSightingRecord> {
  if (!isFeature(feature)) throw new LocalSightingInputError('A sighting must be a GeoJSON Feature.');
  return db.transaction('rw', [...LOCAL_TABLES], async () => {
    const before = await db.localSightings.get(id);
    if (!before) throw new LocalSightingInputError(`No local sighting "${id}".`);
    const after: LocalSightingRecord = { ...before, feature: { ...feature, id } };
    const at = now();
    await db.localSightings.put(after);
    await noteLocalFeedChange(db, before.feedId, at);
    await appendHistory(db, { at, by, entity: 'localSighting', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Deletes one local sighting (analyst-made or imported). Resolves false when absent. */
export function deleteLocalSighting(db: RailwatchDb, id: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', [...LOCAL_TABLES], async () => {
    const before = await db.localSightings.get(id);
    if (!before) return false;
    const at = now();
    await db.localSightings.delete(id);
    await noteLocalFeedChange(db, before.feedId, at);
    await appendHistory(db, { at, by, entity: 'localSighting', entityId: id, action: 'delete', before, after: null });
    return true;
  });
}
