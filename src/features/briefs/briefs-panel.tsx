import { useId, useState, type FormEvent } from 'react';
import { formatDate } from '../../lib/format';
import { useBriefStore } from '../../stores/brief-store';
import { createNewBrief } from './brief-actions';
import { BriefEditor } from './brief-editor';
import type { BriefsWorkspace } from './briefs-workspace';
import { useAnalystName, useBriefs } from './use-briefs';
import './briefs.css';

function NewBriefForm({ onDone }: { onDone: () => void }) {
  const analyst = useAnalystName();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [author, setAuthor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openBrief = useBriefStore((state) => state.openBrief);
  const titleId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('A brief needs a title.');
      return;
    }
    const created = await createNewBrief({ title, summary, author: (author ?? analyst).trim() });
    if (!created) return;
    openBrief(created.id);
    onDone();
  }

  return (
    <form className="brief-new" aria-labelledby={titleId} onSubmit={(event) => void submit(event)} noValidate>
      <h4 id={titleId}>New brief</h4>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} autoFocus aria-invalid={problem !== null} />
      </label>
      <label>
        Summary
        <textarea value={summary} rows={3} onChange={(event) => setSummary(event.target.value)} />
      </label>
      <label>
        Author
        <input value={author ?? analyst} placeholder="Your name (Settings)" onChange={(event) => setAuthor(event.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="error-note">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button">
          Create brief
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The Briefs tab: every brief, and the open one with its sightings and exports. */
export function BriefsPanel({ workspace }: { workspace: BriefsWorkspace }) {
  const { briefs, loaded, error } = useBriefs();
  const openBriefId = useBriefStore((state) => state.openBriefId);
  const openBrief = useBriefStore((state) => state.openBrief);
  const [creating, setCreating] = useState(false);
  const open = briefs.find((brief) => brief.id === openBriefId);

  if (error) {
    return (
      <p role="alert" className="error-note">
        {error}
      </p>
    );
  }
  if (open) return <BriefEditor brief={open} workspace={workspace} onBack={() => openBrief(null)} />;
  return (
    <div className="briefs-panel">
      {creating ? (
        <NewBriefForm onDone={() => setCreating(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New brief
        </button>
      )}
      {!loaded && <p className="empty-note">Loading briefs…</p>}
      {loaded && briefs.length === 0 && !creating && (
        <p className="empty-note">No briefs yet. A brief collects sightings, your notes and a map view for export; import one with “Import file”.</p>
      )}
      {briefs.length > 0 && (
        <ul className="brief-list" aria-label="Briefs">
          {briefs.map((brief) => (
            <li key={brief.id}>
              <button type="button" className="brief-list-button" onClick={() => openBrief(brief.id)}>
                <span className="brief-list-title">{brief.title}</span>
                <span className="brief-list-meta">
                  {brief.sightingIds.length} sighting{brief.sightingIds.length === 1 ? '' : 's'} · updated {formatDate(brief.updatedAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
