// Border distance: the geo engine against @turf/point-to-line-distance (v7, default
// 'geodesic' method) on the same seeded points, plus the engine's error against WGS84
// geodesics (GeographicLib) on a subsample.

import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString } from 'geojson';
import { computeDistancesBatch, createLineDistanceIndex } from '../../src/domain/geo/border-distance.ts';
import { loadBorderFixture } from '../../src/domain/geo/border-fixture.ts';
import { geodesicDistanceToLine } from '../../src/domain/geo/geodesic-reference.ts';
import { randomPoints } from '../../src/domain/geo/seeded-random.ts';
import type { BenchModule, BenchRow } from './bench-types.ts';

const POINTS = 100_000;
const QUICK_TURF_POINTS = 5_000;
const RUNS = 5;
const WGS84_SAMPLE = 200;
const REGION = [20, 48, 35, 56] as const;
const SEED = 20240224;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export const borderDistanceBench: BenchModule = {
  name: 'border-distance',
  run({ quick, log }) {
    const { border } = loadBorderFixture();
    const plain = border.map(([lon, lat]) => [lon, lat]);
    const { lons, lats } = randomPoints(SEED, POINTS, REGION);

    // The first build in this process runs before the JIT has seen the code: what a fresh
    // Web Worker pays once.
    const coldBuildMs = time(() => createLineDistanceIndex([plain]));
    const warmBuildMs = median(Array.from({ length: RUNS }, () => time(() => createLineDistanceIndex([plain]))));
    const index = createLineDistanceIndex([plain]);

    let engine = computeDistancesBatch(index, lons, lats); // warm-up, not timed
    const batchRuns = Array.from({ length: RUNS }, () => time(() => (engine = computeDistancesBatch(index, lons, lats))));
    const batchMs = median(batchRuns);
    let sink = 0;
    const nearestMs = median(
      Array.from({ length: RUNS }, () =>
        time(() => {
          for (let i = 0; i < POINTS; i++) sink += index.nearest(lons[i]!, lats[i]!).bearingDeg;
        }),
      ),
    );
    log(`engine batch runs (ms): ${batchRuns.map((t) => t.toFixed(1)).join(', ')}; nearest() checksum ${sink.toFixed(0)}`);

    const turfCount = quick ? QUICK_TURF_POINTS : POINTS;
    const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: border } };
    const turf = new Float64Array(turfCount);
    log(`turf on ${turfCount.toLocaleString('en-US')} points…`);
    const turfMs = time(() => {
      for (let i = 0; i < turfCount; i++) {
        turf[i] = pointToLineDistance([lons[i]!, lats[i]!], line, { units: 'kilometers' });
        if (!quick && i > 0 && i % 20_000 === 0) log(`  ${i.toLocaleString('en-US')} done`);
      }
    });
    const turfPer100kMs = (turfMs / turfCount) * POINTS;
    let maxDiffM = 0;
    for (let i = 0; i < turfCount; i++) maxDiffM = Math.max(maxDiffM, Math.abs(engine[i]! - turf[i]!) * 1000);

    let maxRelErr = 0;
    let maxAbsErrKm = 0;
    for (let i = 0; i < WGS84_SAMPLE; i++) {
      const reference = geodesicDistanceToLine(lons[i]!, lats[i]!, border).distanceKm;
      maxAbsErrKm = Math.max(maxAbsErrKm, Math.abs(engine[i]! - reference));
      if (reference > 1) maxRelErr = Math.max(maxRelErr, Math.abs(engine[i]! / reference - 1));
    }

    const turfLabel = quick ? `turf: 100k points (extrapolated from ${QUICK_TURF_POINTS.toLocaleString('en-US')})` : 'turf: 100k points';
    const speedUp = turfPer100kMs / batchMs;
    const rows: BenchRow[] = [
      { name: 'index build, cold (365 vertices)', value: coldBuildMs, unit: 'ms', goal: '< 5 ms', met: coldBuildMs < 5 },
      { name: `index build, warm (median of ${RUNS})`, value: warmBuildMs, unit: 'ms' },
      { name: `engine: 100k points, distance only (median of ${RUNS})`, value: batchMs, unit: 'ms', goal: '< 500 ms', met: batchMs < 500 },
      { name: 'engine: per point, distance only', value: (batchMs / POINTS) * 1000, unit: 'µs' },
      { name: `engine: 100k points, nearest() with point and bearing (median of ${RUNS})`, value: nearestMs, unit: 'ms' },
      { name: turfLabel, value: turfPer100kMs, unit: 'ms' },
      { name: 'turf: per point', value: (turfMs / turfCount) * 1000, unit: 'µs' },
      { name: `speed-up, engine vs turf${quick ? ' (turf extrapolated)' : ''}`, value: speedUp, unit: '×', baseline: turfPer100kMs, ratio: speedUp, goal: '≥ 300×', met: speedUp >= 300 },
      { name: `max |engine − turf| on ${turfCount.toLocaleString('en-US')} points`, value: maxDiffM, unit: 'm', goal: '≤ 10 m', met: maxDiffM <= 10 },
      { name: `max error vs WGS84 geodesic (${WGS84_SAMPLE} points, > 1 km)`, value: maxRelErr * 100, unit: '%', goal: '≤ 0.5 %', met: maxRelErr <= 0.005 },
      { name: `max abs error vs WGS84 geodesic (${WGS84_SAMPLE} points)`, value: maxAbsErrKm, unit: 'km' },
    ];
    return rows;
  },
};
