// Importing a brief file: read it, plan the merge against what the workspace holds, and write
// the plan in ONE transaction (local sightings as one local feed, annotations, the brief),
// each change with its history entry. A file that cannot be read or a write that fails
// leaves the workspace exactly as it was.
import { assertEquipment, assertLocation, assertStatus, normaliseTags } from '../../db/annotation-normalise';
import { classifyStorageError } from '../../db/classify-storage-error';
import { systemClock, type Clock } from '../../db/clock';
import type { RailwatchDb } from '../../db/database';
import { appendHistory } from '../../db/history-repository';
import { importLocalFeed, LocalSightingInputError } from '../../db/local-sighting-repository';
import type { AnnotationRecord, BriefRecord } from '../../db/records';
import { parseBrief } from '../../domain/brief/import-brief';
import { planBriefMerge, type BriefMergeReport } from '../../domain/brief/plan-brief-merge';
import type { ImportedAnnotation } from '../../domain/brief/read-annotation';

export type BriefImportResult =
  | { ok: true; fileName: string; title: string; report: BriefMergeReport; skipped: string[]; feedId?: string }
  | { ok: false; fileName: string; message: string };

const TABLES = ['localSightings', 'localFeeds', 'history', 'annotations', 'briefs'] as const;

function annotationRecord(annotation: ImportedAnnotation): AnnotationRecord {
  // The brief came from outside: hold it to the same rules as an edit (throws, so the
  // transaction is rolled back and nothing of the file stays).
  if (annotation.status !== undefined) assertStatus(annotation.status);
  if (annotation.correctedLocation) assertLocation(annotation.correctedLocation);
  if (annotation.correctedEquipment) assertEquipment(annotation.correctedEquipment);
  return { ...structuredClone(annotation), tags: normaliseTags(annotation.tags) };
}

/**
 * `shownIds`: ids of the sightings the workspace shows now (feeds and local ones); a brief's
 * sighting with one of these ids is already present and is not stored again.
 */
export async function importBriefText(
  database: RailwatchDb,
  text: string,
  fileName: string,
  shownIds: ReadonlySet<string>,
  by: string,
  now: Clock = systemClock,
): Promise<BriefImportResult> {
  const parsed = parseBrief(text);
  if (!parsed.ok) return { ok: false, fileName, message: `${parsed.error.message} Nothing was imported.` };
  try {
    return await database.transaction('rw', [...TABLES], async () => {
      const localIds = (await database.localSightings.toCollection().primaryKeys()) as string[];
      const incomingIds = parsed.annotations.map((a) => a.sightingId);
      const stored = await database.annotations.bulkGet(incomingIds);
      const annotations = new Map<string, AnnotationRecord>();
      for (const record of stored) if (record) annotations.set(record.sightingId, record);
      const briefs = await database.briefs.toArray();
      const plan = planBriefMerge({ sightingIds: new Set([...shownIds, ...localIds]), annotations, briefs }, parsed);

      let feedId: string | undefined;
      if (plan.sightingsToAdd.length > 0) {
        const feed = await importLocalFeed(
          database,
          { feed: { name: `Brief “${parsed.brief.title}”`, sourceFileName: fileName }, features: plan.sightingsToAdd },
          by,
          now,
        );
        feedId = feed.id;
      }
      for (const annotation of plan.annotationsToPut) {
        const after = annotationRecord(annotation);
        const before = annotations.get(annotation.sightingId) ?? null;
        await database.annotations.put(after);
        await appendHistory(database, { at: now(), by, entity: 'annotation', entityId: after.sightingId, action: before ? 'update' : 'create', before, after });
      }
      if (plan.briefToPut) {
        const brief: BriefRecord = structuredClone(plan.briefToPut);
        await database.briefs.add(brief);
        await appendHistory(database, { at: now(), by, entity: 'brief', entityId: brief.id, action: 'import', before: null, after: brief });
      }
      return {
        ok: true as const,
        fileName,
        title: parsed.brief.title,
        report: plan.report,
        skipped: parsed.skipped.map((s) => s.reason),
        ...(feedId !== undefined ? { feedId } : {}),
      };
    });
  } catch (error) {
    const detail = error instanceof RangeError || error instanceof LocalSightingInputError ? error.message : classifyStorageError(error).message;
    return { ok: false, fileName, message: `Nothing was imported. ${detail}` };
  }
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The report's sentences, first the headline, for the dialog (and its tests). */
export function describeBriefImport(result: Extract<BriefImportResult, { ok: true }>): string[] {
  const r = result.report;
  const lines = [`Imported brief “${result.title}”: ${count(r.added, 'sighting')} added, ${r.alreadyPresent.toLocaleString('en')} already present.`];
  const notes: string[] = [];
  if (r.annotationsAdded > 0) notes.push(`${count(r.annotationsAdded, 'annotation')} added`);
  if (r.annotationsMerged.length > 0) {
    notes.push(`${count(r.annotationsMerged.length, 'annotation')} merged${r.notesCombined > 0 ? ` (${count(r.notesCombined, 'note')} combined: both kept)` : ''}`);
  }
  if (r.annotationsUnchanged > 0) notes.push(`${count(r.annotationsUnchanged, 'annotation')} already up to date`);
  if (notes.length > 0) lines.push(`Annotations: ${notes.join(', ')}.`);
  const { workspace, brief } = r.statusTakenFrom;
  if (workspace + brief > 0) {
    lines.push(`Where the statuses differed, the more recent was kept: the brief’s for ${count(brief, 'sighting')}, yours for ${count(workspace, 'sighting')}.`);
  }
  if (r.brief.outcome === 'added') lines.push(`The brief “${r.brief.title}” is in your Briefs tab.`);
  else if (r.brief.outcome === 'already-present') lines.push(`The brief “${r.brief.title}” was already in your workspace, unchanged.`);
  else lines.push(`You already have a different brief with this id, so this one was added as “${r.brief.title}”.`);
  if (result.skipped.length > 0) lines.push(`${count(result.skipped.length, 'feature')} of the file could not be read and were left out.`);
  return lines;
}
