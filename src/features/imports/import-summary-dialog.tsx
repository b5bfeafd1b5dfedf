import { useId, useState, type KeyboardEvent } from 'react';
import { duplicateTotal } from '../../workers/import-plan';
import type { ImportOutcome, ImportSummary } from './run-import';
import { applyCoordinateFix } from './swap-fix';

const MAX_LISTED = 200;
const FORMAT_NAMES: Record<string, string> = { geojson: 'GeoJSON', csv: 'CSV', kml: 'KML', 'json-posts': 'JSON posts' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function SummaryBody({ summary }: { summary: ImportSummary }) {
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const [fixError, setFixError] = useState<string | null>(null);
  const duplicates = duplicateTotal({ toStore: [], duplicates: summary.duplicates });
  const { inFile, alreadyStored, mergedWithShown } = summary.duplicates;
  const swaps = summary.warnings.filter((w) => w.code === 'swapped-coordinates' && w.fix);
  const others = summary.warnings.filter((w) => !(w.code === 'swapped-coordinates' && w.fix));

  async function swap(ids: readonly string[]) {
    for (const id of ids) {
      const warning = swaps.find((w) => w.id === id);
      if (!warning?.fix || fixed.has(id)) continue;
      const problem = await applyCoordinateFix(id, warning.fix);
      if (problem) {
        setFixError(problem);
        return;
      }
      setFixed((previous) => new Set(previous).add(id));
    }
    setFixError(null);
  }

  return (
    <>
      <p className="import-counts">
        {plural(summary.imported, 'sighting')} imported, {plural(summary.skipped.length, 'row')} skipped, {plural(duplicates, 'duplicate')} merged.
      </p>
      <p className="import-meta">
        {summary.fileName} · {FORMAT_NAMES[summary.format] ?? summary.format}
        {summary.imported === 0 && ' · nothing new was stored'}
      </p>
      {duplicates > 0 && (
        <ul className="plain-list import-duplicates">
          {inFile > 0 && <li>{plural(inFile, 'row')} repeated an id used earlier in the file (the first is kept).</li>}
          {alreadyStored > 0 && <li>{plural(alreadyStored, 'sighting')} already in your workspace from an earlier import (kept once).</li>}
          {mergedWithShown > 0 && <li>{plural(mergedWithShown, 'sighting')} already reported by another feed (same id or link): shown once, listing both sources.</li>}
        </ul>
      )}
      {summary.notices.length > 0 && (
        <ul className="plain-list import-notices" aria-label="Notes about the file">
          {summary.notices.map((notice, index) => (
            <li key={index}>{notice.message}</li>
          ))}
        </ul>
      )}
      {summary.skipped.length > 0 && (
        <>
          <h3>Skipped</h3>
          <ul className="import-issues" aria-label="Skipped rows">
            {summary.skipped.slice(0, MAX_LISTED).map((skip, index) => (
              <li key={index}>
                {/* An importer's detail already starts with where the row is ("row 7: …"). */}
                {skip.detail ?? `${skip.source ?? `feature ${skip.index}`}: ${skip.reason}`}
              </li>
            ))}
          </ul>
          {summary.skipped.length > MAX_LISTED && <p>… and {plural(summary.skipped.length - MAX_LISTED, 'more row')}.</p>}
        </>
      )}
      {summary.warnings.length > 0 && summary.feedId !== undefined && (
        <>
          <h3>Warnings</h3>
          {swaps.length > 1 && (
            <button type="button" className="button" onClick={() => void swap(swaps.map((w) => w.id))}>
              Swap all {swaps.length}
            </button>
          )}
          <ul className="import-issues" aria-label="Warnings">
            {swaps.slice(0, MAX_LISTED).map((warning) => (
              <li key={`s-${warning.id}`}>
                <strong>{warning.source ?? `feature ${warning.index}`}:</strong> {warning.message}{' '}
                {fixed.has(warning.id) ? (
                  <span>Swapped.</span>
                ) : (
                  <button type="button" className="button" aria-label={`Swap coordinates of ${warning.source ?? warning.id}`} onClick={() => void swap([warning.id])}>
                    Swap
                  </button>
                )}
              </li>
            ))}
            {others.slice(0, MAX_LISTED).map((warning, index) => (
              <li key={`w-${index}`}>
                <strong>{warning.source ?? `feature ${warning.index}`}:</strong> {warning.message}
              </li>
            ))}
          </ul>
          {fixError && (
            <p role="alert" className="error-note">
              {fixError}
            </p>
          )}
        </>
      )}
    </>
  );
}

/** What happened to the last import: the summary, or the one reason nothing was stored. */
export function ImportSummaryDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const headingId = useId();
  const title = outcome.kind === 'done' ? 'Import summary' : outcome.kind === 'failed' ? 'Import failed' : 'Import cancelled';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div role="dialog" aria-labelledby={headingId} className="import-dialog" onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close import summary" autoFocus onClick={onClose}>
          ×
        </button>
      </header>
      <div className="import-dialog-body">
        {outcome.kind === 'done' && <SummaryBody summary={outcome.summary} />}
        {outcome.kind === 'failed' && (
          <>
            <p role="alert" className="error-note">
              {outcome.fileName}: {outcome.message}
            </p>
            <p>Nothing was stored; your workspace is unchanged.</p>
          </>
        )}
        {outcome.kind === 'cancelled' && <p>The import of {outcome.fileName} was cancelled. Nothing was stored.</p>}
      </div>
    </div>
  );
}
