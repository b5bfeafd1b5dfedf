// Startup in the production build: bundle sizes (gzip) and the time from navigation to the
// map's `idle` with every sample sighting applied, in headless Chromium (median of runs).
// Needs a build in dist/ (`npm run build`); serves it with `vite preview` on its own port.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import type { BenchModule, BenchRow } from './bench-types.ts';

const PORT = 4199;
const RUNS = 5;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file)).length / 1024;
}

/** JS in dist/assets, split into MapLibre, what the page loads at start, and lazy chunks. */
export function bundleRows(dist = 'dist'): BenchRow[] {
  const assets = path.join(dist, 'assets');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = readdirSync(assets).filter((file) => file.endsWith('.js') || file.endsWith('.mjs'));
  let maplibre = 0;
  let startup = 0;
  let lazy = 0;
  let workers = 0;
  for (const file of files) {
    const size = gzipKb(path.join(assets, file));
    const text = readFileSync(path.join(assets, file), 'utf8');
    if (/worker/i.test(file)) workers += size;
    else if (/maplibre/i.test(file) || text.includes('maplibre-gl-js') || text.includes('MapLibre GL JS')) maplibre += size;
    else if (html.includes(file)) startup += size;
    else lazy += size;
  }
  const css = readdirSync(assets)
    .filter((file) => file.endsWith('.css'))
    .reduce((sum, file) => sum + gzipKb(path.join(assets, file)), 0);
  return [
    { name: 'JS gzip: maplibre-gl', value: round(maplibre), unit: 'KB' },
    { name: 'JS gzip: app at start (without maplibre)', value: round(startup), unit: 'KB', goal: '< 150 KB', met: startup < 150 },
    { name: 'JS gzip: lazily loaded', value: round(lazy), unit: 'KB' },
    { name: 'JS gzip: workers', value: round(workers), unit: 'KB' },
    { name: 'CSS gzip', value: round(css), unit: 'KB' },
  ];
}

export function generatedDataRows(): BenchRow[] {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as { totalBytes: number };
  const data = readdirSync('public/data').reduce((sum, file) => sum + gzipKb(path.join('public/data', file)), 0);
  return [
    { name: 'generated data (raw)', value: round(manifest.totalBytes / 1024), unit: 'KB' },
    { name: 'generated data (gzip)', value: round(data), unit: 'KB' },
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export type PreviewServer = { stop: () => Promise<void> };

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves a build with `vite preview`. Vite runs as our direct child (not behind `npx`), so
 * stopping it really frees the port: a server left over from the previous measurement would
 * otherwise answer for the next one and the bench would time the wrong data.
 */
export async function startPreview(port: number, outDir = 'dist'): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is already served; stop that server first`);
  const server: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // A run that dies (an error, output piped into `head`) must not leave the port served.
  const killOnExit = () => server.kill();
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    server.kill();
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await answers(url)) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not start on port ${port}`);
}

/** `usable`: after the load, how long a pan, a zoom and a selection took (ms), when asked for. */
export type LoadRun = { idleMs: number; longestTaskMs: number; usable?: UsableTimings };

export type UsableTimings = { panMs: number; zoomMs: number; selectMs: number };

/** Waits until the map has rendered after a move and gone idle again. */
async function movedAndIdle(page: Page, view: { lon: number; lat: number; zoom: number }): Promise<number> {
  const started = Date.now();
  await page.evaluate((to) => window.railwatchMap!.jumpTo(to), view);
  await page.waitForFunction(() => window.railwatchMap!.isIdle(), undefined, { polling: 'raf', timeout: 120_000 });
  return Date.now() - started;
}

/**
 * After a load, does the map stay usable: a pan and a zoom until the map is idle again, and a
 * click on the first listed sighting until its details show. Clocked from Node, so each
 * figure includes a Playwright round trip (a few ms).
 */
async function usableAfterLoad(page: Page): Promise<UsableTimings> {
  const panMs = await movedAndIdle(page, { lon: 29.4, lat: 51.6, zoom: 7 });
  const zoomMs = await movedAndIdle(page, { lon: 29.4, lat: 51.6, zoom: 12 });
  const started = Date.now();
  await page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').first().click();
  await page.getByRole('region', { name: 'Sighting details' }).getByRole('heading', { level: 3 }).waitFor({ timeout: 120_000 });
  return { panMs, zoomMs, selectMs: Date.now() - started };
}

/**
 * performance.now() in the page when the map is idle with at least `minSightings` applied and
 * their border distances computed. Throws when the app refuses the feed (too large, malformed).
 */
export async function loadedAt(page: Page, minSightings: number, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (min) => {
      // A feed the app refused (too large, malformed) is an answer too: report it, do not wait.
      const refusal = document.querySelector('.error-note[role="alert"]')?.textContent;
      if (refusal) return { refusal };
      const probe = window.railwatchMap;
      // "Measuring distances to the border…" shows until every sighting's distance is in.
      const measuring = document.querySelector('.border-status')?.textContent?.startsWith('Measuring') ?? false;
      return probe && probe.isIdle() && probe.sightingCount() >= min && !measuring ? { at: performance.now() } : false;
    },
    minSightings,
    { polling: 'raf', timeout: timeoutMs },
  );
  const answer = (await handle.jsonValue()) as { at?: number; refusal?: string };
  if (answer.refusal !== undefined) throw new Error(`the app refused the feed: ${answer.refusal}`);
  return Number(answer.at);
}

/**
 * Milliseconds from navigation start until the map is idle with at least `minSightings`
 * applied and their border distances computed, and the longest main-thread task seen until then (Long Tasks API).
 */
export async function timeToIdle(url: string, minSightings: number, runs = RUNS, timeoutMs = 120_000, checkUsable = false): Promise<LoadRun[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: LoadRun[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
      await context.addInitScript(() => {
        const longest = { value: 0 };
        (window as unknown as { railwatchLongestTask: typeof longest }).railwatchLongestTask = longest;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longest.value = Math.max(longest.value, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(url);
      const idleMs = await loadedAt(page, minSightings, timeoutMs);
      const longestTaskMs = await page.evaluate(() => (window as unknown as { railwatchLongestTask: { value: number } }).railwatchLongestTask.value);
      results.push({ idleMs, longestTaskMs, ...(checkUsable ? { usable: await usableAfterLoad(page) } : {}) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

export const startupBench: BenchModule = {
  name: 'startup',
  async run({ quick, log }) {
    if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
    const rows = [...bundleRows(), ...generatedDataRows()];
    const sample = JSON.parse(readFileSync('public/feeds/sample.geojson', 'utf8')) as { features: unknown[] };
    const server = await startPreview(PORT);
    try {
      const times = (await timeToIdle(`http://127.0.0.1:${PORT}/`, sample.features.length, quick ? 3 : RUNS)).map((run) => run.idleMs);
      log(`navigation → idle (ms): ${times.map((time) => time.toFixed(0)).join(', ')}`);
      rows.push({ name: `navigation → map idle, sample feed (median of ${times.length})`, value: round(median(times)), unit: 'ms' });
    } finally {
      await server.stop();
    }
    return rows;
  },
};
