import { useCallback, useEffect } from 'react';
import { nextWindow, windowAt } from '../../domain/explore/timeline';
import { useFilterStore } from '../../stores/filter-store';
import { useTimelineStore } from '../../stores/timeline-store';

export type PlayControls = {
  playing: boolean;
  toggle: () => void;
  /** Changes the window width; while playing the window keeps its start and takes the new width. */
  changeWidth: (widthDays: number) => void;
};

/**
 * The play button: a window of `widthDays` moves one day every `speedMs` from the first day
 * (or from the current range's start) to the last, writing the filter store's date range so
 * list and map follow. It stops, leaving the last window shown, when the window reaches the
 * last day.
 */
export function usePlay(firstDay: string | undefined, lastDay: string | undefined): PlayControls {
  const playing = useTimelineStore((state) => state.playing);
  const setPlaying = useTimelineStore((state) => state.setPlaying);
  const speedMs = useTimelineStore((state) => state.speedMs);
  const widthDays = useTimelineStore((state) => state.widthDays);
  const setWidthDays = useTimelineStore((state) => state.setWidthDays);
  const setDateRange = useFilterStore((state) => state.setDateRange);

  useEffect(() => {
    if (!playing || !firstDay || !lastDay) return;
    const bounds = { from: firstDay, to: lastDay };
    const timer = window.setInterval(() => {
      const { from, to } = useFilterStore.getState().filters;
      const next = from && to ? nextWindow({ from, to }, bounds) : undefined;
      if (next) setDateRange(next.from, next.to);
      else setPlaying(false);
    }, speedMs);
    return () => window.clearInterval(timer);
  }, [playing, speedMs, firstDay, lastDay, setDateRange, setPlaying]);

  // A timeline that goes away (no sightings, panel unmounted) must not leave "playing" set.
  useEffect(() => () => useTimelineStore.getState().setPlaying(false), []);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (!firstDay || !lastDay) return;
    const { from } = useFilterStore.getState().filters;
    // Resume from the brushed range unless it already sits at (or past) the end.
    const resume = from && from >= firstDay && from < lastDay ? from : firstDay;
    const start = windowAt(resume, widthDays, 0);
    if (!start) return;
    setDateRange(start.from, start.to);
    setPlaying(true);
  }, [playing, firstDay, lastDay, widthDays, setDateRange, setPlaying]);

  const changeWidth = useCallback(
    (width: number) => {
      setWidthDays(width);
      const { from } = useFilterStore.getState().filters;
      const resized = playing && from ? windowAt(from, width, 0) : undefined;
      if (resized) setDateRange(resized.from, resized.to);
    },
    [playing, setDateRange, setWidthDays],
  );

  return { playing, toggle, changeWidth };
}
