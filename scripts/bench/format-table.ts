// Plain-text table of bench rows for the terminal (and CI logs): fixed columns, numbers
// with sensible precision, goal status as a word so it survives without colour.

import type { BenchRow } from './bench-types.ts';

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  return value.toPrecision(3);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'value', 'unit', 'baseline', 'ratio', 'goal', 'met'];
  const body = rows.map((r) => [
    r.name,
    formatNumber(r.value),
    r.unit,
    r.baseline === undefined ? '' : formatNumber(r.baseline),
    r.ratio === undefined ? '' : `${formatNumber(r.ratio)}×`,
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  // Numbers right-aligned, text left-aligned.
  const numeric = new Set([1, 3, 4]);
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The same rows as a Markdown table, for the README's "Benchmarks" section. */
export function formatMarkdownTable(rows: readonly BenchRow[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const lines = ['| benchmark | value | baseline | ratio | goal | met |', '| --- | ---: | ---: | ---: | --- | --- |'];
  for (const r of rows) {
    const value = `${formatNumber(r.value)} ${r.unit}`.trim();
    const baseline = r.baseline === undefined ? '' : `${formatNumber(r.baseline)} ${r.unit}`.trim();
    const ratio = r.ratio === undefined ? '' : `${formatNumber(r.ratio)}×`;
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(`| ${escape(r.name)} | ${value} | ${baseline} | ${ratio} | ${escape(r.goal ?? '')} | ${met} |`);
  }
  return lines.join('\n');
}
