// Clusters of sightings for the map, computed here rather than in MapLibre's clustered GeoJSON
// source: that source copies every feature through the main thread on each update (a 1 s
// task at 100,000 sightings). This index takes packed coordinates, runs in a worker and
// answers with only what is in view: a few hundred clusters and points, packed again.
//
// The hierarchy is built once over every sighting (greedy radius clustering per zoom level,
// as supercluster does) and a filter is applied to it as a visibility mask: a cluster shows
// the count and centroid of its visible sightings, one with a single visible sighting shows
// that sighting, one with none disappears. A filter change or a timeline brush move therefore
// costs one pass over the sightings of the zoom level in view, not a rebuild (a rebuild of
// 100,000 points takes hundreds of milliseconds; a pass takes about one).

import KDBush from 'kdbush';

/** The same look as MapLibre's clustered source had: radius in pixels of a 512 px tile. */
export const CLUSTER_RADIUS_PX = 48;
/** Above this zoom every sighting is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 11;
/** The map never zooms out further (src/map), so coarser levels would be built for nothing. */
export const CLUSTER_MIN_ZOOM = 3;
const TILE_EXTENT = 512;
/** The level at which every sighting stands alone. */
const LEAF_LEVEL = CLUSTER_MAX_ZOOM + 1;

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
  /** Sightings with usable coordinates that the current mask shows. */
  readonly visibleSize: number;
  /**
   * Shows only the sightings whose entry in `mask` (indexed like the arrays given to
   * createClusterIndex) is not 0; null shows every sighting.
   */
  setVisible(mask: Uint8Array | null): void;
  /** Clusters and single points inside `bbox` (west, south, east, north) at `zoom`. */
  query(bbox: readonly [number, number, number, number], zoom: number): ClusterView;
};

/** Web Mercator in [0, 1], as map tiles and supercluster use it. */
function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}

function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

function longitude(x: number): number {
  return (x - 0.5) * 360;
}

function latitude(y: number): number {
  const radians = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(radians))) / Math.PI - 90;
}

/** One zoom level of the hierarchy: its nodes' positions and sizes over every sighting. */
type Level = {
  x: Float64Array;
  y: Float64Array;
  count: Uint32Array;
  size: number;
  /** For each node of the level above (one zoom further in): the node here holding it. */
  parentOfFiner: Int32Array;
  /** The finer level's nodes grouped by the node here holding them (childStart[n]..childStart[n+1]). */
  childStart: Uint32Array;
  children: Uint32Array;
};

/** Visible sightings per node of one level, under the current mask. */
type LevelStats = { count: Uint32Array; sumX: Float64Array; sumY: Float64Array; lastLeaf: Int32Array };

/** Greedy radius clustering of the finer level's nodes, weighted by their sizes. */
function clusterLevel(zoom: number, x: Float64Array, y: Float64Array, count: Uint32Array, size: number): Level {
  const tree = new KDBush(size, 64, Float64Array);
  for (let i = 0; i < size; i += 1) tree.add(x[i]!, y[i]!);
  tree.finish();
  const radius = CLUSTER_RADIUS_PX / (TILE_EXTENT * 2 ** zoom);
  const parentOfFiner = new Int32Array(size).fill(-1);
  const outX = new Float64Array(size);
  const outY = new Float64Array(size);
  const outCount = new Uint32Array(size);
  let nodes = 0;
  for (let i = 0; i < size; i += 1) {
    if (parentOfFiner[i] !== -1) continue;
    const node = nodes++;
    let total = count[i]!;
    let weightedX = x[i]! * total;
    let weightedY = y[i]! * total;
    parentOfFiner[i] = node;
    for (const neighbour of tree.within(x[i]!, y[i]!, radius)) {
      if (parentOfFiner[neighbour] !== -1) continue;
      parentOfFiner[neighbour] = node;
      const weight = count[neighbour]!;
      total += weight;
      weightedX += x[neighbour]! * weight;
      weightedY += y[neighbour]! * weight;
    }
    outX[node] = weightedX / total;
    outY[node] = weightedY / total;
    outCount[node] = total;
  }
  const childStart = new Uint32Array(nodes + 1);
  for (let i = 0; i < size; i += 1) childStart[parentOfFiner[i]! + 1]! += 1;
  for (let node = 0; node < nodes; node += 1) childStart[node + 1]! += childStart[node]!;
  const children = new Uint32Array(size);
  const cursor = childStart.slice(0, nodes);
  for (let i = 0; i < size; i += 1) children[cursor[parentOfFiner[i]!]!++] = i;
  return { x: outX.slice(0, nodes), y: outY.slice(0, nodes), count: outCount.slice(0, nodes), size: nodes, parentOfFiner, childStart, children };
}

/** Builds the index over sightings given as parallel coordinate arrays (NaN: no location). */
export function createClusterIndex(lons: Float64Array, lats: Float64Array): ClusterIndex {
  // Leaves: the sightings with a usable location, in input order.
  const usable: number[] = [];
  for (let index = 0; index < lons.length; index += 1) {
    const lon = lons[index]!;
    const lat = lats[index]!;
    if (Number.isFinite(lon) && Number.isFinite(lat) && lat >= -90 && lat <= 90) usable.push(index);
  }
  const leafCount = usable.length;
  const leafInput = Uint32Array.from(usable);
  const leafX = new Float64Array(leafCount);
  const leafY = new Float64Array(leafCount);
  for (let leaf = 0; leaf < leafCount; leaf += 1) {
    leafX[leaf] = mercatorX(lons[leafInput[leaf]!]!);
    leafY[leaf] = mercatorY(lats[leafInput[leaf]!]!);
  }

  // levels[zoom] for CLUSTER_MIN_ZOOM..CLUSTER_MAX_ZOOM; leafNode[zoom][leaf] is the node of that level holding the leaf.
  const levels: Level[] = [];
  const leafNode: Int32Array[] = [];
  let finer: Pick<Level, 'x' | 'y' | 'count' | 'size'> = { x: leafX, y: leafY, count: new Uint32Array(leafCount).fill(1), size: leafCount };
  let finerLeafNode: Int32Array | null = null;
  for (let zoom = CLUSTER_MAX_ZOOM; zoom >= CLUSTER_MIN_ZOOM; zoom -= 1) {
    const level = clusterLevel(zoom, finer.x, finer.y, finer.count, finer.size);
    levels[zoom] = level;
    const nodeOfLeaf = new Int32Array(leafCount);
    for (let leaf = 0; leaf < leafCount; leaf += 1) nodeOfLeaf[leaf] = level.parentOfFiner[finerLeafNode ? finerLeafNode[leaf]! : leaf]!;
    leafNode[zoom] = nodeOfLeaf;
    finerLeafNode = nodeOfLeaf;
    finer = level;
  }

  let mask: Uint8Array | null = null;
  let visibleSize = leafCount;
  let stats: (LevelStats | undefined)[] = [];

  const isVisible = (leaf: number) => mask === null || mask[leafInput[leaf]!] !== 0;

  function statsAt(zoom: number): LevelStats {
    const known = stats[zoom];
    if (known) return known;
    const level = levels[zoom]!;
    const nodes = leafNode[zoom]!;
    const computed: LevelStats = {
      count: new Uint32Array(level.size),
      sumX: new Float64Array(level.size),
      sumY: new Float64Array(level.size),
      lastLeaf: new Int32Array(level.size),
    };
    for (let leaf = 0; leaf < leafCount; leaf += 1) {
      if (!isVisible(leaf)) continue;
      const node = nodes[leaf]!;
      computed.count[node]! += 1;
      computed.sumX[node]! += leafX[leaf]!;
      computed.sumY[node]! += leafY[leaf]!;
      computed.lastLeaf[node] = leaf;
    }
    stats[zoom] = computed;
    return computed;
  }

  /** The zoom at which a cluster's visible sightings stop being one cluster, as supercluster's getClusterExpansionZoom. */
  function expansionZoom(zoom: number, node: number): number {
    let level = zoom;
    let current = node;
    while (level < CLUSTER_MAX_ZOOM) {
      const parent = levels[level]!;
      const finerCounts = statsAt(level + 1).count;
      let visibleChildren = 0;
      let onlyChild = -1;
      for (let c = parent.childStart[current]!; c < parent.childStart[current + 1]!; c += 1) {
        const child = parent.children[c]!;
        if (finerCounts[child] === 0) continue;
        visibleChildren += 1;
        onlyChild = child;
      }
      if (visibleChildren !== 1) return level + 1;
      current = onlyChild;
      level += 1;
    }
    return LEAF_LEVEL;
  }

  return {
    size: leafCount,
    get visibleSize() {
      return visibleSize;
    },
    setVisible(next) {
      mask = next;
      stats = [];
      if (next === null) {
        visibleSize = leafCount;
        return;
      }
      let visible = 0;
      for (let leaf = 0; leaf < leafCount; leaf += 1) if (next[leafInput[leaf]!] !== 0) visible += 1;
      visibleSize = visible;
    },
    query(bbox, zoom) {
      const minX = mercatorX(bbox[0]);
      const maxX = mercatorX(bbox[2]);
      const minY = mercatorY(bbox[3]);
      const maxY = mercatorY(bbox[1]);
      const inside = (x: number, y: number) => x >= minX && x <= maxX && y >= minY && y <= maxY;
      const level = Math.min(LEAF_LEVEL, Math.max(CLUSTER_MIN_ZOOM, Math.floor(zoom)));
      const clusters: number[] = [];
      const points: number[] = [];
      if (level === LEAF_LEVEL) {
        for (let leaf = 0; leaf < leafCount; leaf += 1) if (isVisible(leaf) && inside(leafX[leaf]!, leafY[leaf]!)) points.push(leafInput[leaf]!);
      } else {
        const { count, sumX, sumY, lastLeaf } = statsAt(level);
        for (let node = 0; node < count.length; node += 1) {
          const visible = count[node]!;
          if (visible === 0) continue;
          if (visible === 1) {
            const leaf = lastLeaf[node]!;
            if (inside(leafX[leaf]!, leafY[leaf]!)) points.push(leafInput[leaf]!);
            continue;
          }
          const x = sumX[node]! / visible;
          const y = sumY[node]! / visible;
          if (!inside(x, y)) continue;
          // Unique across levels: the node's index and its level.
          clusters.push(longitude(x), latitude(y), visible, node * 32 + level, expansionZoom(level, node));
        }
      }
      return { clusters: Float64Array.from(clusters), points: Uint32Array.from(points) };
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
