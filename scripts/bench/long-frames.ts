// What holds the main thread during a load: for each load of a seeded synthetic feed (or the
// sample), the long tasks (Long Tasks API) and the long animation frames with the scripts that
// ran in them (Long Animation Frames API), each script mapped back to its source through the
// build's source maps. Not part of `npm run bench`: the bench says how long, this says what.
//
//   npx tsx scripts/bench/long-frames.ts [--count 100000] [--loads 3] [--fresh] [--min 150] [--dist dist]
//
// --count 0 loads the sample feed; --fresh starts a new browser for every load (as each size's
// first load in the bench is: nothing compiled or cached yet); --min is the shortest frame shown.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { BuiltSources } from './source-position.ts';
import { loadedAt, startPreview } from './startup-bench.ts';
import { syntheticFeedText } from './synthetic-feed.ts';

const PORT = Number(process.env.RAILWATCH_LONG_FRAMES_PORT ?? 4327);
const ROOT = '/tmp/railwatch-long-frames';

type FrameScript = { invoker: string; sourceURL: string; sourceCharPosition: number; duration: number };
type Frame = { start: number; duration: number; blocking: number; renderMs: number; scripts: FrameScript[] };
type Recorded = { tasks: { start: number; duration: number }[]; frames: Frame[] };

// As source text: tsx wraps named functions in a helper the page does not have.
const RECORDER = `(() => {
  const recorded = { tasks: [], frames: [] };
  window.railwatchLongFrames = recorded;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorded.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      recorded.frames.push({
        start: entry.startTime,
        duration: entry.duration,
        blocking: entry.blockingDuration,
        renderMs: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
        scripts: entry.scripts.map((script) => ({
          invoker: script.invokerType + ' ' + script.invoker,
          sourceURL: script.sourceURL,
          sourceCharPosition: script.sourceCharPosition,
          duration: script.duration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})();`;

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    loads: { type: 'string', default: '3' },
    fresh: { type: 'boolean', default: false },
    min: { type: 'string', default: '150' },
    dist: { type: 'string', default: 'dist' },
  },
});
const count = Number(options.count);
const loads = Number(options.loads);
const minFrameMs = Number(options.min);
if (!Number.isInteger(count) || count < 0 || !(loads >= 1) || !(minFrameMs >= 0)) throw new Error('--count, --loads and --min take whole numbers (--loads at least 1).');
if (!existsSync(path.join(options.dist, 'index.html'))) throw new Error(`No build in ${options.dist}/: run \`npm run build\` first.`);

const served = `${ROOT}/${count}`;
rmSync(served, { recursive: true, force: true });
mkdirSync(ROOT, { recursive: true });
cpSync(options.dist, served, { recursive: true });
if (count > 0) writeFileSync(`${served}/feeds/sample.geojson`, syntheticFeedText(count));
const expected = count > 0 ? count : (JSON.parse(readFileSync(`${served}/feeds/sample.geojson`, 'utf8')) as { features: unknown[] }).features.length;
const sources = new BuiltSources(path.join(served, 'assets'));

function describeScript(script: FrameScript): string {
  const where = script.sourceURL ? (sources.at(script.sourceURL, script.sourceCharPosition) ?? path.basename(script.sourceURL)) : '(no source)';
  return `${Math.round(script.duration)} ms  ${script.invoker}  ${where}`;
}

function report(load: number, idleMs: number, recorded: Recorded): void {
  const tasks = recorded.tasks.filter((task) => task.duration >= 100).map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`);
  console.log(`load ${load + 1}: idle at ${Math.round(idleMs)} ms; tasks of 100 ms or more (start+duration): ${tasks.join(' ') || 'none'}`);
  for (const frame of recorded.frames.filter((entry) => entry.duration >= minFrameMs && entry.start <= idleMs)) {
    console.log(`  frame at ${Math.round(frame.start)} ms: ${Math.round(frame.duration)} ms, blocking ${Math.round(frame.blocking)} ms, rendering ${Math.round(frame.renderMs)} ms`);
    for (const script of frame.scripts.filter((entry) => entry.duration >= 5)) console.log(`    ${describeScript(script)}`);
  }
}

const server = await startPreview(PORT, served);
let shared: Browser | undefined;
try {
  if (!options.fresh) shared = await chromium.launch(chromiumLaunchOptions());
  for (let load = 0; load < loads; load++) {
    const browser = shared ?? (await chromium.launch(chromiumLaunchOptions()));
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript({ content: RECORDER });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      const idleMs = await loadedAt(page, expected, 300_000);
      report(load, idleMs, (await page.evaluate('window.railwatchLongFrames')) as Recorded);
      await context.close();
    } finally {
      if (!shared) await browser.close();
    }
  }
} finally {
  await shared?.close();
  await server.stop();
}
