import { activeFilterChips } from '../../domain/explore/filter-state';
import { useFilterStore } from '../../stores/filter-store';
import { feedNameLookup } from './filter-values';
import './filters.css';

type Props = {
  loading: boolean;
  /** How many pass the filters, and how many there are. */
  shown: number;
  total: number;
  /** How many that pass lie in the map view; null until the map reports its bounds. */
  inView: number | null;
  feeds: readonly { id: string; name: string }[];
};

/** The counts, the "only in map view" switch and the active filters as removable chips. */
export function FilterSummary({ loading, shown, total, inView, feeds }: Props) {
  const filters = useFilterStore((state) => state.filters);
  const setFilters = useFilterStore((state) => state.setFilters);
  const clearFilters = useFilterStore((state) => state.clearFilters);
  const onlyInView = useFilterStore((state) => state.onlyInView);
  const setOnlyInView = useFilterStore((state) => state.setOnlyInView);
  const chips = activeFilterChips(filters, { feedName: feedNameLookup(feeds) });

  return (
    <div className="filter-summary">
      <p className="count" aria-live="polite">
        {loading ? (
          'loading…'
        ) : (
          <>
            <span>{`${shown} of ${total} sightings`}</span>
            {inView !== null && <span className="in-view-count">{` · ${inView} in map view`}</span>}
          </>
        )}
      </p>
      <label className="filter-check only-in-view">
        <input type="checkbox" checked={onlyInView} onChange={(event) => setOnlyInView(event.target.checked)} />
        Only list sightings in the map view
      </label>
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button type="button" className="filter-chip" aria-label={`Remove filter ${chip.label}`} onClick={() => setFilters(chip.remove(filters))}>
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="clear-filters" onClick={clearFilters}>
              Clear all filters
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
