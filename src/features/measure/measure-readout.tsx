import { lazy, Suspense } from 'react';
import { useMeasureStore } from '../../stores/measure-store';
import { useMeasureTool } from './use-measure-tool';
import './measure.css';

// The readout, its distance maths and the path's map layers load when measuring starts.
const MeasurePanel = lazy(() => import('./measure-panel').then((module) => ({ default: module.MeasurePanel })));

/**
 * The measure result over the map. It stays after the mode ends, so the analyst can still read
 * (and quote) the distance; Clear removes it.
 */
export function MeasureReadout() {
  useMeasureTool();
  const active = useMeasureStore((state) => state.active);
  const measuring = useMeasureStore((state) => state.points.length > 0);
  if (!active && !measuring) return null;
  return (
    <Suspense
      fallback={
        <section className="measure-readout" aria-label="Distance measurement">
          <p className="measure-status" role="status">
            Loading the measure tool…
          </p>
        </section>
      }
    >
      <MeasurePanel />
    </Suspense>
  );
}
