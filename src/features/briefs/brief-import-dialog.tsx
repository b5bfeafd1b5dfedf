import { useEffect, useId, useRef } from 'react';
import { useBriefStore } from '../../stores/brief-store';
import { usePanelStore } from '../../stores/panel-store';
import { useBriefImportStore } from './brief-import-store';
import { describeBriefImport, type BriefImportResult } from './import-brief-file';
import './briefs.css';

/** The brief import report as a dialog; loaded with the first brief import. */
export function BriefImportDialog({ result }: { result: BriefImportResult }) {
  const show = useBriefImportStore((state) => state.show);
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // Each new report takes focus, so a keyboard user lands on its first action.
  useEffect(() => {
    dialogRef.current?.querySelector('button')?.focus();
  }, [result]);

  const close = () => show(null);
  const openIt = () => {
    if (!result.ok) return;
    useBriefStore.getState().openBrief(result.report.brief.id);
    usePanelStore.getState().setLeftTab('briefs');
    close();
  };
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-labelledby={headingId}
      className="brief-import-report"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <header className="panel-header">
        <h2 id={headingId}>{result.ok ? 'Brief imported' : 'Brief not imported'}</h2>
      </header>
      <div className="brief-import-body">
        {result.ok ? (
          <>
            <ul className="plain-list brief-import-lines">
              {describeBriefImport(result).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {result.report.annotationsMerged.length > 0 && (
              <>
                <h3>Merged annotations</h3>
                <ul className="plain-list brief-import-merged" aria-label="Merged annotations">
                  {result.report.annotationsMerged.map((entry) => (
                    <li key={entry.id}>
                      <code>{entry.id}</code>: {entry.what}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.skipped.length > 0 && (
              <ul className="plain-list" aria-label="Features left out">
                {result.skipped.slice(0, 50).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p role="alert" className="error-note">
            {result.fileName}: {result.message}
          </p>
        )}
        <div className="form-actions">
          {result.ok && (
            <button type="button" className="button" onClick={openIt}>
              Open brief
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
