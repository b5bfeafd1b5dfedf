import { useEffect, useRef, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { removeOverlay, setOverlayVisible } from '../../db/overlay-repository';
import type { OverlayRecord } from '../../db/records';
import { useRailwatchMap } from '../../map/map-context';
import { RAIL_OVERLAY_COLOR } from '../../map/layers/rail-layers';
import { useOverlays } from './use-overlays';

function OverlayItem({ overlay, onError }: { overlay: OverlayRecord; onError: (message: string) => void }) {
  const map = useRailwatchMap();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // The checkbox flips at once; the stored value catches up when the live query re-reads it
  // (the guess is dropped as soon as the stored value moves off the one it was made against).
  const [guess, setGuess] = useState<{ visible: boolean; against: boolean } | null>(null);
  const checked = guess && guess.against === overlay.visible ? guess.visible : overlay.visible;

  useEffect(() => {
    // Focus follows the question and returns to Remove when it is cancelled.
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const run = (action: Promise<unknown>) => void action.catch((error: unknown) => onError(classifyStorageError(error).message));
  const lines = `${overlay.featureCount.toLocaleString('en-GB')} line feature${overlay.featureCount === 1 ? '' : 's'}`;

  return (
    <li className="overlay-item">
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            const visible = event.currentTarget.checked;
            setGuess({ visible, against: overlay.visible });
            run(setOverlayVisible(db(), overlay.id, visible).catch((error: unknown) => {
              setGuess(null);
              throw error;
            }));
          }}
        />
        <span className="legend-line overlay-swatch" style={{ background: RAIL_OVERLAY_COLOR }} aria-hidden="true" />
        <span className="overlay-name">{overlay.name}</span>
      </label>
      <span className="overlay-count">{lines}</span>
      {confirming ? (
        <span className="overlay-confirm" role="group" aria-label={`Confirm removing ${overlay.name}`}>
          <span>Remove this overlay from the workspace?</span>
          <button ref={confirmRef} type="button" className="button danger" onClick={() => run(removeOverlay(db(), overlay.id))}>
            Yes, remove
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <span className="overlay-actions">
          {overlay.bbox && (
            <button type="button" className="button" aria-label={`Zoom to ${overlay.name}`} onClick={() => map?.fitBounds(overlay.bbox!)}>
              Zoom to
            </button>
          )}
          <button ref={removeRef} type="button" className="button" aria-label={`Remove ${overlay.name}`} onClick={() => setConfirming(true)}>
            Remove
          </button>
        </span>
      )}
    </li>
  );
}

/** The imported overlays: shown or hidden, zoomed to, removed after a confirmation. */
export function OverlayList() {
  const { overlays, error, loading } = useOverlays();
  const [actionError, setActionError] = useState<string | null>(null);
  const message = error ?? actionError;
  return (
    <>
      {message && (
        <p className="error-note" role="alert">
          {message}
        </p>
      )}
      {!loading && overlays.length === 0 ? (
        <p className="layer-note">No railway overlays imported yet.</p>
      ) : (
        <ul className="overlay-list" aria-label="Imported railway overlays">
          {overlays.map((overlay) => (
            <OverlayItem key={overlay.id} overlay={overlay} onError={setActionError} />
          ))}
        </ul>
      )}
    </>
  );
}
