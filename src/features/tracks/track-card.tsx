import { useId, useRef, useState, type FormEvent } from 'react';
import { db } from '../../db/database';
import type { TrackRecord } from '../../db/records';
import { deleteTrack, removeSightingFromTrack, updateTrack } from '../../db/track-repository';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { formatCoordinates, formatDate } from '../../lib/format';
import { implausibleText, legText, totalsText, viewTrack } from './track-format';
import { runTrackChange } from './use-tracks';

type Props = {
  track: TrackRecord;
  /** The sighting whose details show this card. */
  sightingId: string;
  byId: ReadonlyMap<string, WorkspaceSighting>;
  onSelect?: (id: string) => void;
};

function titleOf(sighting: WorkspaceSighting): string {
  return sighting.place?.trim() || formatCoordinates(sighting.lon, sighting.lat);
}

/** One track: its sightings in time order with each leg's distance, time and speed. */
export function TrackCard({ track, sightingId, byId, onSelect }: Props) {
  const view = viewTrack(track.sightingIds, byId);
  const [renaming, setRenaming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), dialog: useId(), name: useId() };

  async function change(run: (by: string) => Promise<unknown>) {
    setMessage(await runTrackChange(run));
  }

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    if (name.trim() === '') {
      setMessage('A track needs a name.');
      return;
    }
    setRenaming(false);
    void change((by) => updateTrack(db(), track.id, { name }, by));
  }

  return (
    <article className="track-card" aria-labelledby={ids.heading}>
      <h5 id={ids.heading}>{track.name}</h5>
      <p className="track-totals">{totalsText(view.order.length, view.totals)}</p>
      {view.totals.implausibleCount > 0 && (
        <p className="track-flag-summary">
          {view.totals.implausibleCount === 1 ? '1 leg is' : `${view.totals.implausibleCount} legs are`} too fast for a train
          (over 120 km/h): check the link, the dates and the locations.
        </p>
      )}
      <ol className="track-stops" aria-label={`${track.name}: sightings in time order`}>
        {view.order.map((id, index) => {
          const sighting = byId.get(id)!;
          const leg = index > 0 ? view.segments[index - 1] : undefined;
          const flag = leg ? implausibleText(leg) : null;
          return (
            <li key={id} className={leg?.implausible ? 'track-stop implausible' : 'track-stop'}>
              {leg && (
                <p className="track-leg">
                  <span aria-hidden="true">↓ </span>
                  {legText(leg)}
                </p>
              )}
              {flag && (
                <p className="track-flag" role="alert">
                  <span aria-hidden="true">⚠ </span>
                  {flag}
                </p>
              )}
              {id === sightingId ? (
                <strong>{titleOf(sighting)} (this sighting)</strong>
              ) : (
                <button type="button" className="link-button" onClick={() => onSelect?.(id)}>
                  {titleOf(sighting)}
                </button>
              )}{' '}
              <span className="track-time">{formatDate(sighting.observedAt ?? sighting.postedAt)}</span>
            </li>
          );
        })}
      </ol>
      {view.missing.length > 0 && (
        <p className="track-note">
          {view.missing.length === 1 ? '1 linked sighting is' : `${view.missing.length} linked sightings are`} not loaded (its feed is
          off or it was deleted) and not drawn.
        </p>
      )}
      {renaming ? (
        <form className="track-form" onSubmit={rename}>
          <label htmlFor={ids.name}>New name</label>
          <input id={ids.name} name="name" defaultValue={track.name} autoFocus maxLength={120} />
          <button type="submit" className="button">
            Save name
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="track-actions">
          <button
            type="button"
            className="button"
            aria-label={`Remove from track ${track.name}`}
            onClick={() => void change((by) => removeSightingFromTrack(db(), track.id, sightingId, by))}
          >
            Remove from track
          </button>
          <button type="button" className="button" onClick={() => setRenaming(true)} aria-label={`Rename track ${track.name}`}>
            Rename
          </button>
          <button
            type="button"
            className="button danger"
            aria-label={`Delete track ${track.name}`}
            onClick={() => {
              dialogRef.current?.showModal();
              // The safe choice has focus, so Enter alone never deletes.
              cancelRef.current?.focus();
            }}
          >
            Delete track
          </button>
        </div>
      )}
      {message && (
        <p className="error-note" role="alert">
          {message}
        </p>
      )}
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={ids.dialog}>
        <form method="dialog">
          <h2 id={ids.dialog}>Delete the track “{track.name}”?</h2>
          <p>The sightings stay; only the link between them goes.</p>
          <div className="form-actions">
            <button type="submit" className="button danger" value="delete" onClick={() => void change((by) => deleteTrack(db(), track.id, by))}>
              Delete
            </button>
            <button ref={cancelRef} type="submit" className="button" value="cancel">
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </article>
  );
}
