import { useCallback, useEffect, useRef, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
// Styles the pinned list, the legend's pinned mark and the settings dialog too, which are all
// on screen before the (lazily loaded) analysis section that also imports it.
import './annotations.css';

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
      // The history's undo logic is loaded on the first undo, not with the first map.
      const undoModule = await import('./undo-last-change').catch(() => null);
      if (!undoModule) {
        setFailed(true);
        setMessage('Undo could not be loaded (offline after an update?). Nothing was changed; reload the page to undo.');
        return;
      }
      const announcement = await undoModule.undoLastChange();
      setFailed(false);
      setMessage(announcement);
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
