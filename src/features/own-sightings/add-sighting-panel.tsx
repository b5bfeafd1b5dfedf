import { lazy, Suspense, useId } from 'react';
import { useAddSightingStore } from './add-sighting-store';
import { useAddSightingMode } from './use-add-sighting-mode';
import './own-sightings.css';

// The form, its validation and the draft marker load when the mode is first switched on.
const AddSightingContent = lazy(() => import('./add-sighting-content').then((module) => ({ default: module.AddSightingContent })));

/** Floating panel over the map while "Add sighting" is on: first a hint, then the form. */
export function AddSightingPanel() {
  const active = useAddSightingStore((state) => state.active);
  const headingId = useId();
  // Here rather than in the lazy body: a map click made while the form loads places the draft.
  useAddSightingMode();

  if (!active) return null;
  return (
    <section className="add-sighting-panel" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <h2 id={headingId}>Add a sighting</h2>
      <Suspense
        fallback={
          <p className="form-hint" role="status">
            Loading the form…
          </p>
        }
      >
        <AddSightingContent />
      </Suspense>
    </section>
  );
}
