import { useId } from 'react';
import { db } from '../../db/database';
import { listEntityHistory } from '../../db/history-repository';
import type { HistoryRecord } from '../../db/records';
import { describeAnnotationChange } from '../../domain/workspace/describe-change';
import { formatDate } from '../../lib/format';
import { useLiveRead } from './use-live-read';

const NO_HISTORY: HistoryRecord[] = [];
const SHOWN = 50;

/** Who changed this sighting's annotation, when and how; newest first. */
export function HistoryList({ sightingId }: { sightingId: string }) {
  const headingId = useId();
  const history = useLiveRead(() => listEntityHistory(db(), 'annotation', sightingId), [sightingId], NO_HISTORY);
  const entries = history.value.slice(-SHOWN).reverse();
  return (
    <section className="analysis-history" aria-labelledby={headingId}>
      <h4 id={headingId}>History</h4>
      {entries.length === 0 ? (
        <p className="analysis-hint">No changes yet.</p>
      ) : (
        <ol className="history-list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <li key={entry.seq}>
              <span className="history-meta">
                <time dateTime={entry.at}>{formatDate(entry.at)}</time> · {entry.by || 'unnamed analyst'}
              </span>
              <span className="history-what">{describeAnnotationChange(entry)}</span>
            </li>
          ))}
        </ol>
      )}
      {history.value.length > SHOWN && <p className="analysis-hint">Showing the latest {SHOWN} of {history.value.length} changes.</p>}
    </section>
  );
}
