import type { GeoMetrics } from '../../workers/geo-protocol';
import { formatShortKm } from './format-distance';
import './border.css';

/** The distance and, when it applies, an "off rail" warning, for one row of the sightings list. */
export function SightingBorderBadges({ metrics }: { metrics: GeoMetrics | undefined }) {
  if (!metrics) return null;
  return (
    <span className="border-badges">
      <span className="border-km-badge" title="Distance to the Belarus–Ukraine border">
        {formatShortKm(metrics.distanceKm)}
      </span>
      {metrics.rail?.offRail && (
        <span className="off-rail-badge" title="Off the rail network: check the geolocation">
          off rail
        </span>
      )}
    </span>
  );
}
