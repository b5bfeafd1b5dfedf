import { useVirtualizer } from '@tanstack/react-virtual';
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
  /** The sighting under the pointer here or on the map: its row is outlined. */
  hoveredId?: string | null;
  onHover?: (id: string | null) => void;
};

const ROW_ESTIMATE_PX = 64;
// Small lists are drawn whole, so the browser's find-in-page sees every row; only a large
// list (an imported archive, up to 100,000 sightings) keeps just the visible rows in the DOM.
const RENDER_ALL_BELOW = 300;
const OVERSCAN = 10;

/**
 * A listbox rather than a list of buttons: arrow keys move the selection, which is how an
 * analyst walks through sightings while watching the map follow. Virtualized: every option
 * says where it sits (aria-posinset/aria-setsize) since most are not in the DOM.
 */
export function SightingsList({ sightings, selectedId, onSelect, renderBadges, hoveredId = null, onHover }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const selectedIndex = selectedId === null ? -1 : sightings.findIndex((sighting) => sighting.id === selectedId);
  // The React Compiler cannot memoise useVirtualizer and skips this component; the virtualizer
  // keeps its own caches, so nothing is lost.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sightings.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: sightings.length < RENDER_ALL_BELOW ? sightings.length : OVERSCAN,
    getItemKey: (index) => sightings[index]?.id ?? index,
  });

  // Follows the selection, including one made on the map or restored from a link.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    let next: WorkspaceSighting | undefined;
    if (step !== undefined) next = sightings[Math.min(Math.max(selectedIndex + step, 0), sightings.length - 1)];
    else if (event.key === 'Home') next = sightings[0];
    else if (event.key === 'End') next = sightings[sightings.length - 1];
    else return;
    event.preventDefault();
    if (next) onSelect(next.id);
  }

  if (sightings.length === 0) return <p className="empty-note">No sightings to show.</p>;

  const selectedRendered = selectedIndex >= 0 && virtualizer.getVirtualItems().some((item) => item.index === selectedIndex);
  return (
    <div
      ref={listRef}
      className="sightings-list"
      role="listbox"
      aria-label="Sightings"
      tabIndex={0}
      aria-activedescendant={selectedRendered ? `sighting-option-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
      onMouseLeave={() => onHover?.(null)}
    >
      <div className="sightings-list-inner" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const sighting = sightings[item.index]!;
          const selected = sighting.id === selectedId;
          const className = ['sighting-option', selected && 'selected', sighting.id === hoveredId && 'hovered'].filter(Boolean).join(' ');
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              id={`sighting-option-${sighting.id}`}
              data-sighting-id={sighting.id}
              role="option"
              aria-selected={selected}
              aria-setsize={sightings.length}
              aria-posinset={item.index + 1}
              className={className}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(sighting.id)}
              onMouseEnter={() => onHover?.(sighting.id)}
            >
              <span className="status-dot" style={{ background: statusColor(sighting.status) }} aria-hidden="true" />
              <span className="sighting-option-text">
                <span className="sighting-option-title">{sightingTitle(sighting)}</span>
                <span className="sighting-option-meta">
                  {formatDate(sighting.observedAt)} · {statusLabel(sighting)} · {equipmentSummary(sighting)}
                </span>
                {renderBadges?.(sighting)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
