import { listPinnedAnnotations } from '../../db/workspace-reads';
import { db } from '../../db/database';
import type { AnnotationRecord } from '../../db/records';
import { useLiveRead, type LiveRead } from './use-live-read';

const NO_PINS: AnnotationRecord[] = [];

/** Pinned annotations, most recently changed first; live across tabs (the Pinned tab's badge). */
export function usePinnedAnnotations(): LiveRead<AnnotationRecord[]> {
  return useLiveRead(() => listPinnedAnnotations(db()), [], NO_PINS);
}
