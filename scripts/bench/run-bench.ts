// `npm run bench [-- --quick] [-- --only <name>[,<name>…]]`: runs every benchmark module in BENCHES,
// prints one table and writes bench-results/latest.json. Add a benchmark by appending its
// module to BENCHES; each returns rows in the BenchRow shape.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { borderDistanceBench } from './border-distance-bench.ts';
import { importBench } from './import-bench.ts';
import { interactionBench } from './interaction-bench.ts';
import { parsingBench } from './parsing-bench.ts';
import { scaleBench } from './scale-bench.ts';
import { startupBench } from './startup-bench.ts';
import type { BenchModule, BenchRow } from './bench-types.ts';
import { formatMarkdownTable, formatTable } from './format-table.ts';

const BENCHES: BenchModule[] = [startupBench, scaleBench, borderDistanceBench, importBench, parsingBench, interactionBench];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : undefined;
const oneMinuteLoad = () => os.loadavg()[0] ?? 0;
const loadBefore = oneMinuteLoad();

const results: { bench: string; rows: BenchRow[] }[] = [];
for (const bench of BENCHES) {
  if (only && !only.includes(bench.name)) continue;
  console.log(`▶ ${bench.name}${quick ? ' (quick)' : ''}`);
  const rows = await bench.run({ quick, log: (line) => console.log(`  ${line}`) });
  results.push({ bench: bench.name, rows });
}

const all = results.flatMap(({ bench, rows }) => rows.map((r) => ({ ...r, name: `${bench}: ${r.name}` })));
console.log(`\n${formatTable(all)}\n`);

mkdirSync('bench-results', { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  quick,
  environment: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    // Timings on a shared machine are only comparable at a similar load (1-minute average).
    loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(oneMinuteLoad() * 100) / 100 },
  },
  results,
};
writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench-results/latest.md', `${formatMarkdownTable(all)}\n`);
console.log(`wrote bench-results/latest.json and latest.md (load average ${report.environment.loadAverage.before} before, ${report.environment.loadAverage.after} after)`);
const missed = all.filter((r) => r.met === false);
if (missed.length > 0) console.log(`goals missed: ${missed.map((r) => r.name).join('; ')}`);
