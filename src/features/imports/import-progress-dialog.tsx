import { useId } from 'react';
import type { RunProgress } from './run-import';

const PHASES: Record<RunProgress['phase'], string> = {
  reading: 'Reading the file',
  decoding: 'Decoding the text',
  validating: 'Converting and checking every row',
  checking: 'Looking for sightings already in your workspace',
  storing: 'Saving to your workspace',
};

const count = new Intl.NumberFormat('en');
const rows = (done: number, total: number) => `${count.format(done)} of ${count.format(total)} rows`;

type Props = { fileName: string; progress: RunProgress; onCancel: () => void };

/** Cancel works in every phase: while saving it aborts the one transaction, so nothing is stored. */
export function ImportProgressDialog({ fileName, progress, onCancel }: Props) {
  const headingId = useId();
  return (
    <div role="dialog" aria-labelledby={headingId} className="import-dialog">
      <header className="panel-header">
        <h2 id={headingId}>Importing {fileName}</h2>
      </header>
      <div className="import-dialog-body">
        <progress max={100} value={progress.percent} aria-label={`Import progress: ${PHASES[progress.phase]}`} />
        <p role="status">
          {PHASES[progress.phase]}… {progress.percent}%
          {progress.total !== undefined && ` (${rows(progress.done ?? 0, progress.total)})`}
        </p>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel import
        </button>
      </div>
    </div>
  );
}
