import { useId, useState, type FormEvent } from 'react';
import { db } from '../../db/database';
import { addSightingToTrack, createTrack } from '../../db/track-repository';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { useTrackStore } from '../../stores/track-store';
import { TrackCard } from './track-card';
import { runTrackChange, useTracks } from './use-tracks';
import './tracks.css';

type Props = {
  sighting: WorkspaceSighting;
  byId: ReadonlyMap<string, WorkspaceSighting>;
  onSelect?: (id: string) => void;
};

/** The details panel's "Tracks" section: start a track here, add this sighting to one, read its legs. */
export function TracksSection({ sighting, byId, onSelect }: Props) {
  const { tracks, loaded, error } = useTracks();
  const visible = useTrackStore((state) => state.visible);
  const setVisible = useTrackStore((state) => state.setVisible);
  const [naming, setNaming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const ids = { heading: useId(), name: useId(), add: useId() };

  const memberOf = tracks.filter((track) => track.sightingIds.includes(sighting.id));
  const others = tracks.filter((track) => !track.sightingIds.includes(sighting.id));

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    if (name.trim() === '') {
      setMessage('A track needs a name.');
      return;
    }
    const failure = await runTrackChange((by) => createTrack(db(), { name, sightingIds: [sighting.id] }, by));
    setMessage(failure);
    if (!failure) setNaming(false);
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) {
      setMessage('Choose a track to add this sighting to.');
      return;
    }
    const failure = await runTrackChange((by) => addSightingToTrack(db(), target, sighting.id, by));
    setMessage(failure);
    if (!failure) setTarget('');
  }

  return (
    <section className="details-section tracks-section" aria-labelledby={ids.heading}>
      <h4 id={ids.heading}>Tracks</h4>
      {error && (
        <p className="error-note" role="alert">
          Tracks unavailable: {error}
        </p>
      )}
      {loaded && memberOf.length === 0 && <p className="track-note">This sighting is not on a track.</p>}
      {memberOf.map((track) => (
        <TrackCard key={track.id} track={track} sightingId={sighting.id} byId={byId} onSelect={onSelect} />
      ))}
      {naming ? (
        <form className="track-form" onSubmit={(event) => void create(event)}>
          <label htmlFor={ids.name}>Track name</label>
          <input id={ids.name} name="name" autoFocus maxLength={120} placeholder="e.g. Echelon with T-72s, Homel" />
          <button type="submit" className="button">
            Create track
          </button>
          <button type="button" className="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setNaming(true)} disabled={!loaded || error !== null}>
          New track from this sighting
        </button>
      )}
      {others.length > 0 && (
        <form className="track-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={ids.add}>Add to track…</label>
          <select id={ids.add} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">Choose a track</option>
            {others.map((track) => (
              <option key={track.id} value={track.id}>
                {track.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Add
          </button>
        </form>
      )}
      {message && (
        <p className="error-note" role="alert">
          {message}
        </p>
      )}
      <label className="track-toggle">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} /> Show tracks on the map
      </label>
    </section>
  );
}
