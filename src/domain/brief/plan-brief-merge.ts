import type { BriefEnvelope, BriefView } from './brief-format';
import type { ImportedSighting } from './import-brief';
import { mergeAnnotations, type StoredAnnotation } from './merge-annotation';
import type { ImportedAnnotation } from './read-annotation';

/*
 * What importing a brief changes in a workspace, decided without touching it: the caller
 * reads the workspace, asks for a plan, shows the report and writes the plan in one
 * transaction. Rules: nothing is ever overwritten or lost.
 * - Sightings: the id is the identity; one already present stays as it is.
 * - Annotations: see merge-annotation.ts (both notes kept, newest status wins).
 * - The brief: kept under its id; if that id holds a different brief, the import becomes a
 *   copy "<title> (imported)" under a new id. Importing the same file twice changes nothing.
 */

/** A brief as the workspace stores it; fields left out count as different from the file's. */
export interface ExistingBrief {
  id: string;
  title: string;
  summary?: string;
  author?: string;
  sightingIds?: readonly string[];
  view?: BriefView;
  filters?: unknown;
}

export interface ExistingWorkspace {
  sightingIds: ReadonlySet<string>;
  annotations: ReadonlyMap<string, StoredAnnotation>;
  briefs: readonly ExistingBrief[];
}

export interface IncomingBrief {
  brief: BriefEnvelope;
  sightings: readonly ImportedSighting[];
  annotations: readonly ImportedAnnotation[];
}

/** Fits the workspace's BriefRecord. */
export interface BriefToPut {
  id: string;
  title: string;
  summary: string;
  author: string;
  sightingIds: string[];
  view?: BriefView;
  filters?: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface BriefMergeReport {
  /** Sightings new to the workspace. */
  added: number;
  /** Sightings the workspace already had (kept as they were). */
  alreadyPresent: number;
  /** Annotations for sightings the workspace had not annotated. */
  annotationsAdded: number;
  /** Annotations identical to (or already contained in) the workspace's. */
  annotationsUnchanged: number;
  /** One entry per annotation that was combined with the workspace's, saying how. */
  annotationsMerged: { id: string; what: string }[];
  notesCombined: number;
  /** Where the kept status came from, counted where the two annotations disagreed. */
  statusTakenFrom: { workspace: number; brief: number };
  brief: { outcome: 'added' | 'already-present' | 'copied'; id: string; title: string };
}

export interface BriefMergePlan {
  sightingsToAdd: ImportedSighting[];
  annotationsToPut: ImportedAnnotation[];
  /** Undefined when the workspace already holds this brief. */
  briefToPut?: BriefToPut;
  report: BriefMergeReport;
}

export const IMPORTED_TITLE_SUFFIX = ' (imported)';

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'undefined';
}

function sameBrief(existing: ExistingBrief, incoming: BriefToPut): boolean {
  const content = (b: ExistingBrief) => canonicalJson([b.title, b.summary, b.author, b.sightingIds, b.view, b.filters]);
  return content(existing) === content(incoming);
}

function briefFromEnvelope(envelope: BriefEnvelope, sightingIds: string[]): BriefToPut {
  const createdAt = envelope.createdAt ?? envelope.generatedAt;
  const brief: BriefToPut = {
    id: envelope.id,
    title: envelope.title,
    summary: envelope.summary,
    author: envelope.author,
    sightingIds,
    createdAt,
    updatedAt: envelope.updatedAt ?? createdAt,
  };
  if (envelope.view !== undefined) brief.view = { ...envelope.view };
  if (envelope.filters !== undefined) brief.filters = envelope.filters;
  return brief;
}

function planBrief(existing: readonly ExistingBrief[], incoming: BriefToPut): { put?: BriefToPut; report: BriefMergeReport['brief'] } {
  const byId = new Map(existing.map((b) => [b.id, b]));
  // Candidates: the brief's own id, then "<id>-imported", "<id>-imported-2", …; an earlier
  // import of the same file sits under one of them and is recognised as already present.
  for (let attempt = 0; attempt <= existing.length + 1; attempt++) {
    const candidate: BriefToPut =
      attempt === 0
        ? incoming
        : { ...incoming, id: `${incoming.id}-imported${attempt > 1 ? `-${attempt}` : ''}`, title: `${incoming.title}${IMPORTED_TITLE_SUFFIX}` };
    const present = byId.get(candidate.id);
    if (!present) return { put: candidate, report: { outcome: attempt === 0 ? 'added' : 'copied', id: candidate.id, title: candidate.title } };
    if (sameBrief(present, candidate)) return { report: { outcome: 'already-present', id: present.id, title: present.title } };
  }
  // Unreachable: with n briefs, one of n + 2 candidate ids is free.
  throw new Error('planBriefMerge: no free brief id');
}

/** The changes that import `incoming` into `existing`, and what to tell the analyst. */
export function planBriefMerge(existing: ExistingWorkspace, incoming: IncomingBrief): BriefMergePlan {
  const sightingsToAdd: ImportedSighting[] = [];
  let alreadyPresent = 0;
  for (const sighting of incoming.sightings) {
    if (existing.sightingIds.has(sighting.id)) alreadyPresent++;
    else sightingsToAdd.push(sighting);
  }

  const annotationsToPut: ImportedAnnotation[] = [];
  const merged: BriefMergeReport['annotationsMerged'] = [];
  let annotationsAdded = 0;
  let annotationsUnchanged = 0;
  let notesCombined = 0;
  const statusTakenFrom = { workspace: 0, brief: 0 };
  for (const annotation of incoming.annotations) {
    const mine = existing.annotations.get(annotation.sightingId);
    if (!mine) {
      annotationsToPut.push(annotation);
      annotationsAdded++;
      continue;
    }
    const outcome = mergeAnnotations(mine, annotation, incoming.brief.title);
    if (!outcome.changed) {
      annotationsUnchanged++;
      continue;
    }
    annotationsToPut.push(outcome.annotation);
    merged.push({ id: annotation.sightingId, what: outcome.what });
    if (outcome.notesCombined) notesCombined++;
    if (outcome.statusFrom) statusTakenFrom[outcome.statusFrom]++;
  }

  const brief = planBrief(existing.briefs, briefFromEnvelope(incoming.brief, incoming.sightings.map((s) => s.id)));
  const plan: BriefMergePlan = {
    sightingsToAdd,
    annotationsToPut,
    report: {
      added: sightingsToAdd.length,
      alreadyPresent,
      annotationsAdded,
      annotationsUnchanged,
      annotationsMerged: merged,
      notesCombined,
      statusTakenFrom,
      brief: brief.report,
    },
  };
  if (brief.put) plan.briefToPut = brief.put;
  return plan;
}
