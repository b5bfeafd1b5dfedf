import './feeds.css';

export type ProvenanceDuplicate = { id: string; label: string; distanceKm: number };

type Props = {
  /** Names of every source that reported the sighting, first reporter first. */
  reportedBy: readonly string[];
  duplicates: readonly ProvenanceDuplicate[];
  /** How many more were within range than are listed. */
  moreDuplicates?: number;
  onSelect?: ((id: string) => void) | undefined;
};

const km = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Details section: where a sighting came from and which other reports may be the same train. */
export function SightingProvenance({ reportedBy, duplicates, moreDuplicates = 0, onSelect }: Props) {
  if (reportedBy.length === 0 && duplicates.length === 0) return null;
  return (
    <section className="details-section" aria-label="Sources">
      {reportedBy.length > 0 && (
        <p className="provenance-line">
          <strong>Reported by:</strong> {reportedBy.join(', ')}
        </p>
      )}
      {duplicates.length > 0 && (
        <div className="provenance-duplicates">
          <p className="provenance-line">
            <strong>Possible duplicate of:</strong>
          </p>
          <ul className="plain-list" aria-label="Possible duplicates">
            {duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(duplicate.id)}>
                    {duplicate.label}
                  </button>
                ) : (
                  duplicate.label
                )}{' '}
                <span className="provenance-distance">({km.format(duplicate.distanceKm)} km away, same day)</span>
              </li>
            ))}
          </ul>
          {moreDuplicates > 0 && (
            <p className="provenance-line">
              …and {moreDuplicates} more within 2 km on the same day, farther away.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
