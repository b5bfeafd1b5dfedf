import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { statusLabel } from '../../domain/workspace/status-label';
import { statusColor } from '../../lib/status-colors';
import { sightingTitle } from './sighting-summary';

// Title, status and the other features' sections show at once; the facts below them load with
// the first selection (issue 8: they are not needed for the first map).
const SightingFacts = lazy(() => import('./sighting-facts').then((module) => ({ default: module.SightingFacts })));

type Props = { sighting: WorkspaceSighting | undefined; onClose: () => void; children?: ReactNode };

export function SightingDetails({ sighting, onClose, children }: Props) {
  const headingId = useId();
  return (
    <section className="details-panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>Sighting details</h2>
        {sighting && (
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close sighting details">
            ×
          </button>
        )}
      </header>
      {!sighting ? (
        <p className="empty-note">Select a sighting on the map or in the list.</p>
      ) : (
        <div className="details-body">
          <h3 className="details-title">{sightingTitle(sighting)}</h3>
          <p className="status-line">
            <span className="status-dot" style={{ background: statusColor(sighting.status) }} aria-hidden="true" />
            <span>Status: {statusLabel(sighting)}</span>
          </p>
          {children}
          <Suspense
            fallback={
              <p className="empty-note" role="status">
                Loading the details…
              </p>
            }
          >
            <SightingFacts sighting={sighting} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
