// Parsing in Node, each against the naive approach on the same 100,000 synthetic features:
// parseFeed (hand-written validator) against the zod feed schema run per feature, and the
// table-driven hashtag extractor against one regular expression per known word form.
// Medians of RUNS runs after one untimed warm-up run; each comparison also checks that both
// sides give the same answer, so a fast wrong result cannot pass.

import { extractHints } from '../../src/domain/sighting/hashtag-extractor.ts';
import { parseFeed } from '../../src/domain/sighting/parse-feed.ts';
import { SightingFeatureSchema } from '../../src/domain/sighting/sighting-feed-schema.ts';
import type { BenchModule, BenchRow } from './bench-types.ts';
import { hintsKey, NAIVE_TAG_COUNT, naiveExtract } from './naive-hashtags.ts';
import { median } from './startup-bench.ts';
import { syntheticFeedText } from './synthetic-feed.ts';

const FEATURES = 100_000;
const RUNS = 5;
/** The naive extractor takes milliseconds per caption, so it is timed on the first captions only and scaled up. */
const NAIVE_SAMPLE = 2_000;
const QUICK_NAIVE_SAMPLE = 500;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median of `runs` timed runs after one untimed one (JIT warm-up); the last result is kept. */
function timed<T>(runs: number, fn: () => T): { ms: number; all: number[]; result: T } {
  let result = fn();
  const all = Array.from({ length: runs }, () => time(() => (result = fn())));
  return { ms: median(all), all, result };
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
const list = (values: number[]): string => values.map((value) => value.toFixed(0)).join(', ');

function parseRows(text: string, log: (line: string) => void): BenchRow[] {
  const ours = timed(RUNS, () => parseFeed(text));
  if (!ours.result.ok) throw new Error(`parseFeed refused the synthetic feed: ${ours.result.error.message}`);
  const oursAccepted = ours.result.sightings.length;
  log(`parseFeed runs (ms): ${list(ours.all)}; ${oursAccepted.toLocaleString('en-US')} accepted`);

  // The zod way: the same text, JSON.parse, then the feature schema's safeParse on each feature.
  const zod = timed(RUNS, () => {
    const features = (JSON.parse(text) as { features: unknown[] }).features;
    let accepted = 0;
    for (const feature of features) if (SightingFeatureSchema.safeParse(feature).success) accepted++;
    return accepted;
  });
  log(`zod safeParse runs (ms): ${list(zod.all)}; ${zod.result.toLocaleString('en-US')} accepted`);
  const jsonOnly = timed(RUNS, () => JSON.parse(text) as unknown);

  return [
    {
      name: `parseFeed 100k features, text in (median of ${RUNS}; baseline = zod safeParse per feature)`,
      value: round(ours.ms),
      unit: 'ms',
      baseline: round(zod.ms),
      ratio: round(zod.ms / ours.ms, 2),
      goal: '< 1000 ms',
      met: ours.ms < 1000,
    },
    { name: 'of which JSON.parse alone (both sides pay it)', value: round(jsonOnly.ms), unit: 'ms' },
    {
      name: 'features accepted: parseFeed (baseline = zod)',
      value: oursAccepted,
      unit: 'features',
      baseline: zod.result,
      goal: `both ${FEATURES.toLocaleString('en-US')}`,
      met: oursAccepted === FEATURES && zod.result === FEATURES,
    },
  ];
}

function hashtagRows(text: string, quick: boolean, log: (line: string) => void): BenchRow[] {
  const features = (JSON.parse(text) as { features: { properties: { source?: { caption?: string } } }[] }).features;
  const captions = features.map((feature) => feature.properties.source?.caption ?? '');

  const ours = timed(RUNS, () => captions.map((caption) => extractHints([], caption)));
  log(`extractHints runs (ms): ${list(ours.all)}`);

  const sampleSize = Math.min(quick ? QUICK_NAIVE_SAMPLE : NAIVE_SAMPLE, captions.length);
  const sample = captions.slice(0, sampleSize);
  const naive = timed(RUNS, () => sample.map((caption) => naiveExtract(caption)));
  const naivePer100k = (naive.ms / sampleSize) * captions.length;
  log(`naive (${NAIVE_TAG_COUNT} expressions) on ${sampleSize} captions, runs (ms): ${list(naive.all)}`);

  // Every caption's answers compared. The naive extractor is a pure function of the caption,
  // so it runs once per distinct caption here; running it 100,000 times would take minutes.
  const naiveByCaption = new Map<string, string>();
  let mismatches = 0;
  let firstMismatch = '';
  captions.forEach((caption, index) => {
    let expected = naiveByCaption.get(caption);
    if (expected === undefined) naiveByCaption.set(caption, (expected = hintsKey(naiveExtract(caption))));
    const actual = hintsKey(ours.result[index]!);
    if (actual !== expected) {
      mismatches++;
      firstMismatch ||= `«${caption}»: extractHints ${actual}; naive ${expected}`;
    }
  });
  log(`compared ${captions.length.toLocaleString('en-US')} captions (${naiveByCaption.size} distinct texts); mismatches: ${mismatches}${firstMismatch ? `; first: ${firstMismatch}` : ''}`);

  return [
    {
      name: `hashtag extraction 100k captions (median of ${RUNS}; baseline = naive regex per form, extrapolated from ${sampleSize.toLocaleString('en-US')})`,
      value: round(ours.ms),
      unit: 'ms',
      baseline: round(naivePer100k, 0),
      ratio: round(naivePer100k / ours.ms, 0),
    },
    { name: `hashtag extraction: equipment/locomotive mismatches in ${captions.length.toLocaleString('en-US')} captions`, value: mismatches, unit: 'captions', goal: '0', met: mismatches === 0 },
  ];
}

export const parsingBench: BenchModule = {
  name: 'parsing',
  run({ quick, log }) {
    const text = syntheticFeedText(FEATURES);
    log(`synthetic feed: ${FEATURES.toLocaleString('en-US')} features, ${(text.length / 1e6).toFixed(1)} M characters`);
    return [...parseRows(text, log), ...hashtagRows(text, quick, log)];
  },
};
