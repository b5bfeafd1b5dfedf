import { useMemo } from 'react';
import { listAnnotations } from '../../db/workspace-reads';
import { db } from '../../db/database';
import type { AnnotationRecord } from '../../db/records';
import { useLiveRead } from '../../features/annotations/use-live-read';
import { carryColumns } from '../../domain/explore/sighting-columns';
import { applyAnnotations } from '../../domain/workspace/apply-annotations';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';

const NO_ANNOTATIONS: AnnotationRecord[] = [];

export type AnnotationOverlay = {
  /** The sightings with every annotation applied (status, corrected location and equipment). */
  sightings: readonly WorkspaceSighting[];
  /** Set when the workspace could not be read; the feeds' sightings still show. */
  error: string | null;
  /** Whether any annotation is a pin (of a sighting listed or not): when none is, nobody need
   *  look for pins among a million sightings. */
  anyPinned: boolean;
};

/**
 * Lays the analyst's annotations over the merged sightings. Read live from IndexedDB, so an
 * edit in one tab shows in every other tab without a reload.
 */
export function useAnnotationOverlay(sightings: readonly Sighting[]): AnnotationOverlay {
  const annotations = useLiveRead(() => listAnnotations(db()), [], NO_ANNOTATIONS);
  return useMemo(() => {
    const annotated = applyAnnotations(sightings, annotations.value);
    // Only the annotated entries are new objects: the rest keep the columns read before.
    carryColumns(sightings, annotated);
    return { sightings: annotated, error: annotations.error, anyPinned: annotations.value.some((annotation) => annotation.pinned) };
  }, [sightings, annotations.value, annotations.error]);
}
