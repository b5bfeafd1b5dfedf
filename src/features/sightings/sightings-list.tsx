import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { statusLabel } from '../../domain/workspace/status-label';
import { formatDate } from '../../lib/format';
import { statusColor } from '../../lib/status-colors';
import { equipmentSummary, sightingTitle } from './sighting-summary';

type Props = {
  sightings: readonly WorkspaceSighting[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Extra marks other features add to a row (composed in src/app), e.g. the border distance. */
  renderBadges?: (sighting: WorkspaceSighting) => ReactNode;
};

/**
 * A listbox rather than a list of buttons: arrow keys move the selection, which is how an
 * analyst walks through sightings while watching the map follow.
 */
export function SightingsList({ sightings, selectedId, onSelect, renderBadges }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const selectedIndex = sightings.findIndex((sighting) => sighting.id === selectedId);

  useEffect(() => {
    if (!selectedId) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[data-sighting-id="${CSS.escape(selectedId)}"]`);
    option?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = sightings[Math.min(Math.max(selectedIndex + step, 0), sightings.length - 1)];
      if (next) onSelect(next.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const next = event.key === 'Home' ? sightings[0] : sightings[sightings.length - 1];
      if (next) onSelect(next.id);
    }
  }

  if (sightings.length === 0) return <p className="empty-note">No sightings to show.</p>;

  return (
    <div
      ref={listRef}
      className="sightings-list"
      role="listbox"
      aria-label="Sightings"
      tabIndex={0}
      aria-activedescendant={selectedId ? `sighting-option-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      {sightings.map((sighting) => {
        const selected = sighting.id === selectedId;
        return (
          <div
            key={sighting.id}
            id={`sighting-option-${sighting.id}`}
            data-sighting-id={sighting.id}
            role="option"
            aria-selected={selected}
            className={selected ? 'sighting-option selected' : 'sighting-option'}
            onClick={() => onSelect(sighting.id)}
          >
            <span className="status-dot" style={{ background: statusColor(sighting.status) }} aria-hidden="true" />
            <span className="sighting-option-text">
              <span className="sighting-option-title">{sightingTitle(sighting)}</span>
              <span className="sighting-option-meta">
                {formatDate(sighting.observedAt)} · {statusLabel(sighting)} ·{' '}
                {equipmentSummary(sighting)}
              </span>
              {renderBadges?.(sighting)}
            </span>
          </div>
        );
      })}
    </div>
  );
}
