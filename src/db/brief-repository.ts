// Briefs: a titled selection of sightings with the view and filters it was written under.
// The export format itself is built elsewhere (domain); this stores the analyst's drafts.
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { appendHistory } from './history-repository.ts';
import { uniqueIds, withId, withoutId } from './id-list.ts';
import { newId } from './new-id.ts';
import type { BriefRecord } from './records.ts';

export interface NewBrief {
  id?: string;
  title: string;
  summary?: string;
  author: string;
  sightingIds?: string[];
  view?: BriefRecord['view'];
  filters?: unknown;
}

export type BriefPatch = Partial<Pick<BriefRecord, 'title' | 'summary' | 'author' | 'sightingIds' | 'view' | 'filters'>>;

function assertTitle(title: string | undefined): void {
  if (title !== undefined && title.trim() === '') throw new RangeError('A brief needs a title.');
}

/** Briefs, most recently changed first. */
export function listBriefs(db: RailwatchDb): Promise<BriefRecord[]> {
  return db.briefs.orderBy('updatedAt').reverse().toArray();
}

export function getBrief(db: RailwatchDb, id: string): Promise<BriefRecord | undefined> {
  return db.briefs.get(id);
}

async function write(db: RailwatchDb, before: BriefRecord | null, after: BriefRecord, action: string, by: string, at: string): Promise<BriefRecord> {
  await db.briefs.put(after);
  await appendHistory(db, { at, by, entity: 'brief', entityId: after.id, action, before, after });
  return after;
}

export async function createBrief(db: RailwatchDb, input: NewBrief, by: string, now: Clock = systemClock): Promise<BriefRecord> {
  assertTitle(input.title);
  return db.transaction('rw', db.briefs, db.history, async () => {
    const at = now();
    const brief: BriefRecord = {
      id: input.id ?? newId(),
      title: input.title.trim(),
      summary: input.summary ?? '',
      author: input.author,
      sightingIds: uniqueIds(input.sightingIds ?? []),
      ...(input.view !== undefined ? { view: structuredClone(input.view) } : {}),
      ...(input.filters !== undefined ? { filters: structuredClone(input.filters) } : {}),
      createdAt: at,
      updatedAt: at,
    };
    if (await db.briefs.get(brief.id)) throw new RangeError(`A brief "${brief.id}" already exists.`);
    return write(db, null, brief, 'create', by, at);
  });
}

/** Applies `change` to the stored brief in one transaction; rejects when the brief is gone. */
function changeBrief(db: RailwatchDb, id: string, action: string, by: string, now: Clock, change: (b: BriefRecord) => BriefRecord): Promise<BriefRecord> {
  return db.transaction('rw', db.briefs, db.history, async () => {
    const before = await db.briefs.get(id);
    if (!before) throw new RangeError(`No brief "${id}".`);
    const at = now();
    return write(db, before, { ...change(before), id, createdAt: before.createdAt, updatedAt: at }, action, by, at);
  });
}

export async function updateBrief(db: RailwatchDb, id: string, patch: BriefPatch, by: string, now: Clock = systemClock): Promise<BriefRecord> {
  assertTitle(patch.title);
  const clean: BriefPatch = structuredClone(patch);
  if (clean.title !== undefined) clean.title = clean.title.trim();
  if (clean.sightingIds !== undefined) clean.sightingIds = uniqueIds(clean.sightingIds);
  return changeBrief(db, id, 'update', by, now, (b) => ({ ...b, ...clean }));
}

export function addSightingToBrief(db: RailwatchDb, id: string, sightingId: string, by: string, now: Clock = systemClock): Promise<BriefRecord> {
  return changeBrief(db, id, 'update', by, now, (b) => ({ ...b, sightingIds: withId(b.sightingIds, sightingId) }));
}

export function removeSightingFromBrief(db: RailwatchDb, id: string, sightingId: string, by: string, now: Clock = systemClock): Promise<BriefRecord> {
  return changeBrief(db, id, 'update', by, now, (b) => ({ ...b, sightingIds: withoutId(b.sightingIds, sightingId) }));
}

/** A copy titled "<title> (copy)", with its own id and timestamps, for a new edition. */
export function duplicateBrief(db: RailwatchDb, id: string, by: string, now: Clock = systemClock, copyId: string = newId()): Promise<BriefRecord> {
  return db.transaction('rw', db.briefs, db.history, async () => {
    const source = await db.briefs.get(id);
    if (!source) throw new RangeError(`No brief "${id}".`);
    const at = now();
    const copy: BriefRecord = { ...structuredClone(source), id: copyId, title: `${source.title} (copy)`, createdAt: at, updatedAt: at };
    return write(db, null, copy, 'duplicate', by, at);
  });
}

export function deleteBrief(db: RailwatchDb, id: string, by: string, now: Clock = systemClock): Promise<boolean> {
  return db.transaction('rw', db.briefs, db.history, async () => {
    const before = await db.briefs.get(id);
    if (!before) return false;
    await db.briefs.delete(id);
    await appendHistory(db, { at: now(), by, entity: 'brief', entityId: id, action: 'delete', before, after: null });
    return true;
  });
}
