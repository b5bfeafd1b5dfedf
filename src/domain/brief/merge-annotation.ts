import type { EffectiveStatus } from '../workspace/workspace-sighting';
import type { BriefEquipment, BriefLocation } from './brief-format';
import type { ImportedAnnotation } from './read-annotation';

/*
 * Two analysts annotated the same sighting: the workspace's annotation and one from a brief.
 * Nothing either wrote is dropped: both notes are kept (once, if one already holds the
 * other), tags are united, pinned wins. Where only one value can stand (status, corrected
 * location, corrected equipment) the more recently updated annotation's value wins, falling
 * back to the other's when the newer has none; on a tie the workspace wins.
 */

/** An annotation as the workspace stores it (an AnnotationRecord fits). */
export interface StoredAnnotation {
  sightingId: string;
  pinned: boolean;
  note: string;
  tags: readonly string[];
  status?: EffectiveStatus;
  correctedLocation?: BriefLocation;
  correctedEquipment?: readonly BriefEquipment[];
  createdAt?: string;
  updatedAt?: string;
  updatedBy?: string;
}

export interface AnnotationMergeOutcome {
  /** False when the workspace's annotation already says everything the brief's does. */
  changed: boolean;
  annotation: ImportedAnnotation;
  /** For the analyst, e.g. "kept both notes; added tags apc; status disputed → confirmed (…)". */
  what: string;
  notesCombined: boolean;
  /** Set when both had a status and they differed: whose was kept. */
  statusFrom?: 'workspace' | 'brief';
}

function time(iso: string | undefined): number {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function content(a: StoredAnnotation): string {
  return JSON.stringify([a.pinned, a.note, a.tags, a.status ?? null, a.correctedLocation ?? null, a.correctedEquipment ?? null]);
}

export function noteSeparator(theirs: ImportedAnnotation, briefTitle: string): string {
  return `\n\n— Note from ${theirs.updatedBy}, ${theirs.updatedAt} (brief "${briefTitle}") —\n`;
}

function combineNotes(mine: string, theirs: ImportedAnnotation, briefTitle: string): { note: string; how?: string; combined: boolean } {
  const a = mine.trim();
  const b = theirs.note.trim();
  if (b === '' || a.includes(b)) return { note: mine, combined: false };
  if (a === '') return { note: theirs.note, how: "took the brief's note", combined: false };
  if (b.includes(a)) return { note: theirs.note, how: "took the brief's note, which contains this one", combined: false };
  return { note: `${mine}${noteSeparator(theirs, briefTitle)}${theirs.note}`, how: `kept both notes (the brief's by ${theirs.updatedBy})`, combined: true };
}

export function mergeAnnotations(mine: StoredAnnotation, theirs: ImportedAnnotation, briefTitle: string): AnnotationMergeOutcome {
  const theirsNewer = time(theirs.updatedAt) > time(mine.updatedAt);
  const newer: StoredAnnotation = theirsNewer ? theirs : mine;
  const older: StoredAnnotation = theirsNewer ? mine : theirs;
  const what: string[] = [];

  const note = combineNotes(mine.note, theirs, briefTitle);
  if (note.how) what.push(note.how);
  const addedTags = theirs.tags.filter((tag, i) => !mine.tags.includes(tag) && theirs.tags.indexOf(tag) === i);
  if (addedTags.length > 0) what.push(`added tags ${addedTags.join(', ')}`);
  if (!mine.pinned && theirs.pinned) what.push('pinned');

  const merged: ImportedAnnotation = {
    sightingId: mine.sightingId,
    pinned: mine.pinned || theirs.pinned,
    note: note.note,
    tags: [...mine.tags, ...addedTags],
    createdAt: [mine.createdAt, theirs.createdAt].filter((t): t is string => t !== undefined).sort((x, y) => time(x) - time(y))[0] ?? theirs.createdAt,
    updatedAt: newer.updatedAt ?? theirs.updatedAt,
    updatedBy: newer.updatedBy ?? theirs.updatedBy,
  };

  const status = newer.status ?? older.status;
  if (status !== undefined) merged.status = status;
  let statusFrom: AnnotationMergeOutcome['statusFrom'];
  if (mine.status !== undefined && theirs.status !== undefined && mine.status !== theirs.status) {
    statusFrom = theirsNewer ? 'brief' : 'workspace';
    what.push(
      theirsNewer
        ? `status ${mine.status} → ${theirs.status} (the brief's, by ${theirs.updatedBy} at ${theirs.updatedAt}, is newer)`
        : `kept status ${mine.status} (newer than the brief's ${theirs.status})`,
    );
  } else if (mine.status === undefined && theirs.status !== undefined) {
    what.push(`status ${theirs.status} from the brief`);
  }

  const location = newer.correctedLocation ?? older.correctedLocation;
  if (location) merged.correctedLocation = { ...location };
  if (location && !same(location, mine.correctedLocation)) what.push('corrected location from the brief');
  const equipment = newer.correctedEquipment ?? older.correctedEquipment;
  if (equipment) merged.correctedEquipment = equipment.map((item) => ({ ...item }));
  if (equipment && !same(equipment, mine.correctedEquipment)) what.push('corrected equipment from the brief');

  const changed = content(merged) !== content(mine);
  return { changed, annotation: merged, what: what.join('; '), notesCombined: note.combined, ...(statusFrom ? { statusFrom } : {}) };
}
