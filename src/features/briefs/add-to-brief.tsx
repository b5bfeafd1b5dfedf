import { useId, useState } from 'react';
import { useBriefStore } from '../../stores/brief-store';
import { addToBrief } from './brief-actions';
import { useBriefs } from './use-briefs';
import './briefs.css';

/** The details panel's "Add to brief": the open brief is offered first. */
export function AddToBriefSection({ sightingId }: { sightingId: string }) {
  const { briefs, loaded } = useBriefs();
  const openBriefId = useBriefStore((state) => state.openBriefId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const selectedId = chosen && briefs.some((b) => b.id === chosen) ? chosen : (briefs.find((b) => b.id === openBriefId) ?? briefs[0])?.id;
  const selected = briefs.find((b) => b.id === selectedId);
  const already = selected?.sightingIds.includes(sightingId) ?? false;

  return (
    <section className="details-section brief-add-section" aria-labelledby={headingId}>
      <h4 id={headingId}>Briefs</h4>
      {loaded && briefs.length === 0 ? (
        <p className="empty-note">No briefs yet: create one in the Briefs tab.</p>
      ) : (
        <div className="brief-add-row">
          <label>
            Brief
            <select value={selectedId ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {briefs.map((brief) => (
                <option key={brief.id} value={brief.id}>
                  {brief.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={!selected || already}
            onClick={() => {
              if (!selected) return;
              void addToBrief(selected.id, sightingId).then((saved) => {
                if (saved) setMessage(`Added to “${saved.title}”.`);
              });
            }}
          >
            {already ? 'In this brief' : 'Add to brief'}
          </button>
        </div>
      )}
      <p role="status" className="brief-message">
        {message}
      </p>
    </section>
  );
}
