import { useId, type ReactNode } from 'react';
import { EQUIPMENT_KIND_NAMES, PLATFORM_NAMES, type FilterState } from '../../domain/explore/filter-state';
import { EQUIPMENT_KINDS, PLATFORMS } from '../../domain/sighting/sighting-schema';
import { statusName } from '../../domain/workspace/status-label';
import { EFFECTIVE_STATUSES } from '../../domain/workspace/workspace-sighting';
import { useFilterStore } from '../../stores/filter-store';
import { toggled } from './filter-values';
import './filters.css';

/** The search box's id, so that the "/" shortcut (composed in src/app) can focus it. */
export const SEARCH_INPUT_ID = 'sighting-search';

type Option<T extends string> = { value: T; label: string };

function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="filter-check">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => onChange(toggled(selected, option.value, event.target.checked))}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function Flag({ flag, children }: { flag: 'pinnedOnly' | 'annotatedOnly' | 'offRailOnly'; children: ReactNode }) {
  const on = useFilterStore((state) => state.filters[flag]);
  const patchFilters = useFilterStore((state) => state.patchFilters);
  return (
    <label className="filter-check">
      <input type="checkbox" checked={on} onChange={(event) => patchFilters({ [flag]: event.target.checked })} />
      {children}
    </label>
  );
}

const STATUS_OPTIONS = EFFECTIVE_STATUSES.map((value) => ({ value, label: statusName(value) }));
const KIND_OPTIONS = EQUIPMENT_KINDS.map((value) => ({ value, label: EQUIPMENT_KIND_NAMES[value] }));
const PLATFORM_OPTIONS = PLATFORMS.map((value) => ({ value, label: PLATFORM_NAMES[value] }));

function listFilterCount(filters: FilterState): number {
  return (
    filters.statuses.length +
    filters.kinds.length +
    filters.platforms.length +
    filters.feeds.length +
    Number(filters.pinnedOnly) +
    Number(filters.annotatedOnly) +
    Number(filters.offRailOnly)
  );
}

/** Free-text search and the list filters; the distance filter sits with the border's controls. */
export function FilterControls({ feeds }: { feeds: readonly { id: string; name: string }[] }) {
  const filters = useFilterStore((state) => state.filters);
  const patchFilters = useFilterStore((state) => state.patchFilters);
  const hintId = useId();
  const active = listFilterCount(filters);

  return (
    <div className="filter-controls" role="search" aria-label="Filter sightings">
      <label htmlFor={SEARCH_INPUT_ID}>Search sightings</label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={filters.text}
        placeholder="Caption, hashtag, place, note…"
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => patchFilters({ text: event.target.value })}
      />
      <p id={hintId} className="filter-hint">
        Latin or Cyrillic, any case: “mozyr” finds “Мозырь”.
      </p>
      <details className="more-filters">
        <summary>More filters{active > 0 ? ` (${active} on)` : ''}</summary>
        <CheckboxGroup legend="Status" options={STATUS_OPTIONS} selected={filters.statuses} onChange={(statuses) => patchFilters({ statuses })} />
        <CheckboxGroup legend="Equipment" options={KIND_OPTIONS} selected={filters.kinds} onChange={(kinds) => patchFilters({ kinds })} />
        <CheckboxGroup
          legend="Platform"
          options={PLATFORM_OPTIONS}
          selected={filters.platforms}
          onChange={(platforms) => patchFilters({ platforms })}
        />
        <CheckboxGroup
          legend="Feed"
          options={feeds.map((feed) => ({ value: feed.id, label: feed.name }))}
          selected={filters.feeds}
          onChange={(next) => patchFilters({ feeds: next })}
        />
        <fieldset className="filter-group">
          <legend>Only</legend>
          <Flag flag="pinnedOnly">Pinned only</Flag>
          <Flag flag="annotatedOnly">Annotated only</Flag>
          <Flag flag="offRailOnly">Off the rail network only</Flag>
        </fieldset>
      </details>
    </div>
  );
}
