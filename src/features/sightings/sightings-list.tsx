import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

/** Until the first row is measured; the CSS gives every row the same height (app.css). */
const DEFAULT_ROW_PX = 76;
// Small lists are drawn whole, so the browser's find-in-page sees every row; only a large
// list (an imported archive, up to a million sightings) keeps just the visible rows in the DOM.
const RENDER_ALL_BELOW = 300;
const OVERSCAN = 10;

/**
 * A listbox rather than a list of buttons: arrow keys move the selection, which is how an
 * analyst walks through sightings while watching the map follow. Windowed: every row has the
 * same height, so which rows are in view is arithmetic and a new filter result (100,000 rows)
 * costs nothing to lay out; every option says where it sits (aria-posinset/aria-setsize)
 * since most are not in the DOM.
 */
export function SightingsList({ sightings, selectedId, onSelect, renderBadges, hoveredId = null, onHover }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportPx, setViewportPx] = useState(800);
  const [rowPx, setRowPx] = useState(DEFAULT_ROW_PX);
  const selectedIndex = selectedId === null ? -1 : sightings.findIndex((sighting) => sighting.id === selectedId);

  const empty = sightings.length === 0;
  const renderAll = sightings.length < RENDER_ALL_BELOW;
  const first = renderAll ? 0 : Math.max(0, Math.floor(scrollTop / rowPx) - OVERSCAN);
  const end = renderAll ? sightings.length : Math.min(sightings.length, Math.ceil((scrollTop + viewportPx) / rowPx) + OVERSCAN);

  // The list's height follows the panel; the row height follows the font size.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      setViewportPx(list.clientHeight || 800);
      const row = list.querySelector<HTMLElement>('.sighting-option');
      if (row && row.offsetHeight > 0) setRowPx(row.offsetHeight);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(list);
    return () => observer?.disconnect();
  }, [empty]);

  // Follows the selection, including one made on the map or restored from a link.
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedIndex < 0) return;
    const top = selectedIndex * rowPx;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + rowPx > list.scrollTop + list.clientHeight) list.scrollTop = top + rowPx - list.clientHeight;
  }, [selectedIndex, rowPx]);

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

  const selectedRendered = selectedIndex >= first && selectedIndex < end;
  const rows: ReactNode[] = [];
  for (let index = first; index < end; index += 1) {
    const sighting = sightings[index]!;
    const selected = sighting.id === selectedId;
    const className = ['sighting-option', selected && 'selected', sighting.id === hoveredId && 'hovered'].filter(Boolean).join(' ');
    rows.push(
      <div
        key={sighting.id}
        id={`sighting-option-${sighting.id}`}
        data-sighting-id={sighting.id}
        role="option"
        aria-selected={selected}
        aria-setsize={sightings.length}
        aria-posinset={index + 1}
        className={className}
        style={{ transform: `translateY(${index * rowPx}px)` }}
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
      </div>,
    );
  }
  return (
    <div
      ref={listRef}
      className="sightings-list"
      role="listbox"
      aria-label="Sightings"
      tabIndex={0}
      aria-activedescendant={selectedRendered ? `sighting-option-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onMouseLeave={() => onHover?.(null)}
    >
      <div className="sightings-list-inner" style={{ height: sightings.length * rowPx }}>
        {rows}
      </div>
    </div>
  );
}
