// Clusters of sightings for the map, computed here rather than in MapLibre's clustered GeoJSON
// source: that source copies every feature through the main thread on each update (a 1 s
// task at 100,000 sightings). This index takes packed coordinates, runs in a worker and
// answers with only what is in view: a few hundred clusters and points, packed again.

import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';

/** The same look as MapLibre's clustered source had: radius in pixels of a 512 px tile. */
export const CLUSTER_RADIUS_PX = 48;
/** Above this zoom every sighting is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 11;
/** The map never zooms out further (src/map), so coarser levels would be built for nothing. */
export const CLUSTER_MIN_ZOOM = 3;

/** Numbers per cluster in ClusterView.clusters. */
export const CLUSTER_STRIDE = 5;
export const C = { lon: 0, lat: 1, count: 2, id: 3, expansionZoom: 4 } as const;

export type ClusterView = {
  /** CLUSTER_STRIDE numbers per cluster: lon, lat, count, cluster id, zoom at which it splits. */
  clusters: Float64Array;
  /** Indexes (into the arrays given to createClusterIndex) of sightings drawn on their own. */
  points: Uint32Array;
};

export type ClusterIndex = {
  /** Sightings with usable coordinates that went into the index. */
  readonly size: number;
  /** Clusters and single points inside `bbox` (west, south, east, north) at `zoom`. */
  query(bbox: readonly [number, number, number, number], zoom: number): ClusterView;
};

type PointProps = { index: number };
type ClusterProps = Record<string, never>;

/** Builds the index over sightings given as parallel coordinate arrays (NaN: no location). */
export function createClusterIndex(lons: Float64Array, lats: Float64Array): ClusterIndex {
  const features: PointFeature<PointProps>[] = [];
  for (let index = 0; index < lons.length; index += 1) {
    const lon = lons[index]!;
    const lat = lats[index]!;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lat < -90 || lat > 90) continue;
    features.push({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: [lon, lat] } });
  }
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS_PX,
    extent: 512,
    minZoom: CLUSTER_MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  index.load(features);
  return {
    size: features.length,
    query(bbox, zoom) {
      const found = index.getClusters([bbox[0], bbox[1], bbox[2], bbox[3]], Math.max(CLUSTER_MIN_ZOOM, zoom));
      let clusterCount = 0;
      for (const feature of found) if ('cluster' in feature.properties) clusterCount += 1;
      const clusters = new Float64Array(clusterCount * CLUSTER_STRIDE);
      const points = new Uint32Array(found.length - clusterCount);
      let c = 0;
      let p = 0;
      for (const feature of found) {
        const properties = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
        if (properties.cluster) {
          const o = c * CLUSTER_STRIDE;
          const [lon, lat] = feature.geometry.coordinates as [number, number];
          clusters[o + C.lon] = lon;
          clusters[o + C.lat] = lat;
          clusters[o + C.count] = properties.point_count ?? 0;
          clusters[o + C.id] = properties.cluster_id ?? -1;
          clusters[o + C.expansionZoom] = index.getClusterExpansionZoom(properties.cluster_id ?? -1);
          c += 1;
        } else {
          points[p] = properties.index ?? 0;
          p += 1;
        }
      }
      return { clusters, points };
    },
  };
}

/**
 * The area to ask for: the view and half a screen around it, so a short pan shows points
 * already there while the next answer is on its way. Clamped to the world.
 */
export function paddedBounds(bbox: readonly [number, number, number, number]): [number, number, number, number] {
  const [west, south, east, north] = bbox;
  const padLon = (east - west) / 2;
  const padLat = (north - south) / 2;
  return [Math.max(-180, west - padLon), Math.max(-90, south - padLat), Math.min(180, east + padLon), Math.min(90, north + padLat)];
}

/** "1.2k" like MapLibre's point_count_abbreviated. */
export function abbreviateCount(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
  return String(count);
}
