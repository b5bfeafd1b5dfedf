import { useEffect, useId, useRef } from 'react';
import { SHORTCUTS } from './shortcut-keys';

/**
 * The list of keyboard shortcuts, as a native modal dialog (it traps focus, closes on Esc and
 * gives focus back on closing). Shown from the moment it is made; `onClose` unmounts it.
 */
export function ShortcutDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="shortcut-dialog" aria-labelledby={headingId} onClose={onClose}>
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
      <button type="button" onClick={() => dialogRef.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
