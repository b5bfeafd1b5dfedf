import type { Position } from 'geojson';

function sqSegmentDistance(p: Position, a: Position, b: Position): number {
  let x = a[0]!, y = a[1]!;
  let dx = b[0]! - x, dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker with an explicit stack (rings here have tens of thousands of
 * vertices; recursion depth would be a risk). Tolerance is in degrees: the
 * water layer is context, so treating a degree of longitude like one of
 * latitude is good enough.
 */
export function simplifyPath(path: Position[], tolerance: number): Position[] {
  if (path.length <= 2) return path.slice();
  const keep = new Uint8Array(path.length);
  keep[0] = 1;
  keep[path.length - 1] = 1;
  const sqTol = tolerance * tolerance;
  const stack: [number, number][] = [[0, path.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxSq = sqTol;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(path[i]!, path[first]!, path[last]!);
      if (d > maxSq) {
        index = i;
        maxSq = d;
      }
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return path.filter((_, i) => keep[i] === 1);
}

/** Simplifies a closed ring; null when it collapses below a triangle. */
export function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const out = simplifyPath(ring, tolerance);
  return out.length >= 4 ? out : null;
}
