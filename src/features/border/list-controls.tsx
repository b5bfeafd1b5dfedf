import { useId, useState } from 'react';
import { distanceLimitKm } from '../../domain/explore/filter-state';
import { useDistanceFilterStore } from '../../stores/distance-filter-store';
import { useFilterStore } from '../../stores/filter-store';
import { SIGHTING_SORTS, useSortStore, type SightingSort } from '../../stores/sort-store';
import { parseCustomKm } from './custom-distance';
import { DISTANCE_PRESETS, presetKm, presetOf, type DistancePreset } from './distance-preset';
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

const DEFAULT_CUSTOM_KM = 50;

function setDistance(km: number | undefined) {
  const { filters, setFilters } = useFilterStore.getState();
  const { distance: _, ...rest } = filters;
  setFilters(km === undefined ? rest : { ...rest, distance: { maxKm: km } });
}

function CustomDistanceInput({ customKm }: { customKm: number }) {
  const [draft, setDraft] = useState(String(Math.round(customKm * 100) / 100));
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
          if ('km' in next) setDistance(next.km);
        }}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error} Still filtering at {Math.round(customKm * 100) / 100} km.
        </p>
      )}
    </div>
  );
}

/** Sort order, distance filter and the 40-mile band switch, above the sightings list. */
export function BorderListControls({ status }: { status?: string | null }) {
  const sort = useSortStore((state) => state.sort);
  const setSort = useSortStore((state) => state.setSort);
  const limitKm = useFilterStore((state) => distanceLimitKm(state.filters));
  // "Custom" stays chosen while the typed distance happens to equal a preset's.
  const [customChosen, setCustomChosen] = useState(false);
  const preset: DistancePreset = limitKm === undefined ? 'any' : customChosen ? 'custom' : presetOf(limitKm);
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
          onChange={(event) => {
            const next = event.target.value;
            if (!isOneOf(DISTANCE_PRESETS, next)) return;
            setCustomChosen(next === 'custom');
            setDistance(next === 'custom' ? (limitKm ?? DEFAULT_CUSTOM_KM) : presetKm(next));
          }}
        >
          {DISTANCE_PRESETS.map((value) => (
            <option key={value} value={value}>
              {PRESET_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && limitKm !== undefined && <CustomDistanceInput customKm={limitKm} />}
      <label className="band-toggle">
        <input type="checkbox" checked={showBand} onChange={(event) => setShowBand(event.target.checked)} />
        Show 40-mile band
      </label>
      {status && <p className="border-status">{status}</p>}
    </div>
  );
}
