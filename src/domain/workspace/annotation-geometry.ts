import { circle } from '@turf/circle';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { haversineKm } from '../geo/geodesic';
import type { WorkspaceSighting } from './workspace-sighting';

/*
 * GeoJSON the map draws for the analyst's layer: rings around pinned sightings and, for the
 * selected sighting, the corrected location's uncertainty circle and a faint link back to
 * where the feed put it. Every feature carries a `role` the layer filters match on.
 */

export type CorrectionRole = 'uncertainty' | 'link' | 'feed-location';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function pinnedPointsGeoJson(sightings: readonly WorkspaceSighting[]): FeatureCollection {
  const features: Feature[] = [];
  for (const sighting of sightings) {
    if (!sighting.annotation?.pinned) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [sighting.lon, sighting.lat] },
      properties: { id: sighting.id },
    });
  }
  return { type: 'FeatureCollection', features };
}

function feature(role: CorrectionRole, geometry: Geometry, extra: Record<string, unknown> = {}): Feature {
  return { type: 'Feature', geometry, properties: { role, ...extra } };
}

/** Nothing unless the sighting's location was corrected; the circle only when a radius is given. */
export function correctionGeoJson(sighting: WorkspaceSighting | undefined): FeatureCollection {
  if (!sighting || sighting.feedLon === undefined || sighting.feedLat === undefined) return EMPTY;
  const corrected = [sighting.lon, sighting.lat];
  const original = [sighting.feedLon, sighting.feedLat];
  const features: Feature[] = [];
  if (sighting.uncertaintyKm !== undefined && sighting.uncertaintyKm > 0) {
    features.push(circle(corrected, sighting.uncertaintyKm, { steps: 64, units: 'kilometers', properties: { role: 'uncertainty' } }));
  }
  const movedKm = haversineKm(original, corrected);
  if (movedKm > 0) {
    features.push(feature('link', { type: 'LineString', coordinates: [original, corrected] }, { km: Number(movedKm.toFixed(1)) }));
    features.push(feature('feed-location', { type: 'Point', coordinates: original }));
  }
  return { type: 'FeatureCollection', features };
}
