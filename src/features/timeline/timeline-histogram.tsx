import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { StackBy, TimelineBins } from '../../domain/explore/timeline';
import { stackColor, stackLabel } from './stack-colors';
import { dayIndexAt, formatDayRange, shortDay, tickEvery } from './timeline-format';

type Props = {
  bins: TimelineBins;
  stackBy: StackBy;
  /** The brushed bars as [first, last] indices; undefined when no range is set. */
  selection: [number, number] | undefined;
  /** Called once per finished gesture or key press, never on every pointer move. */
  onSelect: (start: number, end: number) => void;
};

const HEIGHT = 92;
const BAR_TOP = 4;
const BAR_HEIGHT = 62;
const PAD_X = 10;

type Drag = { anchor: number; current: number };

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

/**
 * Sightings per day as stacked SVG bars with a brush: drag across the bars to select days,
 * drag a handle to move one end, or focus a handle and use the arrow keys (Page Up/Down move
 * a week, Home/End go to the limit).
 */
export function TimelineHistogram({ bins, stackBy, selection, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<Drag | null>(null);
  const n = bins.days.length;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const plotWidth = Math.max(width - 2 * PAD_X, 1);
  const barWidth = n > 0 ? plotWidth / n : 0;
  const shown: [number, number] = drag
    ? [Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)]
    : (selection ?? [0, Math.max(n - 1, 0)]);
  const [start, end] = shown;

  function indexAt(clientX: number): number {
    const left = containerRef.current?.getBoundingClientRect().left ?? 0;
    return dayIndexAt(clientX - left - PAD_X, plotWidth, n);
  }

  function beginDrag(event: PointerEvent<HTMLElement>, anchor: number, current: number) {
    if (event.button !== 0 || n === 0) return;
    event.preventDefault();
    containerRef.current?.setPointerCapture(event.pointerId);
    setDrag({ anchor, current });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    const current = indexAt(event.clientX);
    if (current !== drag.current) setDrag({ anchor: drag.anchor, current });
  }

  function endDrag() {
    if (!drag) return;
    setDrag(null);
    onSelect(Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current));
  }

  function onHandleKey(event: KeyboardEvent<HTMLDivElement>, which: 'start' | 'end') {
    let next = which === 'start' ? start : end;
    if (event.key === 'Home') next = which === 'start' ? 0 : start;
    else if (event.key === 'End') next = which === 'start' ? end : n - 1;
    else if (KEY_STEPS[event.key] !== undefined) next += KEY_STEPS[event.key]!;
    else return;
    event.preventDefault();
    if (which === 'start') onSelect(Math.min(Math.max(next, 0), end), end);
    else onSelect(start, Math.max(Math.min(next, n - 1), start));
  }

  const every = tickEvery(n, plotWidth);
  const handle = (which: 'start' | 'end') => {
    const index = which === 'start' ? start : end;
    const x = PAD_X + (which === 'start' ? index : index + 1) * barWidth;
    return (
      <div
        role="slider"
        tabIndex={0}
        aria-label={which === 'start' ? 'Range start' : 'Range end'}
        aria-valuemin={0}
        aria-valuemax={Math.max(n - 1, 0)}
        aria-valuenow={index}
        aria-valuetext={bins.days[index] ? formatDayRange(bins.days[index], bins.days[index]) : undefined}
        className={`timeline-handle timeline-handle-${which}`}
        style={{ left: `${x}px` }}
        onKeyDown={(event) => onHandleKey(event, which)}
        onPointerDown={(event) => {
          event.stopPropagation();
          beginDrag(event, which === 'start' ? end : start, index);
        }}
      />
    );
  };

  return (
    <div
      ref={containerRef}
      className="timeline-brush"
      role="group"
      aria-label="Date range brush"
      onPointerDown={(event) => {
        const index = indexAt(event.clientX);
        beginDrag(event, index, index);
      }}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={() => setDrag(null)}
    >
      <svg className="timeline-svg" width={width} height={HEIGHT} aria-hidden="true" data-testid="timeline-histogram">
        <g transform={`translate(${PAD_X},0)`}>
          {bins.days.map((day, i) => {
            let y = BAR_TOP + BAR_HEIGHT;
            return (
              <g key={day}>
                {bins.series.map(({ key, counts }) => {
                  const count = counts[i] ?? 0;
                  if (count === 0 || bins.max === 0) return null;
                  const h = (count / bins.max) * BAR_HEIGHT;
                  y -= h;
                  return (
                    <rect key={key} x={i * barWidth + 0.5} y={y} width={Math.max(barWidth - 1, 0.5)} height={h} fill={stackColor(stackBy, key)}>
                      <title>{`${shortDay(day)}: ${count} ${stackLabel(stackBy, key)}`}</title>
                    </rect>
                  );
                })}
                {i % every === 0 && (
                  <>
                    <line x1={i * barWidth} x2={i * barWidth} y1={BAR_TOP + BAR_HEIGHT} y2={BAR_TOP + BAR_HEIGHT + 5} className="timeline-tick" />
                    <text x={i * barWidth + 2} y={HEIGHT - 8} className="timeline-tick-label">
                      {shortDay(day)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
          <line x1={0} x2={plotWidth} y1={BAR_TOP + BAR_HEIGHT} y2={BAR_TOP + BAR_HEIGHT} className="timeline-axis" />
          {(selection || drag) && n > 0 && (
            <>
              <rect className="timeline-dim" x={0} y={0} width={start * barWidth} height={BAR_TOP + BAR_HEIGHT} />
              <rect className="timeline-dim" x={(end + 1) * barWidth} y={0} width={(n - end - 1) * barWidth} height={BAR_TOP + BAR_HEIGHT} />
              <rect className="timeline-selection" x={start * barWidth} y={0} width={(end - start + 1) * barWidth} height={BAR_TOP + BAR_HEIGHT} />
            </>
          )}
        </g>
      </svg>
      {n > 0 && handle('start')}
      {n > 0 && handle('end')}
    </div>
  );
}
