import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';

const AnalystNameSection = lazy(() => import('./analyst-name-section').then((module) => ({ default: module.AnalystNameSection })));

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
            <Suspense
              fallback={
                <p className="analysis-hint" role="status">
                  Loading your settings…
                </p>
              }
            >
              <AnalystNameSection />
            </Suspense>
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
