import { useEffect, useRef } from 'react';
import type * as AnnotationRepository from '../../db/annotation-repository';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { getAnalystName } from '../../db/settings-repository';
import { statusName } from '../../domain/workspace/status-label';
import { notify } from '../../stores/notice-store';
import { nextAnalystStatus, reviewActionFor, stepSelection, type ReviewAction } from './shortcut-keys';

/** What the shortcuts act on; a WorkspaceSighting fits. */
export type Reviewable = { id: string; annotation?: { pinned?: boolean; status?: string } };

type Options = {
  /** The sightings in the order the list shows them: j/k walk this order. */
  listed: readonly { id: string }[];
  selected: Reviewable | undefined;
  /** Selects and brings the sighting into view, as a click in the list does. */
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Focus targets, found when the key is pressed (they come and go with the panels). */
  focusSearch: () => void;
  focusNote: () => boolean;
};

type AnnotationWrites = typeof AnnotationRepository;

/** The annotation writes (with their validation and history) load with the first p or s. */
async function write(change: (writes: AnnotationWrites, by: string) => Promise<unknown>, done: string): Promise<void> {
  try {
    const [writes, by] = await Promise.all([import('../../db/annotation-repository'), getAnalystName(db())]);
    await change(writes, by);
    notify({ kind: 'info', message: done });
  } catch (error) {
    notify({ kind: 'error', message: classifyStorageError(error).message });
  }
}

/**
 * j/k, p, s, n, / and Esc on the whole page (the "?" help lives with its dialog). Listens
 * once; the latest options are read through a ref so a re-render never re-binds the key.
 */
export function useReviewShortcuts(options: Options): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    function run(action: ReviewAction): boolean {
      const { listed, selected, onSelect, onClose, focusSearch, focusNote } = latest.current;
      switch (action) {
        case 'next':
        case 'previous': {
          const id = stepSelection(listed, selected?.id ?? null, action === 'next' ? 1 : -1);
          if (id !== undefined) onSelect(id);
          return true;
        }
        case 'pin':
          if (!selected) notify({ kind: 'info', message: 'Select a sighting first to pin it.' });
          else {
            const pinned = selected.annotation?.pinned === true;
            const id = selected.id;
            void write(({ togglePinned }, by) => togglePinned(db(), id, by), pinned ? 'Sighting unpinned.' : 'Sighting pinned.');
          }
          return true;
        case 'status':
          if (!selected) notify({ kind: 'info', message: 'Select a sighting first to set its status.' });
          else {
            const status = nextAnalystStatus(selected.annotation?.status);
            const id = selected.id;
            const message = status ? `Analyst status: ${statusName(status)}.` : 'Analyst status cleared: the feed status applies.';
            void write(({ updateAnnotation }, by) => updateAnnotation(db(), id, { status }, by), message);
          }
          return true;
        case 'note':
          return focusNote();
        case 'search':
          focusSearch();
          return true;
        case 'close':
          if (!selected) return false;
          onClose();
          return true;
        case 'help':
          return false;
      }
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      const action = reviewActionFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: event.target instanceof Element ? (event.target as HTMLElement) : null,
      });
      // preventDefault keeps the "n" or "/" out of the field that just got focus.
      if (action && run(action)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
