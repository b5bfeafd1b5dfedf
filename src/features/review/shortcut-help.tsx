import { useEffect, useId, useRef, useState } from 'react';
import { reviewActionFor, SHORTCUTS } from './shortcut-keys';
import './review.css';

/**
 * The "Keyboard shortcuts" button and dialog; "?" anywhere (but in a field) opens it. A
 * native modal dialog: it traps focus, closes on Esc and gives focus back on closing.
 */
export function ShortcutHelp() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

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
      <dialog ref={dialogRef} className="shortcut-dialog" aria-labelledby={headingId} onClose={() => setOpen(false)}>
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <p className="shortcut-note">They work anywhere except while typing in a field.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.key}>
                <td>
                  <kbd>{shortcut.key}</kbd>
                </td>
                <td>{shortcut.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </dialog>
    </>
  );
}
