import { isIsoDate } from '../sighting/iso-date';
import { isEffectiveStatus, type EffectiveStatus } from '../workspace/workspace-sighting';
import type { BriefEnvelope, BriefEquipment, BriefLocation } from './brief-format';

/*
 * An annotation read from a brief feature, in the shape the workspace stores (an
 * AnnotationRecord). A file may have been edited by hand or by another tool, so each field is
 * checked on its own and a bad one is dropped, not the annotation. Missing bookkeeping is
 * filled from the envelope: times from `generatedAt`, the editor from the brief's author.
 */

export interface ImportedAnnotation {
  sightingId: string;
  pinned: boolean;
  note: string;
  tags: string[];
  status?: EffectiveStatus;
  correctedLocation?: BriefLocation;
  correctedEquipment?: BriefEquipment[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** [lon, lat] when `raw` is a position within range, else undefined. */
export function readPosition(raw: unknown): [number, number] | undefined {
  if (!Array.isArray(raw) || raw.length < 2) return undefined;
  const [lon, lat] = raw as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : undefined;
}

function readLocation(raw: unknown, fallback: [number, number] | undefined): BriefLocation | undefined {
  const record = isRecord(raw) ? raw : {};
  const position = readPosition([record.lon, record.lat]) ?? fallback;
  if (!position) return undefined;
  const location: BriefLocation = { lon: position[0], lat: position[1] };
  const uncertainty = record.uncertaintyKm;
  if (typeof uncertainty === 'number' && Number.isFinite(uncertainty) && uncertainty >= 0) location.uncertaintyKm = uncertainty;
  return location;
}

function readEquipment(raw: unknown): BriefEquipment[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const items: BriefEquipment[] = [];
  for (const entry of raw as unknown[]) {
    if (!isRecord(entry) || typeof entry.kind !== 'string' || entry.kind.trim() === '') continue;
    const item: BriefEquipment = { kind: entry.kind };
    if (typeof entry.model === 'string') item.model = entry.model;
    if (typeof entry.count === 'number' && Number.isInteger(entry.count) && entry.count >= 0) item.count = entry.count;
    items.push(item);
  }
  return items;
}

function readTime(raw: unknown): string | undefined {
  return typeof raw === 'string' && isIsoDate(raw) ? raw : undefined;
}

/**
 * `corrected` is the feature's geometry when the feature also says where the feed put the
 * sighting: it stands in for a missing or broken `correctedLocation`.
 */
export function readAnnotation(sightingId: string, raw: unknown, corrected: [number, number] | undefined, envelope: BriefEnvelope): ImportedAnnotation {
  const record = isRecord(raw) ? raw : {};
  const updatedAt = readTime(record.updatedAt) ?? envelope.generatedAt;
  const annotation: ImportedAnnotation = {
    sightingId,
    pinned: record.pinned === true,
    note: typeof record.note === 'string' ? record.note : '',
    tags: Array.isArray(record.tags) ? (record.tags as unknown[]).filter((tag): tag is string => typeof tag === 'string') : [],
    createdAt: readTime(record.createdAt) ?? updatedAt,
    updatedAt,
    updatedBy: typeof record.updatedBy === 'string' && record.updatedBy !== '' ? record.updatedBy : envelope.author || 'unknown',
  };
  if (isEffectiveStatus(record.status)) annotation.status = record.status;
  const location = corrected ? readLocation(record.correctedLocation, corrected) : undefined;
  if (location) annotation.correctedLocation = location;
  const equipment = readEquipment(record.correctedEquipment);
  if (equipment) annotation.correctedEquipment = equipment;
  // Fixed key order, whatever order the fields were found in.
  const { createdAt, updatedAt: updated, updatedBy, ...content } = annotation;
  return { ...content, createdAt, updatedAt: updated, updatedBy };
}
