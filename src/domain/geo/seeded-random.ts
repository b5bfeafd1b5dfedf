// Deterministic pseudo-random numbers for tests and benchmarks (mulberry32): the same seed
// gives the same points on every machine, so a failure or a timing can be reproduced.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` points uniform in lon/lat within [minLon, maxLon) × [minLat, maxLat). */
export function randomPoints(
  seed: number,
  count: number,
  [minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number],
): { lons: Float64Array; lats: Float64Array } {
  const random = mulberry32(seed);
  const lons = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lons[i] = minLon + (maxLon - minLon) * random();
    lats[i] = minLat + (maxLat - minLat) * random();
  }
  return { lons, lats };
}
