import { useId, useState, type FormEvent } from 'react';
import { ConfirmAction } from './confirm-action';
import { removeFeedEntry, renameFeedEntry, setFeedEntryEnabled, type ActionResult } from './feed-actions';
import type { FeedState } from './feed-entry';
import { feedStatusText } from './feed-state-text';

/** One online feed: its state, a switch, rename and remove. */
export function FeedRow({ state }: { state: FeedState }) {
  const { entry } = state;
  const statusId = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [message, setMessage] = useState<string | null>(null);
  // The switch follows the click at once; the stored value takes over as soon as it changes.
  const [toggled, setToggled] = useState<{ value: boolean; from: boolean } | null>(null);
  const checked = toggled && toggled.from === entry.enabled ? toggled.value : entry.enabled;

  async function act(action: Promise<ActionResult>): Promise<boolean> {
    const result = await action;
    setMessage(result.ok ? null : result.message);
    return result.ok;
  }

  async function onRename(event: FormEvent) {
    event.preventDefault();
    if (await act(renameFeedEntry(entry, name))) setRenaming(false);
  }

  const failed = state.status === 'error' || state.status === 'copy';
  return (
    <li className="feed-row" data-feed-id={entry.id} aria-label={entry.name}>
      <div className="feed-row-head">
        <label className="feed-toggle">
          <input
            type="checkbox"
            checked={checked}
            aria-describedby={statusId}
            onChange={(event) => {
              const value = event.target.checked;
              setToggled({ value, from: entry.enabled });
              void act(setFeedEntryEnabled(entry, value)).then((ok) => {
                if (!ok) setToggled(null);
              });
            }}
          />
          <span className="feed-name">{entry.name}</span>
        </label>
        {entry.builtIn && <span className="feed-badge">built in</span>}
      </div>
      <p className="feed-url" title={entry.url}>
        {entry.url}
      </p>
      <p id={statusId} className={failed ? 'feed-status feed-status-failed' : 'feed-status'} role="status">
        {feedStatusText(state)}
      </p>
      {renaming ? (
        <form className="feed-rename" onSubmit={(event) => void onRename(event)}>
          <label>
            New name
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit" className="button">
            Save
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        !entry.builtIn && (
          <div className="feed-actions">
            <button
              type="button"
              className="button"
              aria-label={`Rename ${entry.name}`}
              onClick={() => {
                setName(entry.name);
                setRenaming(true);
              }}
            >
              Rename
            </button>
            <ConfirmAction
              label="Remove"
              name={`Remove ${entry.name}`}
              question={`Remove ${entry.name} and its stored copy?`}
              confirmLabel="Remove feed"
              onConfirm={() => void act(removeFeedEntry(entry))}
            />
          </div>
        )
      )}
      {message && (
        <p role="alert" className="error-note">
          {message}
        </p>
      )}
    </li>
  );
}
