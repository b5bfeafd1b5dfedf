import { useId, useState } from 'react';
import { DISTANCE_PRESETS, useDistanceFilterStore, type DistancePreset } from '../../stores/distance-filter-store';
import { SIGHTING_SORTS, useSortStore, type SightingSort } from '../../stores/sort-store';
import { parseCustomKm } from './custom-distance';
import './border.css';

const SORT_LABELS: Record<SightingSort, string> = {
  'date-desc': 'Date, newest first',
  'date-asc': 'Date, oldest first',
  'distance-asc': 'Distance to border, nearest first',
  status: 'Status',
};

const PRESET_LABELS: Record<DistancePreset, string> = {
  any: 'Any distance',
  'within-25km': 'Within 25 km',
  'within-40mi': 'Within 40 mi',
  'within-100km': 'Within 100 km',
  custom: 'Custom…',
};

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function CustomDistanceInput() {
  const customKm = useDistanceFilterStore((state) => state.customKm);
  const setCustomKm = useDistanceFilterStore((state) => state.setCustomKm);
  const [draft, setDraft] = useState(String(customKm));
  const inputId = useId();
  const errorId = useId();
  const parsed = parseCustomKm(draft);
  const error = 'error' in parsed ? parsed.error : null;
  return (
    <div className="custom-distance">
      <label htmlFor={inputId}>Custom distance (km)</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = parseCustomKm(event.target.value);
          // A bad entry leaves the last good distance in force.
          if ('km' in next) setCustomKm(next.km);
        }}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error} Still filtering at {customKm} km.
        </p>
      )}
    </div>
  );
}

/** Sort order, distance filter and the 40-mile band switch, above the sightings list. */
export function BorderListControls({ status }: { status?: string | null }) {
  const sort = useSortStore((state) => state.sort);
  const setSort = useSortStore((state) => state.setSort);
  const preset = useDistanceFilterStore((state) => state.preset);
  const setPreset = useDistanceFilterStore((state) => state.setPreset);
  const showBand = useDistanceFilterStore((state) => state.showBand);
  const setShowBand = useDistanceFilterStore((state) => state.setShowBand);
  const sortId = useId();
  const filterId = useId();

  return (
    <div className="border-list-controls" role="group" aria-label="Sort and distance filter">
      <div className="control-row">
        <label htmlFor={sortId}>Sort</label>
        <select id={sortId} value={sort} onChange={(event) => isOneOf(SIGHTING_SORTS, event.target.value) && setSort(event.target.value)}>
          {SIGHTING_SORTS.map((value) => (
            <option key={value} value={value}>
              {SORT_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="control-row">
        <label htmlFor={filterId}>Distance to border</label>
        <select
          id={filterId}
          value={preset}
          onChange={(event) => isOneOf(DISTANCE_PRESETS, event.target.value) && setPreset(event.target.value)}
        >
          {DISTANCE_PRESETS.map((value) => (
            <option key={value} value={value}>
              {PRESET_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && <CustomDistanceInput />}
      <label className="band-toggle">
        <input type="checkbox" checked={showBand} onChange={(event) => setShowBand(event.target.checked)} />
        Show 40-mile band
      </label>
      {status && <p className="border-status">{status}</p>}
    </div>
  );
}
