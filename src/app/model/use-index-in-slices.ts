import { useEffect } from 'react';
import type { IdPositions } from '../../domain/merge/id-positions';

/** Ids indexed between two looks at the clock (2–5 ms at a million). */
const SLICE = 10_000;
const SLICE_MS = 8;

/**
 * Makes the sightings' id index a few milliseconds at a time, so that the first read (the
 * border badges of the list when the distances arrive, a selection) finds it made. Made at
 * once on that read, a million ids held the main thread for 0.2–0.7 s (1 s profiled).
 * Timers, not idle callbacks: while the geo workers measure, the map still draws frames, and
 * idle callbacks got through less than half of a million ids in the 3 s before the
 * distances came.
 */
export function useIndexInSlices(positions: IdPositions<{ readonly id: string }>): void {
  useEffect(() => {
    let handle: number | undefined;
    const step = () => {
      const end = performance.now() + SLICE_MS;
      while (!positions.indexSome(SLICE)) {
        if (performance.now() > end) {
          handle = window.setTimeout(step, 0);
          return;
        }
      }
      handle = undefined;
    };
    if (!positions.isBuilt) handle = window.setTimeout(step, 0);
    return () => {
      if (handle !== undefined) window.clearTimeout(handle);
    };
  }, [positions]);
}
