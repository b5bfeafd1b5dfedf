import { lazy, Suspense } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';

// Loaded after the first paint: the map is what the analyst waits for, not the histogram.
const TimelinePanel = lazy(() => import('./timeline-panel'));

/** The timeline area under the map (its grid area is "timeline" in app.css). */
type Props = {
  sightings: readonly ExploreSighting[];
  /** Which of `sightings` the timeline shows (positions into it); all when absent. */
  positions?: Uint32Array;
  /** sightingTimes and sightingStatuses of `sightings`, when the caller has them. */
  timesMs?: Float64Array;
  statuses?: readonly string[];
};

export function Timeline({ sightings, positions, timesMs, statuses }: Props) {
  return (
    <section className="timeline-area" aria-label="Timeline">
      <Suspense fallback={<p className="timeline-loading">Loading the timeline…</p>}>
        <TimelinePanel sightings={sightings} {...(positions ? { positions } : {})} {...(timesMs ? { timesMs } : {})} {...(statuses ? { statuses } : {})} />
      </Suspense>
    </section>
  );
}
