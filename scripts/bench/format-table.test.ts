import { describe, expect, it } from 'vitest';
import { formatMarkdownTable, formatNumber, formatTable } from './format-table.ts';

describe('formatNumber', () => {
  it.each([
    [123456.7, '123,457'],
    [512.34, '512.3'],
    [3.14159, '3.14'],
    [0.012345, '0.0123'],
    [0, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatTable', () => {
  it('aligns columns and spells out goal status', () => {
    const table = formatTable([
      { name: 'engine 100k', value: 42.5, unit: 'ms', goal: '< 500 ms', met: true },
      { name: 'speed-up', value: 1500, unit: '×', baseline: 150000, ratio: 1500, goal: '≥ 300×', met: false },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^benchmark\s+value\s+unit\s+baseline\s+ratio\s+goal\s+met$/);
    expect(lines[2]).toContain('42.50');
    expect(lines[2]!.endsWith('yes')).toBe(true);
    expect(lines[3]).toContain('150,000');
    expect(lines[3]).toContain('1,500×');
    expect(lines[3]!.endsWith('NO')).toBe(true);
    // Every value column ends at the same position.
    expect(lines[2]!.indexOf('42.50') + 5).toBe(lines[3]!.indexOf('1,500') + 5);
  });
});

describe('formatMarkdownTable', () => {
  it('gives one row per result with its unit, and marks a missed goal', () => {
    const table = formatMarkdownTable([
      { name: 'engine | 100k', value: 42.5, unit: 'ms', goal: '< 500 ms', met: true },
      { name: 'speed-up', value: 1500, unit: '×', baseline: 150000, ratio: 1500, goal: '≥ 300×', met: false },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| engine \\| 100k | 42.50 ms |  |  | < 500 ms | yes |');
    expect(lines[3]).toBe('| speed-up | 1,500 × | 150,000 × | 1,500× | ≥ 300× | **no** |');
  });
});
