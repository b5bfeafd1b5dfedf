import { STATUS_COLORS, STATUS_LABELS, type StatusColorKey } from '../lib/status-colors';

const FEED_STATUSES: StatusColorKey[] = ['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation'];

export function MapLegend() {
  return (
    <details className="map-legend" open>
      <summary>Legend</summary>
      <ul aria-label="Map legend">
        {FEED_STATUSES.map((status) => (
          <li key={status}>
            <span className="legend-dot" style={{ background: STATUS_COLORS[status] }} aria-hidden="true" />
            {STATUS_LABELS[status]}
          </li>
        ))}
        <li>
          <span className="legend-dot" style={{ background: STATUS_COLORS.unverifiable }} aria-hidden="true" />
          {STATUS_LABELS.unverifiable} (analyst only)
        </li>
        <li>
          <span className="legend-dot legend-pinned" aria-hidden="true" />
          Pinned by you
        </li>
        <li>
          <span className="legend-cluster" aria-hidden="true">
            12
          </span>
          Cluster of sightings (click to zoom)
        </li>
        <li>
          <span className="legend-line legend-border" aria-hidden="true" />
          Belarus–Ukraine border
        </li>
        <li>
          <span className="legend-line legend-rail" aria-hidden="true" />
          Main rail lines (schematic)
        </li>
        <li>
          <span className="legend-line legend-country" aria-hidden="true" />
          Other borders
        </li>
      </ul>
    </details>
  );
}
