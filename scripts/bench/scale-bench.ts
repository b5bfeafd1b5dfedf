// Navigation → map idle with every sighting loaded, distances computed and clusters drawn, at
// 10,000 / 100,000 / 1,000,000 synthetic sightings, against the 60-sighting sample measured in
// the same run; and the longest main-thread task during each load.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { BenchModule, BenchRow } from './bench-types.ts';
import { median, startPreview, timeToIdle, type LoadRun, type UsableTimings } from './startup-bench.ts';
import { syntheticFeedText } from './synthetic-feed.ts';

const PORT = 4198;
const ROOT = '/tmp/railwatch-scale-bench';

async function measure(label: string, feedText: string | null, count: number, runs: number, log: (line: string) => void): Promise<LoadRun[]> {
  const dist = `${ROOT}/${label}`;
  rmSync(dist, { recursive: true, force: true });
  cpSync('dist', dist, { recursive: true });
  if (feedText !== null) writeFileSync(`${dist}/feeds/sample.geojson`, feedText);
  const server = await startPreview(PORT, dist);
  try {
    const results = await timeToIdle(`http://127.0.0.1:${PORT}/`, count, runs, 300_000, true);
    log(`${label}: idle ${results.map((run) => run.idleMs.toFixed(0)).join(', ')} ms; longest task ${results.map((run) => run.longestTaskMs.toFixed(0)).join(', ')} ms`);
    const usable = results.map((run) => run.usable).filter((timings): timings is UsableTimings => timings !== undefined);
    log(`${label}: then pan ${usable.map((u) => u.panMs).join(', ')} ms, zoom ${usable.map((u) => u.zoomMs).join(', ')} ms, select ${usable.map((u) => u.selectMs).join(', ')} ms`);
    return results;
  } finally {
    await server.stop();
  }
}

export const scaleBench: BenchModule = {
  name: 'scale',
  async run({ quick, log }) {
    if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
    mkdirSync(ROOT, { recursive: true });
    const runs = quick ? 3 : 5;
    const sampleCount = (JSON.parse(readFileSync('public/feeds/sample.geojson', 'utf8')) as { features: unknown[] }).features.length;
    const baseline = await measure('sample', null, sampleCount, runs, log);
    const baselineMs = median(baseline.map((run) => run.idleMs));
    const sampleLongestMs = Math.round(Math.max(...baseline.map((run) => run.longestTaskMs)));
    const rows: BenchRow[] = [
      { name: `sample (${sampleCount}) → idle`, value: Math.round(baselineMs), unit: 'ms' },
      { name: `sample (${sampleCount}) longest main-thread task (max)`, value: sampleLongestMs, unit: 'ms' },
    ];
    const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    for (const size of sizes) {
      const text = syntheticFeedText(size);
      log(`synthetic ${size}: ${(text.length / 1e6).toFixed(1)} MB`);
      const sizeRuns = size >= 1_000_000 ? Math.min(runs, 3) : runs;
      let results: LoadRun[];
      try {
        results = await measure(String(size), text, size, sizeRuns, log);
      } catch (error) {
        // A size the app refuses or cannot load is a result to report, not a reason to lose the others.
        const reason = error instanceof Error ? error.message : String(error);
        log(`${size}: not loaded: ${reason}`);
        rows.push({ name: `${size.toLocaleString('en')} → idle: not loaded (${reason.slice(0, 160)})`, value: Number.NaN, unit: 'ms', ...(size >= 100_000 ? { goal: size === 100_000 ? '< 3000 ms and < 2× sample' : '< 20000 ms', met: false } : {}) });
        continue;
      }
      const idle = median(results.map((run) => run.idleMs));
      const longest = Math.max(...results.map((run) => run.longestTaskMs));
      const idleGoal = size === 100_000 ? { goal: '< 3000 ms and < 2× sample', met: idle < 3000 && idle < 2 * baselineMs } : size === 1_000_000 ? { goal: '< 20000 ms', met: idle < 20_000 } : {};
      rows.push({ name: `${size.toLocaleString('en')} → idle (median of ${results.length}; ratio = × sample)`, value: Math.round(idle), unit: 'ms', baseline: Math.round(baselineMs), ratio: Math.round((idle / baselineMs) * 100) / 100, ...idleGoal });
      // Next to the sample's own longest task: in software WebGL, MapLibre's shader compiles
      // alone take several hundred ms whatever the data, so that is the floor here.
      rows.push({ name: `${size.toLocaleString('en')} longest main-thread task (max; baseline = sample's)`, value: Math.round(longest), unit: 'ms', baseline: sampleLongestMs, ...(size >= 100_000 ? { goal: '< 200 ms', met: longest < 200 } : {}) });
      // The max is usually the first run's: a fresh browser compiles MapLibre's shaders in one
      // task, as it does for the sample. The median says what a typical load holds the thread for.
      rows.push({
        name: `${size.toLocaleString('en')} longest main-thread task (median of runs; baseline = sample's)`,
        value: Math.round(median(results.map((run) => run.longestTaskMs))),
        unit: 'ms',
        baseline: Math.round(median(baseline.map((run) => run.longestTaskMs))),
      });
      for (const [key, what] of [['panMs', 'pan'], ['zoomMs', 'zoom to 12'], ['selectMs', 'select the first listed sighting → details']] as const) {
        const after = results.flatMap((run) => (run.usable ? [run.usable[key]] : []));
        const sampleAfter = baseline.flatMap((run) => (run.usable ? [run.usable[key]] : []));
        if (after.length === 0 || sampleAfter.length === 0) continue;
        rows.push({ name: `${size.toLocaleString('en')} after load: ${what} (median of ${after.length}; baseline = sample's)`, value: Math.round(median(after)), unit: 'ms', baseline: Math.round(median(sampleAfter)) });
      }
    }
    return rows;
  },
};
