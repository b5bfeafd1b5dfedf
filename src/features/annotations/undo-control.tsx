import { useCallback, useEffect, useRef, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { undoLast } from '../../db/history-repository';
import type { HistoryRecord } from '../../db/records';
import { getAnalystName } from '../../db/settings-repository';
import { describeAnnotationChange } from '../../domain/workspace/describe-change';

const ENTITY_NAMES: Record<HistoryRecord['entity'], string> = {
  annotation: 'annotation',
  localSighting: 'sighting',
  localFeed: 'imported feed',
  brief: 'brief',
  track: 'track',
  feed: 'feed settings',
};

function announcementFor(entry: HistoryRecord | undefined): string {
  if (!entry) return 'Nothing to undo.';
  if (entry.entity === 'annotation') return `${describeAnnotationChange(entry)}.`;
  return `Undo: ${ENTITY_NAMES[entry.entity]} change reverted.`;
}

/** Inside a text field Ctrl/Cmd+Z belongs to the browser's own text undo. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(target.type);
}

/**
 * Undo for the whole workspace (the history is shared by every tab): a toolbar button and
 * Ctrl/Cmd+Z outside text fields. What was undone is announced to screen readers too.
 */
export function UndoControl() {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);

  const undo = useCallback(async () => {
    // Holding the keys down must not fire a second undo before the first is written.
    if (busy.current) return;
    busy.current = true;
    try {
      const entry = await undoLast(db(), await getAnalystName(db()));
      setFailed(false);
      setMessage(announcementFor(entry));
    } catch (error) {
      setFailed(true);
      setMessage(classifyStorageError(error).message);
    } finally {
      busy.current = false;
    }
  }, []);

  // The toolbar is no log: the last message fades, screen readers have already heard it.
  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), 8000);
    return () => clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      void undo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo]);

  return (
    <>
      <button type="button" title="Undo the last change (Ctrl+Z)" aria-keyshortcuts="Control+Z Meta+Z" onClick={() => void undo()}>
        Undo
      </button>
      <span className={failed ? 'undo-status undo-failed' : 'undo-status'} role="status" aria-live="polite">
        {message}
      </span>
    </>
  );
}
