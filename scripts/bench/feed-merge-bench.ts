// The main-thread work of showing a 100,000-sighting feed, measured in Node:
// `npx tsx scripts/bench/feed-merge-bench.ts [count]` (needs public/data, see `npm run data`).
// structuredClone stands in for postMessage: both use the same serialiser, so the clone time
// of one message is what one `onmessage` costs the main thread to deserialise it.

import { performance } from 'node:perf_hooks';
import { mergeSources } from '../../src/app/model/merge-sources.ts';
import { likelyDuplicatesOf } from '../../src/domain/merge/likely-duplicates.ts';
import { rememberSourceKeys } from '../../src/domain/merge/merge-sightings.ts';
import { parseFeed } from '../../src/domain/sighting/parse-feed.ts';
import type { Sighting } from '../../src/domain/sighting/sighting-schema.ts';
import { normaliseSourceUrl } from '../../src/domain/sighting/source-url.ts';
import { feedMessages } from '../../src/workers/feed-job.ts';
import { FEED_BATCH_SIZE } from '../../src/workers/feed-protocol.ts';
import { syntheticFeedText } from './synthetic-feed.ts';

const count = Number(process.argv[2] ?? 100_000);
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

function report(label: string, times: number[], cpu: number[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  console.log(`${label.padEnd(62)} median ${ms(median(times))} ms  max ${ms(Math.max(...times))} ms  (CPU median ${ms(median(cpu))} ms)`);
}

/**
 * Median and worst wall time of RUNS runs, and the median CPU time (which includes the
 * garbage collector's threads), in ms; `setup` runs before each, untimed. On a shared machine
 * the CPU time is the steadier figure.
 */
function time<T>(label: string, setup: () => T, run: (input: T) => unknown): void {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const input = setup();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(startCpu)));
  }
  report(label, times, cpu);
}

const text = syntheticFeedText(count);
const parsed = parseFeed(text);
if (!parsed.ok) throw new Error(parsed.error.message);
console.log(`${count.toLocaleString('en')} sightings, ${(text.length / 1e6).toFixed(1)} MB; ${RUNS} runs each\n`);

// Fresh objects each run, so no cache keyed on the objects survives from the previous run.
const fresh = (): Sighting[] => structuredClone(parsed.sightings);
const sources = (sightings: Sighting[]) => [{ sourceId: 'feed', sourceName: 'Feed', sightings, isLoading: false }];

time('normaliseSourceUrl × count (feed worker)', () => parsed.sightings, (list) => list.forEach((s) => s.url && normaliseSourceUrl(s.url)));
time('mergeSources, keys computed on the main thread', fresh, (list) => mergeSources(sources(list)));
time(
  'mergeSources, keys remembered from the feed worker',
  () => {
    const list = fresh();
    rememberSourceKeys(list, list.map((s) => (s.url === undefined ? null : (normaliseSourceUrl(s.url) ?? null))));
    return list;
  },
  (list) => mergeSources(sources(list)),
);
time('likelyDuplicatesOf one sighting (the details panel)', () => parsed.sightings, (list) => likelyDuplicatesOf(list, list[Math.floor(list.length / 2)]!));
time('one message of all sightings: structuredClone', () => parsed.sightings, (list) => structuredClone(list));

const chunks = feedMessages(1, text);
const chunkTimes: number[] = [];
const chunkCpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  for (const message of chunks) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    structuredClone(message);
    chunkTimes.push(performance.now() - start);
    chunkCpu.push(cpuMs(process.cpuUsage(startCpu)));
  }
}
report(`${chunks.length} messages of ≤ ${FEED_BATCH_SIZE.toLocaleString('en')} sightings: structuredClone each`, chunkTimes, chunkCpu);
