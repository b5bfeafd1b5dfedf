import type { AnnotationRecord } from '../../db/records';
import { noteExcerpt } from '../../domain/workspace/note-excerpt';
import { statusLabel } from '../../domain/workspace/status-label';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { formatCoordinates, formatDate } from '../../lib/format';
import { statusColor } from '../../lib/status-colors';
import type { LiveRead } from './use-live-read';

type Props = {
  pinned: LiveRead<AnnotationRecord[]>;
  byId: ReadonlyMap<string, WorkspaceSighting>;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The analyst's shortlist: each entry selects its sighting and flies the map to it. */
export function PinnedList({ pinned, byId, selectedId, onSelect }: Props) {
  if (pinned.error) {
    return (
      <p role="alert" className="error-note">
        {pinned.error}
      </p>
    );
  }
  if (!pinned.loaded) return <p className="empty-note">Loading pinned sightings…</p>;
  if (pinned.value.length === 0) {
    return <p className="empty-note">No pinned sightings. Pin one from its details panel (“Pin sighting”).</p>;
  }
  return (
    <ul className="pinned-list" aria-label="Pinned sightings">
      {pinned.value.map((annotation) => {
        const sighting = byId.get(annotation.sightingId);
        const excerpt = noteExcerpt(annotation.note);
        if (!sighting) {
          return (
            <li key={annotation.sightingId} className="pinned-item missing">
              <span className="pinned-title">Sighting {annotation.sightingId}</span>
              <span className="pinned-meta">Not in any loaded feed{excerpt && ` · ${excerpt}`}</span>
            </li>
          );
        }
        return (
          <li key={annotation.sightingId} className="pinned-item">
            <button
              type="button"
              className="pinned-button"
              aria-current={sighting.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(sighting.id)}
            >
              <span className="status-dot" style={{ background: statusColor(sighting.status) }} aria-hidden="true" />
              <span className="pinned-text">
                <span className="pinned-title">{sighting.place?.trim() || formatCoordinates(sighting.lon, sighting.lat)}</span>
                <span className="pinned-meta">
                  {formatDate(sighting.observedAt)} · {statusLabel(sighting)}
                </span>
                {excerpt && <span className="pinned-note">{excerpt}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
