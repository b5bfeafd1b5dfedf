import { create } from 'zustand';
import type { StackBy } from '../domain/explore/timeline';

/** How long the play window rests on each day, in milliseconds. */
export const PLAY_SPEEDS_MS = [500, 1000, 2000] as const;
export const WINDOW_WIDTHS_DAYS = [1, 3, 7, 14] as const;

type TimelineState = {
  stackBy: StackBy;
  /** While true the play window moves one day per `speedMs`. */
  playing: boolean;
  widthDays: number;
  speedMs: number;
  setStackBy: (stackBy: StackBy) => void;
  setPlaying: (playing: boolean) => void;
  setWidthDays: (widthDays: number) => void;
  setSpeedMs: (speedMs: number) => void;
};

/** The timeline's own controls; the selected date range itself lives in the filter store. */
export const useTimelineStore = create<TimelineState>()((set) => ({
  stackBy: 'status',
  playing: false,
  widthDays: 3,
  speedMs: 1000,
  setStackBy: (stackBy) => set({ stackBy }),
  setPlaying: (playing) => set({ playing }),
  setWidthDays: (widthDays) => set({ widthDays }),
  setSpeedMs: (speedMs) => set({ speedMs }),
}));
