import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef } from 'react';
import { db } from '../../db/database';
import { getLocalSighting } from '../../db/local-sighting-repository';
import { ANALYST_FEED_ID } from '../../db/records';
import { formatDate } from '../../lib/format';
import { deleteOwnSighting } from './delete-own-sighting';
import './own-sightings.css';

/** The details section of a sighting the analyst created: who made it, and deleting it. */
export function OwnSightingSection({ sightingId }: { sightingId: string }) {
  const record = useLiveQuery(() => getLocalSighting(db(), sightingId).catch(() => undefined), [sightingId]);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  if (record?.feedId !== ANALYST_FEED_ID) return null;

  return (
    <section className="details-section own-sighting-section" aria-label="Your sighting">
      <p className="own-sighting-origin">
        <strong>Created by you</strong>
        {record.createdAt && <> · {formatDate(record.createdAt)}</>}
      </p>
      <button type="button" className="button danger" onClick={() => {
          dialogRef.current?.showModal();
          // The safe choice has focus, so Enter or Space alone never deletes.
          cancelRef.current?.focus();
        }}>
        Delete sighting
      </button>
      {/* A native modal dialog: focus stays inside, Esc closes it, the page behind is inert. */}
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId}>
        <form method="dialog">
          <h2 id={titleId}>Delete this sighting?</h2>
          <p>It is removed from My sightings and the map. You can undo this right after.</p>
          <div className="form-actions">
            <button type="submit" className="button danger" value="delete" onClick={() => void deleteOwnSighting(sightingId)}>
              Delete
            </button>
            <button ref={cancelRef} type="submit" className="button" value="cancel">
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
