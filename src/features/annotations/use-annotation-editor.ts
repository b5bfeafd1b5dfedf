import { useCallback, useState } from 'react';
import { getAnnotation, togglePinned, updateAnnotation, type AnnotationPatch } from '../../db/annotation-repository';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import type { AnnotationRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';
import { useLiveRead } from './use-live-read';

export type AnnotationEditor = {
  annotation: AnnotationRecord | undefined;
  loaded: boolean;
  /** Why the last save failed, or why the annotation could not be read; null when all is well. */
  error: string | null;
  /** Saves at once, stamped with the analyst's name; resolves false (and sets `error`) on failure. */
  save: (patch: AnnotationPatch) => Promise<boolean>;
  togglePin: () => Promise<boolean>;
};

/** The analyst's annotation of one sighting, read live and written one change at a time. */
export function useAnnotationEditor(sightingId: string): AnnotationEditor {
  const read = useLiveRead(() => getAnnotation(db(), sightingId), [sightingId], undefined);
  const [saveError, setSaveError] = useState<string | null>(null);

  const run = useCallback(async (write: (by: string) => Promise<unknown>): Promise<boolean> => {
    try {
      // Read the name per write: it may have been changed in the settings of another tab.
      await write(await getAnalystName(db()));
      setSaveError(null);
      return true;
    } catch (error) {
      setSaveError(classifyStorageError(error).message);
      return false;
    }
  }, []);

  const save = useCallback((patch: AnnotationPatch) => run((by) => updateAnnotation(db(), sightingId, patch, by)), [run, sightingId]);
  const togglePin = useCallback(() => run((by) => togglePinned(db(), sightingId, by)), [run, sightingId]);

  return { annotation: read.value, loaded: read.loaded, error: saveError ?? read.error, save, togglePin };
}
