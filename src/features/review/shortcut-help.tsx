import { lazy, Suspense, useEffect, useState } from 'react';
import { reviewActionFor } from './shortcut-keys';
import './review.css';

// Loaded when first opened: what the app loads at start is held under 150 KB (issue 8).
const ShortcutDialog = lazy(() => import('./shortcut-dialog').then((module) => ({ default: module.ShortcutDialog })));

/** The "Keyboard shortcuts" button; it and "?" anywhere (but in a field) open the list of shortcuts. */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof Element ? (event.target as HTMLElement) : null;
      if (reviewActionFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target }) !== 'help') return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="shortcut-help-button" aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
