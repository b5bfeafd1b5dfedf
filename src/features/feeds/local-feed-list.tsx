import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import { listLocalFeeds } from '../../db/local-sighting-repository';
import type { LocalFeedRecord } from '../../db/records';
import { ConfirmAction } from './confirm-action';
import { removeImportedFeed } from './feed-actions';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function plural(n: number): string {
  return `${n.toLocaleString('en')} sighting${n === 1 ? '' : 's'}`;
}

/** Imported files (and the analyst's own sightings), each removable as a whole. */
export function LocalFeedList() {
  const feeds = useLiveQuery(() => listLocalFeeds(db()), []);
  const [message, setMessage] = useState<string | null>(null);

  async function remove(feed: LocalFeedRecord) {
    const result = await removeImportedFeed(feed.id);
    setMessage(result.ok ? null : result.message);
  }

  if (feeds === undefined) return <p className="empty-note">Reading the workspace…</p>;
  return (
    <>
      {feeds.length === 0 ? (
        <p className="empty-note">No imported files yet. Use “Import file” or drop a file on the map.</p>
      ) : (
        <ul className="local-feed-list" aria-label="Imported files">
          {feeds.map((feed) => (
            <li key={feed.id} className="feed-row" aria-label={feed.name}>
              <div className="feed-row-head">
                <span className="feed-name">{feed.name}</span>
                {feed.kind === 'analyst' && <span className="feed-badge">yours</span>}
              </div>
              <p className="feed-status">
                {plural(feed.count)} · {feed.kind === 'import' ? 'imported' : 'since'} {dateFormat.format(new Date(feed.createdAt))}
              </p>
              {feed.kind === 'import' && (
                <div className="feed-actions">
                  <ConfirmAction
                    label="Remove"
                    name={`Remove ${feed.name}`}
                    question={`Remove ${feed.name} and its ${plural(feed.count)}?`}
                    confirmLabel="Remove import"
                    onConfirm={() => void remove(feed)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role="alert" className="error-note">
          {message}
        </p>
      )}
    </>
  );
}
