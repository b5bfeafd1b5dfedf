import { useId, useState, type FormEvent } from 'react';
import { addFeedEntry } from './feed-actions';

export function AddFeedForm() {
  const noteId = useId();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await addFeedEntry(name, url);
    if (result.ok) {
      setName('');
      setUrl('');
      setMessage(null);
    } else setMessage(result.message);
  }

  return (
    <form className="add-feed" aria-label="Add a feed" onSubmit={(event) => void onSubmit(event)}>
      <label>
        Feed name
        <input value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Homel rail watchers" />
      </label>
      <label>
        Feed URL
        <input
          type="url"
          required
          value={url}
          aria-describedby={noteId}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://…/sightings.geojson"
        />
      </label>
      <p id={noteId} className="feed-hint">
        An online feed is fetched directly from its origin: that server sees your IP address and when railwatch loads it,
        and it must allow cross-origin requests. The feed is a GeoJSON FeatureCollection (see the README).
      </p>
      <button type="submit" className="button">
        Add feed
      </button>
      {message && (
        <p role="alert" className="error-note">
          {message}
        </p>
      )}
    </form>
  );
}
