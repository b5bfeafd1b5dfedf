import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { getAnalystName, setAnalystName } from '../../db/settings-repository';

/** A titled block of the settings dialog; other features wrap their settings in one. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

function AnalystNameSection() {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getAnalystName(db()).then(
      (stored) => live && setName(stored),
      (reason: unknown) => live && setError(classifyStorageError(reason).message),
    );
    return () => {
      live = false;
    };
  }, []);

  function change(value: string) {
    setName(value);
    setAnalystName(db(), value).then(
      () => setError(null),
      (reason: unknown) => setError(classifyStorageError(reason).message),
    );
  }

  return (
    <SettingsSection title="You">
      <label htmlFor={id}>Your name</label>
      <input id={id} type="text" autoComplete="name" value={name ?? ''} disabled={name === null && error === null} onChange={(event) => change(event.target.value)} />
      <p className="analysis-hint">Every change you make is stamped with this name and the time, in this browser only.</p>
      {error && (
        <p role="alert" className="analysis-error">
          {error}
        </p>
      )}
    </SettingsSection>
  );
}

/**
 * The toolbar's "Settings" button and its modal dialog (a native <dialog>: focus moves in,
 * Esc closes, focus returns to the button). Other features add their settings as children,
 * each wrapped in a SettingsSection:
 *   <SettingsButton><SettingsSection title="Feeds">…</SettingsSection></SettingsButton>
 */
export function SettingsButton({ children }: { children?: ReactNode }) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button ref={opener} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Settings
      </button>
      <dialog
        ref={dialog}
        className="settings-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <header className="settings-header">
          <h2 id={titleId}>Settings</h2>
          <button type="button" className="icon-button" aria-label="Close settings" onClick={() => setOpen(false)}>
            ×
          </button>
        </header>
        {/* Mounted only while open, so each opening reads the stored values afresh. */}
        {open && (
          <div className="settings-body">
            <AnalystNameSection />
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
