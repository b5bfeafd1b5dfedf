import { describe, expect, it } from 'vitest';
import { buildBvh, createNearestSearch, type NearestHit } from './bvh.ts';
import { mulberry32 } from './seeded-random.ts';

/** Random small boxes in the unit cube, as the 6-number layout buildBvh takes. */
function randomBoxes(seed: number, count: number): Float64Array {
  const random = mulberry32(seed);
  const boxes = new Float64Array(count * 6);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) {
      const lo = random();
      boxes[i * 6 + k] = lo;
      boxes[i * 6 + 3 + k] = lo + 0.05 * random();
    }
  }
  return boxes;
}

function boxDist2(boxes: Float64Array, i: number, p: number[]): number {
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const d = Math.max(boxes[i * 6 + k]! - p[k]!, 0, p[k]! - boxes[i * 6 + 3 + k]!);
    sum += d * d;
  }
  return sum;
}

describe('buildBvh', () => {
  it('puts every item in exactly one leaf, each leaf within leafSize, each box containing its items', () => {
    const boxes = randomBoxes(1, 1000);
    const bvh = buildBvh(boxes, 1000, 4);
    expect([...bvh.items].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    let inLeaves = 0;
    for (let node = 0; node < bvh.nodeCount; node++) {
      if (bvh.child[node]! >= 0) continue;
      expect(bvh.count[node]).toBeLessThanOrEqual(4);
      inLeaves += bvh.count[node]!;
      for (let j = bvh.start[node]!; j < bvh.start[node]! + bvh.count[node]!; j++) {
        const item = bvh.items[j]!;
        for (let k = 0; k < 3; k++) {
          expect(bvh.boxes[node * 6 + k]).toBeLessThanOrEqual(boxes[item * 6 + k]!);
          expect(bvh.boxes[node * 6 + 3 + k]).toBeGreaterThanOrEqual(boxes[item * 6 + 3 + k]!);
        }
      }
    }
    expect(inLeaves).toBe(1000);
  });
});

describe('createNearestSearch', () => {
  it('finds the same nearest box as a linear scan', () => {
    const boxes = randomBoxes(2, 500);
    const search = createNearestSearch(buildBvh(boxes, 500));
    const random = mulberry32(3);
    const hit: NearestHit = { item: -1, dist2: Infinity };
    for (let q = 0; q < 200; q++) {
      const p = [random() * 1.4 - 0.2, random() * 1.4 - 0.2, random() * 1.4 - 0.2];
      const all = Array.from({ length: 500 }, (_, i) => boxDist2(boxes, i, p));
      const best = Math.min(...all);
      search.search(p[0]!, p[1]!, p[2]!, (i) => boxDist2(boxes, i, p), hit);
      expect(hit.dist2).toBe(best);
      expect(hit.item).toBe(all.indexOf(best));
    }
  });

  it('reports no item beyond the search limit, or in an empty hierarchy', () => {
    const boxes = Float64Array.from([0, 0, 0, 0, 0, 0]);
    const hit: NearestHit = { item: -1, dist2: Infinity };
    createNearestSearch(buildBvh(boxes, 1)).search(1, 0, 0, (i) => boxDist2(boxes, i, [1, 0, 0]), hit, 0.5);
    expect(hit).toEqual({ item: -1, dist2: Infinity });
    createNearestSearch(buildBvh(new Float64Array(0), 0)).search(1, 0, 0, () => 0, hit);
    expect(hit.item).toBe(-1);
  });
});
