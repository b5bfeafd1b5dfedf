// Schema v1 -> v2 for the annotations table. FROZEN once shipped: it must keep turning a v1
// record into exactly what v2 expected, even if the app's tag rules change later; that is
// why it does not reuse the runtime normaliser in ../annotation-normalise.ts.
//
// Why v2 exists: v1 stored tags as typed, so "Tanks", "tanks " and "tanks" were three tags
// and filtering by tag missed records; and v1 kept no creation time, which the timeline
// needs to show when an analyst first looked at a sighting.

/** An annotation as v1 wrote it. Unknown extra properties are carried through untouched. */
export interface AnnotationV1 {
  sightingId: string;
  pinned: boolean;
  note: string;
  tags: string[];
  status?: string;
  correctedLocation?: { lon: number; lat: number; uncertaintyKm?: number };
  correctedEquipment?: { kind: string; model?: string; count?: number }[];
  updatedAt: string;
  updatedBy: string;
  [extra: string]: unknown;
}

export interface AnnotationV2 extends AnnotationV1 {
  createdAt: string;
}

/** Trim, collapse inner whitespace, lower-case, drop empties and duplicates (first wins). */
function normaliseTagsV2(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  const out: string[] = [];
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const clean = tag.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean !== '' && !out.includes(clean)) out.push(clean);
  }
  return out;
}

export function migrateAnnotationV1toV2(record: AnnotationV1): AnnotationV2 {
  return {
    ...record,
    tags: normaliseTagsV2(record.tags),
    createdAt: typeof record.createdAt === 'string' ? record.createdAt : record.updatedAt,
  };
}
