import { useEffect } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';
import { primeSearchKeys } from '../../domain/explore/search-key';

const FALLBACK_SLICE_MS = 8;

/**
 * Folds the search text of freshly loaded sightings while the browser is idle, so the first
 * search over a large feed does not stall on it. Stops when the sightings change. Starts only
 * once `settled` (the load's own work done): an idle main thread is still a core, and on a
 * 2-core machine folding a million captions beside the geo and cluster workers held the
 * border distances back by seconds.
 */
export function usePrimeSearchKeys(sightings: readonly Pick<ExploreSighting, 'caption' | 'hashtags' | 'place'>[], settled = true): void {
  useEffect(() => {
    if (!settled) return;
    let from = 0;
    let handle: number | undefined;
    const idle = typeof window.requestIdleCallback === 'function';
    const step = (shouldYield: () => boolean) => {
      from = primeSearchKeys(sightings, from, shouldYield);
      if (from < sightings.length) schedule();
    };
    const schedule = () => {
      if (idle) handle = window.requestIdleCallback((deadline) => step(() => deadline.timeRemaining() < 1));
      else {
        handle = window.setTimeout(() => {
          const end = performance.now() + FALLBACK_SLICE_MS;
          step(() => performance.now() > end);
        }, 50);
      }
    };
    if (sightings.length > 0) schedule();
    return () => {
      if (handle === undefined) return;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [sightings, settled]);
}
