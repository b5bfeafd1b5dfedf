import { useId } from 'react';
import type { NearestRailLine, NearestStation } from '../../domain/geo/rail-plausibility';
import type { GeoMetrics } from '../../workers/geo-protocol';
import { formatBorderBearing, formatBorderSentence, formatShortKm, formatSide } from './format-distance';
import './border.css';

type Props = { metrics: GeoMetrics | undefined; pending: boolean; error: string | null };

function lineText(line: NearestRailLine): string {
  const kind = line.kind === 'schematic' ? 'schematic' : 'mapped track';
  return `${line.lineName ?? line.layerName} — ${formatShortKm(line.distanceKm)} away (${kind})`;
}

function stationText(station: NearestStation): string {
  const local = station.nameLocal && station.nameLocal !== station.name ? ` (${station.nameLocal})` : '';
  return `${station.name}${local} — ${formatShortKm(station.distanceKm)} away`;
}

/** The "Border distance" section of the details panel: distance, side, direction, rail check. */
export function BorderDistanceSection({ metrics, pending, error }: Props) {
  const headingId = useId();
  let body;
  if (metrics) {
    const rail = metrics.rail;
    body = (
      <>
        <p className="border-distance-value">{formatBorderSentence(metrics.distanceKm)}</p>
        <p className="border-distance-side">
          {formatSide(metrics.side)} · {formatBorderBearing(metrics.bearingDeg)}
        </p>
        {rail && (
          <dl className="details-grid border-rail-grid">
            <dt>Nearest rail line</dt>
            <dd>{rail.nearestLine ? lineText(rail.nearestLine) : 'none in the active rail layers'}</dd>
            <dt>Nearest station</dt>
            <dd>{rail.nearestStation ? stationText(rail.nearestStation) : 'no stations in the active rail layers'}</dd>
          </dl>
        )}
        {!rail && <p className="border-note">Switch on a rail layer to check the sighting against the railway.</p>}
        {rail?.offRail && (
          <p className="off-rail-flag" role="note">
            <span aria-hidden="true">⚠ </span>off the rail network — check the geolocation
          </p>
        )}
      </>
    );
  } else if (error) {
    body = <p className="border-note">Border distance unavailable: {error}</p>;
  } else {
    body = <p className="border-note">{pending ? 'Measuring…' : 'This sighting has no usable location to measure.'}</p>;
  }
  return (
    <section className="border-section" aria-labelledby={headingId} aria-busy={pending && !metrics}>
      <h4 id={headingId}>Border distance</h4>
      {body}
    </section>
  );
}
