// A static bounding-volume hierarchy of axis-aligned boxes in 3D (unit-sphere space), used
// for exact nearest-item search. Boxes in 3D rather than lon/lat rectangles: the squared
// distance to a box is a trig-free lower bound on the squared chord to anything inside it,
// and nothing special happens at the antimeridian or the poles.

export interface Bvh {
  /** 6 numbers per node: minX, minY, minZ, maxX, maxY, maxZ. */
  readonly boxes: Float64Array;
  /** Internal node: index of its first child (the second is `child + 1`); leaf: -1. */
  readonly child: Int32Array;
  /** Leaf: range [start, start + count) of `items`. */
  readonly start: Int32Array;
  readonly count: Int32Array;
  /** Item ids in leaf order. */
  readonly items: Int32Array;
  readonly nodeCount: number;
}

/** Reused by searchNearest so that a query allocates nothing. */
export interface NearestHit {
  item: number;
  dist2: number;
}

export const DEFAULT_LEAF_SIZE = 4;

const MAX_ITEMS = 2 ** 22; // a 30-bit sort key and an item id share one exactly-representable double
const KEY_CELLS = 2 ** 30 - 1;

/**
 * Builds the hierarchy over `count` items whose boxes are given as 6 numbers each (same
 * layout as Bvh.boxes). Each node's items are split at the median of their box centres along
 * the widest axis. The sort key packs the quantised centre and the item id into one double,
 * so every sort is a native numeric sort with no comparator: a Web Worker builds the border
 * index in about a millisecond even before the JIT warms up.
 */
export function buildBvh(itemBoxes: Float64Array, count: number, leafSize = DEFAULT_LEAF_SIZE): Bvh {
  if (!(leafSize >= 1)) throw new RangeError('buildBvh: leafSize must be at least 1');
  if (count > MAX_ITEMS) throw new RangeError(`buildBvh: at most ${MAX_ITEMS} items`);
  const centres = new Float64Array(count * 3);
  const items = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    items[i] = i;
    for (let k = 0; k < 3; k++) centres[i * 3 + k] = (itemBoxes[i * 6 + k]! + itemBoxes[i * 6 + 3 + k]!) / 2;
  }
  const keys = new Float64Array(count);

  // Halving can leave leaves smaller than leafSize, so bound the node count by the items.
  const capacity = 2 * count + 1;
  const child = new Int32Array(capacity).fill(-1);
  const start = new Int32Array(capacity);
  const cnt = new Int32Array(capacity);
  let nodeCount = 1;
  cnt[0] = count;
  // Children are always created after their parent, so this loop is a breadth-first build.
  for (let node = 0; node < nodeCount; node++) {
    const n = cnt[node]!;
    if (n <= leafSize) continue;
    const from = start[node]!;
    const to = from + n;
    let axis = 0;
    let lo = 0;
    let widest = -1;
    for (let k = 0; k < 3; k++) {
      let min = Infinity;
      let max = -Infinity;
      for (let j = from; j < to; j++) {
        const c = centres[items[j]! * 3 + k]!;
        if (c < min) min = c;
        if (c > max) max = c;
      }
      if (max - min > widest) {
        widest = max - min;
        axis = k;
        lo = min;
      }
    }
    const scale = widest > 0 ? KEY_CELLS / widest : 0;
    for (let j = from; j < to; j++) {
      const item = items[j]!;
      keys[j] = Math.round((centres[item * 3 + axis]! - lo) * scale) * MAX_ITEMS + item;
    }
    const sorted = keys.subarray(from, to).sort();
    for (let j = 0; j < n; j++) items[from + j] = sorted[j]! % MAX_ITEMS;
    const left = nodeCount;
    nodeCount += 2;
    const half = n >>> 1;
    child[node] = left;
    start[left] = from;
    cnt[left] = half;
    start[left + 1] = from + half;
    cnt[left + 1] = n - half;
  }

  // Boxes bottom-up: walking the nodes backwards visits children before their parents.
  const boxes = new Float64Array(nodeCount * 6);
  for (let node = nodeCount - 1; node >= 0; node--) {
    const o = node * 6;
    for (let k = 0; k < 3; k++) {
      boxes[o + k] = Infinity;
      boxes[o + 3 + k] = -Infinity;
    }
    const first = child[node]!;
    if (first >= 0) {
      for (let k = 0; k < 3; k++) {
        boxes[o + k] = Math.min(boxes[first * 6 + k]!, boxes[first * 6 + 6 + k]!);
        boxes[o + 3 + k] = Math.max(boxes[first * 6 + 3 + k]!, boxes[first * 6 + 9 + k]!);
      }
      continue;
    }
    const end = start[node]! + cnt[node]!;
    for (let j = start[node]!; j < end; j++) {
      const i = items[j]! * 6;
      for (let k = 0; k < 3; k++) {
        if (itemBoxes[i + k]! < boxes[o + k]!) boxes[o + k] = itemBoxes[i + k]!;
        if (itemBoxes[i + 3 + k]! > boxes[o + 3 + k]!) boxes[o + 3 + k] = itemBoxes[i + 3 + k]!;
      }
    }
  }

  return {
    boxes,
    child: child.subarray(0, nodeCount),
    start: start.subarray(0, nodeCount),
    count: cnt.subarray(0, nodeCount),
    items,
    nodeCount,
  };
}

/** Squared Euclidean distance from (x, y, z) to the box of `node`; 0 inside. */
function boxDist2(boxes: Float64Array, node: number, x: number, y: number, z: number): number {
  const o = node * 6;
  const dx = Math.max(boxes[o]! - x, 0, x - boxes[o + 3]!);
  const dy = Math.max(boxes[o + 1]! - y, 0, y - boxes[o + 4]!);
  const dz = Math.max(boxes[o + 2]! - z, 0, z - boxes[o + 5]!);
  return dx * dx + dy * dy + dz * dz;
}

/** A depth-first search keeps at most two pending siblings per level. */
function stackSizeFor(bvh: Bvh): number {
  return 2 * Math.ceil(Math.log2(bvh.nodeCount + 1)) + 8;
}

export interface NearestSearch {
  /**
   * Finds the item with the smallest `dist2Of(item)` (ties go to the lower item id), given
   * that the squared distance from the query to an item's box is a lower bound of it.
   * `maxDist2` optionally limits the search radius. Writes into and returns `hit`;
   * `hit.item` is -1 when nothing lies within the limit.
   */
  search(x: number, y: number, z: number, dist2Of: (item: number) => number, hit: NearestHit, maxDist2?: number): NearestHit;
}

export function createNearestSearch(bvh: Bvh): NearestSearch {
  const size = stackSizeFor(bvh);
  const stackNode = new Int32Array(size);
  const stackBound = new Float64Array(size);
  const { boxes, child, start, count, items } = bvh;

  return {
    search(x, y, z, dist2Of, hit, maxDist2 = Infinity) {
      let best = maxDist2;
      let bestItem = -1;
      let top = 0;
      if (bvh.nodeCount > 0) {
        stackNode[0] = 0;
        stackBound[0] = boxDist2(boxes, 0, x, y, z);
        top = 1;
      }
      while (top > 0) {
        top--;
        // `>` rather than `>=` keeps equally near items in play for the tie-break.
        if (stackBound[top]! > best) continue;
        const node = stackNode[top]!;
        const first = child[node]!;
        if (first < 0) {
          const end = start[node]! + count[node]!;
          for (let j = start[node]!; j < end; j++) {
            const item = items[j]!;
            const d = dist2Of(item);
            if (d < best || (d === best && (bestItem < 0 || item < bestItem))) {
              best = d;
              bestItem = item;
            }
          }
          continue;
        }
        const b0 = boxDist2(boxes, first, x, y, z);
        const b1 = boxDist2(boxes, first + 1, x, y, z);
        // Push the farther child first so the nearer one is explored first.
        const nearFirst = b0 <= b1;
        const farBound = nearFirst ? b1 : b0;
        const nearBound = nearFirst ? b0 : b1;
        if (farBound <= best) {
          stackNode[top] = nearFirst ? first + 1 : first;
          stackBound[top++] = farBound;
        }
        if (nearBound <= best) {
          stackNode[top] = nearFirst ? first : first + 1;
          stackBound[top++] = nearBound;
        }
      }
      hit.item = bestItem;
      hit.dist2 = bestItem < 0 ? Infinity : best;
      return hit;
    },
  };
}
