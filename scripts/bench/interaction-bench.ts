// Interaction at 100,000 sightings in the production build: how long after a filter change
// (a Status checkbox) and a timeline brush move (a range handle moved a week with the
// keyboard) the sightings list's count and the map's sightings both show the new result.
// The input is real (Playwright's mouse and keyboard); the clock runs inside the page, from
// the input event's timestamp to the animation frame in which both agree, so Playwright's
// round trips are not counted. Map `idle` after the change is reported apart: software WebGL
// paints slowly here and would hide what the main-thread pipeline costs.

import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import type { BenchModule, BenchRow } from './bench-types.ts';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { median, startPreview } from './startup-bench.ts';
import { syntheticFeedText } from './synthetic-feed.ts';

/** 4313 unless RAILWATCH_INTERACTION_PORT names another, for when something else holds it. */
const PORT = Number(process.env.RAILWATCH_INTERACTION_PORT ?? 4313);
const ROOT = '/tmp/railwatch-interaction-bench';
const COUNT = 100_000;
const GOAL_MS = 100;
/** Which build to serve: `RAILWATCH_BENCH_DIST=/tmp/bench-dist npm run bench` keeps the bench apart from others' builds. */
const DIST = process.env.RAILWATCH_BENCH_DIST ?? 'dist';
const LOAD_TIMEOUT_MS = 300_000;
const CHANGE_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 120_000;

export type ChangeTiming = {
  /** Input event → first frame in which the list count and the map's sightings both show `count`. */
  shownMs: number;
  count: number;
  /** Input event → map idle again, or null when it did not settle within the time limit. */
  idleMs: number | null;
  /** Longest main-thread task (Long Tasks API) between the input and the result showing. */
  longestTaskMs: number;
};

type PageResult = ChangeTiming | { timedOut: true; noEvent?: true; listed: number; mapped: number; idle: boolean };

type BenchWindow = Window & { railwatchBench?: Promise<PageResult>; railwatchLongTasks?: { start: number; duration: number }[] };

/*
 * The in-page stopwatch, as JavaScript source: tsx's transform adds `__name(…)` calls around
 * named functions, which do not exist in the page, so this one cannot be a TypeScript
 * function handed to page.evaluate. It arms itself for the next `eventType` event (capture
 * phase, ahead of React's listener) and settles window.railwatchBench with a PageResult.
 * `expected` is the count the change must show; null means "whatever new number the list
 * shows, once the map agrees" (the first time a state is reached).
 */
const STOPWATCH = String.raw`({ eventType, expected, previous, changeTimeoutMs, idleTimeoutMs }) => {
  // "12,345 of 100,000 sightings" (or without separators): the first number is what is listed.
  function listedCount() {
    const text = document.querySelector('.filter-summary .count')?.textContent ?? '';
    const match = /(\d[\d,.\u00a0\u202f ]*)\s+of\s+\d[\d,.\u00a0\u202f ]*\s+sightings/.exec(text);
    return match ? Number(match[1].replace(/\D/g, '')) : Number.NaN;
  }
  window.railwatchBench = new Promise((resolve) => {
    // An input that never arrives (a click that missed) must end the run, not hang it.
    const noEvent = setTimeout(() => {
      window.removeEventListener(eventType, onEvent, true);
      resolve({ timedOut: true, noEvent: true, listed: listedCount(), mapped: window.railwatchMap?.sightingCount() ?? Number.NaN, idle: false });
    }, changeTimeoutMs);
    function onEvent(event) {
      clearTimeout(noEvent);
      window.removeEventListener(eventType, onEvent, true);
      // The event's own timestamp: a wait for a busy main thread before it is handled counts too.
      const t0 = event.timeStamp > 0 ? event.timeStamp : performance.now();
      const probe = window.railwatchMap;
      let shownAt = null;
      let count = Number.NaN;
      let sawBusy = false;
      function tick() {
        const now = performance.now();
        const idle = probe.isIdle();
        if (!idle) sawBusy = true;
        if (shownAt === null) {
          const listed = listedCount();
          const mapped = probe.sightingCount();
          const target = expected ?? (listed !== previous ? listed : Number.NaN);
          if (listed === target && mapped === target) {
            shownAt = now;
            count = listed;
          } else if (now - t0 > changeTimeoutMs) {
            resolve({ timedOut: true, listed, mapped, idle });
            return;
          }
        }
        if (shownAt !== null) {
          // Idle only counts once the map has been busy with the change (setData makes it so).
          const settled = sawBusy && idle;
          if (settled || now - t0 > idleTimeoutMs) {
            const longestTaskMs = (window.railwatchLongTasks ?? [])
              .filter((task) => task.start + task.duration >= t0 && task.start <= shownAt)
              .reduce((longest, task) => Math.max(longest, task.duration), 0);
            resolve({ shownMs: shownAt - t0, count, idleMs: settled ? now - t0 : null, longestTaskMs });
            return;
          }
        }
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    }
    window.addEventListener(eventType, onEvent, true);
  });
}`;

async function armStopwatch(page: Page, eventType: 'click' | 'keydown', expected: number | null, previous: number): Promise<void> {
  const args = { eventType, expected, previous, changeTimeoutMs: CHANGE_TIMEOUT_MS, idleTimeoutMs: IDLE_TIMEOUT_MS };
  await page.evaluate(`(${STOPWATCH})(${JSON.stringify(args)})`);
}

async function readStopwatch(page: Page, what: string): Promise<ChangeTiming> {
  const result = await page.evaluate(() => (window as BenchWindow).railwatchBench!);
  if ('timedOut' in result && result.noEvent) throw new Error(`${what}: no input event reached the page within ${CHANGE_TIMEOUT_MS / 1000} s.`);
  if ('timedOut' in result) {
    throw new Error(
      `${what}: the list and the map did not show the new count within ${CHANGE_TIMEOUT_MS / 1000} s (list ${result.listed}, map ${result.mapped}, map idle ${result.idle}). Has the count text ("N of M sightings") or window.railwatchMap changed?`,
    );
  }
  return result;
}

/**
 * Runs `steps` in turn, `rounds` times, each timed from its input event. A step's first
 * result fixes the count it must show in later rounds, so a later round cannot stop the
 * clock on a stale or intermediate number.
 */
async function alternate(
  page: Page,
  rounds: number,
  steps: { label: string; eventType: 'click' | 'keydown'; act: () => Promise<void>; expected?: number }[],
  log: (line: string) => void,
): Promise<{ timings: ChangeTiming[]; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  for (const step of steps) if (step.expected !== undefined) counts.set(step.label, step.expected);
  const timings: ChangeTiming[] = [];
  let previous = COUNT;
  for (let round = 0; round < rounds; round++) {
    for (const step of steps) {
      await armStopwatch(page, step.eventType, counts.get(step.label) ?? null, previous);
      await step.act();
      const timing = await readStopwatch(page, step.label);
      counts.set(step.label, timing.count);
      previous = timing.count;
      timings.push(timing);
      log(
        `${step.label}: ${timing.count.toLocaleString('en-US')} shown after ${timing.shownMs.toFixed(0)} ms (longest task ${timing.longestTaskMs.toFixed(0)} ms), map idle after ${timing.idleMs === null ? 'timeout' : `${timing.idleMs.toFixed(0)} ms`}`,
      );
    }
  }
  return { timings, counts };
}

function rowsFor(label: string, timings: ChangeTiming[]): BenchRow[] {
  const shown = timings.map((timing) => timing.shownMs);
  const idle = timings.map((timing) => timing.idleMs).filter((ms): ms is number => ms !== null);
  const shownMedian = median(shown);
  const rows: BenchRow[] = [
    { name: `${label} → list and map show it, 100k (median of ${shown.length})`, value: round(shownMedian), unit: 'ms', goal: `< ${GOAL_MS} ms`, met: shownMedian < GOAL_MS },
    { name: `${label} → list and map show it, 100k (max of ${shown.length})`, value: round(Math.max(...shown)), unit: 'ms' },
    { name: `${label}: longest main-thread task until shown (max)`, value: round(Math.max(...timings.map((timing) => timing.longestTaskMs))), unit: 'ms' },
  ];
  if (idle.length > 0) {
    const missing = timings.length - idle.length;
    rows.push({ name: `${label} → map idle, informational (median of ${idle.length}${missing ? `; ${missing} not idle within ${IDLE_TIMEOUT_MS / 1000} s` : ''})`, value: round(median(idle)), unit: 'ms' });
  }
  return rows;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** How many synthetic sightings carry `status`, to check that the app's filtered count is the real one. */
function countWithStatus(feedText: string, status: string): number {
  const features = (JSON.parse(feedText) as { features: { properties: { status?: string } }[] }).features;
  return features.filter((feature) => feature.properties.status === status).length;
}

async function measure(url: string, rounds: number, statusCheck: number, log: (line: string) => void): Promise<BenchRow[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as BenchWindow).railwatchLongTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    const loaded = await page.waitForFunction(
      (count) => {
        const probe = window.railwatchMap;
        return probe && probe.isIdle() && probe.sightingCount() === count ? performance.now() : false;
      },
      COUNT,
      { polling: 'raf', timeout: LOAD_TIMEOUT_MS },
    );
    const loadMs = Number(await loaded.jsonValue());
    log(`navigation → map idle with ${COUNT.toLocaleString('en-US')}: ${loadMs.toFixed(0)} ms`);

    // As an analyst would: open "More filters" and use the Status group's checkbox.
    await page.getByText('More filters').click();
    const confirmed: Locator = page.getByRole('group', { name: 'Status', exact: true }).getByRole('checkbox', { name: 'Confirmed', exact: true });
    await confirmed.waitFor();
    const filter = await alternate(
      page,
      rounds,
      [
        { label: 'status Confirmed on', eventType: 'click', act: () => confirmed.click() },
        { label: 'status Confirmed off', eventType: 'click', act: () => confirmed.click(), expected: COUNT },
      ],
      log,
    );
    const confirmedCount = filter.counts.get('status Confirmed on');
    if (confirmedCount !== statusCheck) log(`WARNING: the app listed ${confirmedCount} confirmed sightings; the feed holds ${statusCheck}`);

    // The brush's start handle, moved a week in and back with Page Up / Page Down: the range
    // alternates between "all but the first week" and no range at all.
    const start = page.getByRole('group', { name: 'Date range brush' }).getByRole('slider', { name: 'Range start' });
    await start.waitFor();
    const brush = await alternate(
      page,
      rounds,
      [
        { label: 'brush start +1 week', eventType: 'keydown', act: () => start.press('PageUp') },
        { label: 'brush start −1 week', eventType: 'keydown', act: () => start.press('PageDown'), expected: COUNT },
      ],
      log,
    );
    await context.close();
    return [
      { name: `navigation → map idle with ${COUNT.toLocaleString('en-US')} (informational)`, value: round(loadMs), unit: 'ms' },
      ...rowsFor('status filter toggle', filter.timings),
      ...rowsFor('timeline brush move (keyboard, 1 week)', brush.timings),
    ];
  } finally {
    await browser.close();
  }
}

export const interactionBench: BenchModule = {
  name: 'interaction',
  async run({ quick, log }) {
    if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}/: run \`npm run build\` (or set RAILWATCH_BENCH_DIST to a vite build's outDir).`);
    const site = path.join(ROOT, 'site');
    rmSync(site, { recursive: true, force: true });
    mkdirSync(ROOT, { recursive: true });
    cpSync(DIST, site, { recursive: true });
    const feedText = syntheticFeedText(COUNT);
    writeFileSync(path.join(site, 'feeds', 'sample.geojson'), feedText);
    log(`serving ${DIST} with ${COUNT.toLocaleString('en-US')} synthetic sightings from ${site}`);
    // Each round toggles on and off, so `rounds` gives 2 × rounds timed changes of each kind.
    const rounds = quick ? 4 : 6;
    const server = await startPreview(PORT, site);
    try {
      return await measure(`http://127.0.0.1:${PORT}/`, rounds, countWithStatus(feedText, 'confirmed'), log);
    } finally {
      await server.stop();
    }
  },
};
