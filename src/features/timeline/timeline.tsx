import { lazy, Suspense } from 'react';
import type { ExploreSighting } from '../../domain/explore/explore-sighting';

// Loaded after the first paint: the map is what the analyst waits for, not the histogram.
const TimelinePanel = lazy(() => import('./timeline-panel'));

/** The timeline area under the map (its grid area is "timeline" in app.css). */
export function Timeline({ sightings, timesMs }: { sightings: readonly ExploreSighting[]; timesMs?: Float64Array }) {
  return (
    <section className="timeline-area" aria-label="Timeline">
      <Suspense fallback={<p className="timeline-loading">Loading the timeline…</p>}>
        <TimelinePanel sightings={sightings} {...(timesMs ? { timesMs } : {})} />
      </Suspense>
    </section>
  );
}
