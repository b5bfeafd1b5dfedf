import { useMemo } from 'react';
import { useMeasureStore } from '../../stores/measure-store';
import { summariseMeasure } from './measure-format';
import { useMeasurePath } from './use-measure-path';

/** The measured path on the map and its distances; mounted while there is a measurement. */
export function MeasurePanel() {
  useMeasurePath();
  const active = useMeasureStore((state) => state.active);
  const points = useMeasureStore((state) => state.points);
  const setActive = useMeasureStore((state) => state.setActive);
  const undoLast = useMeasureStore((state) => state.undoLast);
  const clear = useMeasureStore((state) => state.clear);
  const summary = useMemo(() => summariseMeasure(points), [points]);

  const hint =
    points.length === 0
      ? 'Click the map to add the first point.'
      : points.length === 1
        ? 'Click the map to add the next point.'
        : `${summary.segments.length} segment${summary.segments.length === 1 ? '' : 's'}, total ${summary.totalText}.`;

  return (
    <section className="measure-readout" aria-label="Distance measurement">
      <h2 className="measure-title">Measure distance</h2>
      <p className="measure-status" role="status" aria-live="polite">
        {hint}
      </p>
      {summary.segments.length > 0 && (
        <>
          <ol className="measure-segments" aria-label="Segments">
            {summary.segments.map((segment) => (
              <li key={segment.from}>
                <span className="measure-leg">
                  {segment.from} → {segment.to}
                </span>{' '}
                <span className="measure-km">{segment.text}</span>
              </li>
            ))}
          </ol>
          <p className="measure-total">
            Total <strong data-total-km={summary.totalKm.toFixed(4)}>{summary.totalText}</strong>
          </p>
        </>
      )}
      <p className="measure-note">Great-circle distance, not distance along the track.</p>
      <div className="measure-actions">
        <button type="button" className="button" disabled={points.length === 0} onClick={undoLast}>
          Undo last point
        </button>
        <button type="button" className="button" disabled={points.length === 0} onClick={clear}>
          Clear
        </button>
        <button type="button" className="button" onClick={() => setActive(!active)}>
          {active ? 'Stop measuring' : 'Resume measuring'}
        </button>
      </div>
    </section>
  );
}
