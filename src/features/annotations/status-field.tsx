import { useId } from 'react';
import { ANALYST_STATUSES, type AnalystStatus } from '../../db/records';
import { statusName } from '../../domain/workspace/status-label';
import type { SightingStatus } from '../../domain/sighting/sighting-schema';

type Props = {
  status: AnalystStatus | undefined;
  feedStatus: SightingStatus | undefined;
  save: (status: AnalystStatus | undefined) => Promise<boolean>;
};

/** The analyst's own verdict; "Feed status" hands the decision back to the feed. */
export function StatusField({ status, feedStatus, save }: Props) {
  const id = useId();
  const feedLabel = feedStatus ? `Feed status (${statusName(feedStatus)})` : 'Feed status';
  return (
    <div className="analysis-field">
      <label htmlFor={id}>Analyst status</label>
      <select
        id={id}
        value={status ?? ''}
        onChange={(event) => void save(event.target.value === '' ? undefined : (event.target.value as AnalystStatus))}
      >
        <option value="">{feedLabel}</option>
        {ANALYST_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusName(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
