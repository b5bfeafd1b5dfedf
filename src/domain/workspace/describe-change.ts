import { formatLocationInput } from './parse-location-input';
import { statusName } from './status-label';
import type { CorrectedEquipmentInput, CorrectedLocationInput } from './workspace-sighting';

/** The parts of a history entry a summary needs; `before`/`after` are stored annotations. */
export interface AnnotationChange {
  action: string;
  before: unknown;
  after: unknown;
}

type Fields = {
  pinned?: unknown;
  note?: unknown;
  tags?: unknown;
  status?: unknown;
  correctedLocation?: unknown;
  correctedEquipment?: unknown;
};

// History holds whatever older builds wrote: read every field defensively.
function fields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function describeLocation(value: unknown): string {
  const location = value as CorrectedLocationInput;
  if (typeof location?.lon !== 'number' || typeof location.lat !== 'number') return 'an unreadable location';
  const radius = typeof location.uncertaintyKm === 'number' ? ` (± ${location.uncertaintyKm} km)` : '';
  return `${formatLocationInput(location.lon, location.lat)}${radius}`;
}

export function describeEquipment(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return 'none';
  return (value as CorrectedEquipmentInput[])
    .map((entry) => {
      const label = entry.model ? `${entry.model} (${entry.kind})` : String(entry.kind);
      return typeof entry.count === 'number' ? `${entry.count}× ${label}` : label;
    })
    .join(', ');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const BLANK: Fields = { pinned: false, note: '', tags: [] };

/**
 * What changed between two annotation states, one short phrase per field. A missing state
 * (before a creation, after a deletion or an undone creation) counts as a blank annotation,
 * so the phrases say what was added or lost rather than just "removed".
 */
export function describeAnnotationDiff(beforeValue: unknown, afterValue: unknown): string[] {
  const before = beforeValue ? fields(beforeValue) : BLANK;
  const after = afterValue ? fields(afterValue) : BLANK;
  const out: string[] = [];
  if (Boolean(before.pinned) !== Boolean(after.pinned)) out.push(after.pinned ? 'pinned' : 'unpinned');
  const noteBefore = textOf(before.note);
  const noteAfter = textOf(after.note);
  if (noteBefore !== noteAfter) out.push(noteAfter === '' ? 'note cleared' : noteBefore === '' ? 'note added' : 'note edited');
  const tagsBefore = tagsOf(before.tags);
  const tagsAfter = tagsOf(after.tags);
  const added = tagsAfter.filter((tag) => !tagsBefore.includes(tag));
  const removed = tagsBefore.filter((tag) => !tagsAfter.includes(tag));
  if (added.length > 0) out.push(`tag${added.length > 1 ? 's' : ''} ${added.map((tag) => `“${tag}”`).join(', ')} added`);
  if (removed.length > 0) out.push(`tag${removed.length > 1 ? 's' : ''} ${removed.map((tag) => `“${tag}”`).join(', ')} removed`);
  if (!same(before.status, after.status)) {
    out.push(typeof after.status === 'string' ? `status set to ${statusName(after.status)}` : "status reset to the feed's");
  }
  if (!same(before.correctedLocation, after.correctedLocation)) {
    out.push(after.correctedLocation ? `location corrected to ${describeLocation(after.correctedLocation)}` : "location reset to the feed's");
  }
  if (!same(before.correctedEquipment, after.correctedEquipment)) {
    out.push(after.correctedEquipment ? `equipment corrected to ${describeEquipment(after.correctedEquipment)}` : "equipment reset to the feed's");
  }
  if (out.length === 0 && beforeValue && !afterValue) out.push('annotation removed');
  return out;
}

/** One line for the history list and the undo announcement, e.g. "Undo: tag “tanks” removed". */
export function describeAnnotationChange(change: AnnotationChange): string {
  const parts = describeAnnotationDiff(change.before, change.after);
  const text = parts.length === 0 ? 'no visible change' : parts.join('; ');
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return change.action === 'undo' ? `Undo: ${text}` : sentence;
}
