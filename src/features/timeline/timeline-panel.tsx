import { useDeferredValue, useId, useMemo } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';
import { binByDay, type StackBy } from '../../domain/explore/timeline';
import { useFilterStore } from '../../stores/filter-store';
import { PLAY_SPEEDS_MS, WINDOW_WIDTHS_DAYS, useTimelineStore } from '../../stores/timeline-store';
import { stackColor, stackLabel } from './stack-colors';
import { TimelineHistogram } from './timeline-histogram';
import { rangeIndices, timelineSummary } from './timeline-format';
import { usePlay } from './use-play';
import './timeline.css';

type Props = {
  /** The sightings the timeline shows (or chooses from, with `positions`). */
  sightings: readonly ExploreSighting[];
  /** Positions into `sightings` of those passing every filter except the date range, so the
   *  brush keeps its context; all of them when absent. */
  positions?: Uint32Array;
  /** Each sighting's date (sightingTimes), when the caller has them: binning then reads no date twice. */
  timesMs?: Float64Array;
  /** Each sighting's effective status (sightingStatuses), likewise for the status stacks. */
  statuses?: readonly string[];
};

/** The timeline under the map: histogram, brush, play controls and a one-line summary. */
export default function TimelinePanel({ sightings, positions, timesMs, statuses }: Props) {
  const stackBy = useTimelineStore((state) => state.stackBy);
  const setStackBy = useTimelineStore((state) => state.setStackBy);
  const widthDays = useTimelineStore((state) => state.widthDays);
  const speedMs = useTimelineStore((state) => state.speedMs);
  const setSpeedMs = useTimelineStore((state) => state.setSpeedMs);
  const from = useFilterStore((state) => state.filters.from);
  const to = useFilterStore((state) => state.filters.to);
  const setDateRange = useFilterStore((state) => state.setDateRange);
  const ids = { stack: useId(), width: useId(), speed: useId() };

  // Binned a render later than the list and the map: after a filter click they show the new
  // sightings first, and the bars (tens of milliseconds at 100,000 sightings) follow.
  const input = useDeferredValue(useMemo(() => ({ sightings, positions, timesMs, statuses }), [sightings, positions, timesMs, statuses]));
  const bins = useMemo(
    () =>
      binByDay(input.sightings, stackBy, undefined, {
        ...(input.positions ? { positions: input.positions } : {}),
        ...(input.timesMs ? { timesMs: input.timesMs } : {}),
        ...(input.statuses ? { statuses: input.statuses } : {}),
      }),
    [input, stackBy],
  );
  const range = useMemo(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const hasRange = from !== undefined || to !== undefined;
  const selection = hasRange ? rangeIndices(bins.days, range) : undefined;
  const firstDay = bins.days[0];
  const lastDay = bins.days[bins.days.length - 1];
  const play = usePlay(firstDay, lastDay);

  function select(start: number, end: number) {
    if (play.playing) useTimelineStore.getState().setPlaying(false);
    // The whole span is no range at all: undated sightings come back rather than being cut.
    if (start <= 0 && end >= bins.days.length - 1) setDateRange(undefined, undefined);
    else setDateRange(bins.days[start], bins.days[end]);
  }

  return (
    <div className="timeline-panel">
      <div className="timeline-controls">
        <button type="button" className="button timeline-play" aria-pressed={play.playing} onClick={play.toggle} disabled={!firstDay}>
          {play.playing ? 'Pause' : 'Play'}
        </button>
        <label htmlFor={ids.width}>Window</label>
        <select id={ids.width} value={widthDays} onChange={(event) => play.changeWidth(Number(event.target.value))}>
          {WINDOW_WIDTHS_DAYS.map((days) => (
            <option key={days} value={days}>
              {days} {days === 1 ? 'day' : 'days'}
            </option>
          ))}
        </select>
        <label htmlFor={ids.speed}>Speed</label>
        <select id={ids.speed} value={speedMs} onChange={(event) => setSpeedMs(Number(event.target.value))}>
          {PLAY_SPEEDS_MS.map((ms) => (
            <option key={ms} value={ms}>
              1 day per {ms / 1000} s
            </option>
          ))}
        </select>
        <label htmlFor={ids.stack}>Stack by</label>
        <select id={ids.stack} value={stackBy} onChange={(event) => setStackBy(event.target.value as StackBy)}>
          <option value="status">Status</option>
          <option value="equipment">Equipment</option>
        </select>
        <button type="button" className="button" onClick={() => select(0, bins.days.length - 1)} disabled={!hasRange}>
          Clear range
        </button>
        <p className="timeline-summary" role="status" aria-live={play.playing ? 'off' : 'polite'} data-testid="timeline-summary">
          {timelineSummary(bins, range)}
        </p>
      </div>
      {bins.days.length > 0 ? (
        <TimelineHistogram bins={bins} stackBy={stackBy} selection={selection} onSelect={select} />
      ) : (
        <p className="timeline-empty">No dated sightings to place on the timeline.</p>
      )}
      <ul className="timeline-legend" aria-label="Timeline colours">
        {bins.series.map(({ key }) => (
          <li key={key}>
            <span className="timeline-swatch" style={{ background: stackColor(stackBy, key) }} aria-hidden="true" />
            {stackLabel(stackBy, key)}
          </li>
        ))}
      </ul>
    </div>
  );
}
