// Annotations: the analyst's pin, note, tags, status and corrections over a sighting.
// Every change is one rw transaction writing the record and its history entry together.
import { assertEquipment, assertLocation, assertStatus, normaliseTags } from './annotation-normalise.ts';
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { appendHistory } from './history-repository.ts';
import type { AnnotationRecord } from './records.ts';

// The live reads the first map needs live in workspace-reads.ts (issue 8: the start bundle).
export { listAnnotations, listPinnedAnnotations } from './workspace-reads.ts';

/**
 * Fields an analyst edits. An absent key keeps the stored value; for the optional fields
 * (status, correctedLocation, correctedEquipment) a key present with `undefined` clears it.
 */
export type AnnotationPatch = Partial<
  Pick<AnnotationRecord, 'pinned' | 'note' | 'tags' | 'status' | 'correctedLocation' | 'correctedEquipment'>
>;

const CLEARABLE = ['status', 'correctedLocation', 'correctedEquipment'] as const;
const CONTENT = ['pinned', 'note', 'tags', ...CLEARABLE] as const;

export function getAnnotation(db: RailwatchDb, sightingId: string): Promise<AnnotationRecord | undefined> {
  return db.annotations.get(sightingId);
}

export function listAnnotationsByTag(db: RailwatchDb, tag: string): Promise<AnnotationRecord[]> {
  const [clean] = normaliseTags([tag]);
  return clean === undefined ? Promise.resolve([]) : db.annotations.where('tags').equals(clean).toArray();
}

/** Every tag in use, sorted, for autocompletion. */
export async function listAnnotationTags(db: RailwatchDb): Promise<string[]> {
  return (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
}

function validate(patch: AnnotationPatch): void {
  if (patch.status !== undefined) assertStatus(patch.status);
  if (patch.correctedLocation !== undefined) assertLocation(patch.correctedLocation);
  if (patch.correctedEquipment !== undefined) assertEquipment(patch.correctedEquipment);
  if (patch.note !== undefined && typeof patch.note !== 'string') throw new TypeError('A note must be text.');
}

function merge(base: AnnotationRecord, patch: AnnotationPatch): AnnotationRecord {
  const next: AnnotationRecord = { ...base };
  if (patch.pinned !== undefined) next.pinned = patch.pinned;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.tags !== undefined) next.tags = normaliseTags(patch.tags);
  for (const key of CLEARABLE) {
    if (!(key in patch)) continue;
    if (patch[key] === undefined) delete next[key];
    else Object.assign(next, { [key]: structuredClone(patch[key]) });
  }
  return next;
}

function sameContent(a: AnnotationRecord, b: AnnotationRecord): boolean {
  return CONTENT.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * Merges `patch` into the sighting's annotation (creating it when absent) and records the
 * change. A patch that changes nothing writes nothing, so autosave does not flood history.
 */
export async function updateAnnotation(
  db: RailwatchDb,
  sightingId: string,
  patch: AnnotationPatch,
  by: string,
  now: Clock = systemClock,
): Promise<AnnotationRecord> {
  validate(patch);
  return db.transaction('rw', db.annotations, db.history, async () => {
    const before = await db.annotations.get(sightingId);
    const at = now();
    const base: AnnotationRecord = before ?? { sightingId, pinned: false, note: '', tags: [], createdAt: at, updatedAt: at, updatedBy: by };
    const merged = merge(base, patch);
    if (before && sameContent(before, merged)) return before;
    const after: AnnotationRecord = { ...merged, updatedAt: at, updatedBy: by };
    await db.annotations.put(after);
    await appendHistory(db, { at, by, entity: 'annotation', entityId: sightingId, action: before ? 'update' : 'create', before: before ?? null, after });
    return after;
  });
}

/** Flips the pin inside the transaction, so two tabs clicking at once cannot both read "false". */
export function togglePinned(db: RailwatchDb, sightingId: string, by: string, now: Clock = systemClock): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, db.history, async () => {
    const current = await db.annotations.get(sightingId);
    return updateAnnotation(db, sightingId, { pinned: !(current?.pinned ?? false) }, by, now);
  });
}

/** Removes the annotation (recorded, so undoLast brings it back). Resolves false when there was none. */
export function deleteAnnotation(db: RailwatchDb, sightingId: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', db.annotations, db.history, async () => {
    const before = await db.annotations.get(sightingId);
    if (!before) return false;
    await db.annotations.delete(sightingId);
    await appendHistory(db, { at: now(), by, entity: 'annotation', entityId: sightingId, action: 'delete', before, after: null });
    return true;
  });
}
