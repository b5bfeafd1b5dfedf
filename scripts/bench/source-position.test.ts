import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { BuiltSources, lineAndColumn } from './source-position.ts';

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 0, a newline belonging to the line it ends', () => {
    const code = 'ab\ncde\n\nf';
    expect(lineAndColumn(code, 0)).toEqual({ line: 1, column: 0 });
    expect(lineAndColumn(code, 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn(code, 3)).toEqual({ line: 2, column: 0 });
    expect(lineAndColumn(code, 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn(code, 7)).toEqual({ line: 3, column: 0 });
    expect(lineAndColumn(code, 8)).toEqual({ line: 4, column: 0 });
  });
});

describe('BuiltSources', () => {
  // A built file of two lines whose second line's second statement comes from src/b.ts line 7.
  const code = 'var a=1;\nfoo();bar();\n';
  const generator = new SourceMapGenerator({ file: 'index-abc.js' });
  generator.addMapping({ generated: { line: 1, column: 0 }, original: { line: 3, column: 0 }, source: '../../src/a.ts' });
  generator.addMapping({ generated: { line: 2, column: 0 }, original: { line: 5, column: 2 }, source: '../../src/b.ts', name: 'foo' });
  generator.addMapping({ generated: { line: 2, column: 6 }, original: { line: 7, column: 2 }, source: '../../src/b.ts', name: 'bar' });
  const dir = mkdtempSync(path.join(tmpdir(), 'railwatch-sources-'));
  writeFileSync(path.join(dir, 'index-abc.js'), code);
  writeFileSync(path.join(dir, 'index-abc.js.map'), generator.toString());
  writeFileSync(path.join(dir, 'unmapped.js'), code);
  const sources = new BuiltSources(dir);

  it('names the source file, line and function of a character offset given with the script URL', () => {
    expect(sources.at('http://127.0.0.1:4173/assets/index-abc.js', code.indexOf('bar'))).toBe('src/b.ts:7 (bar)');
    expect(sources.at('index-abc.js', code.indexOf('foo'))).toBe('src/b.ts:5 (foo)');
    expect(sources.at('index-abc.js', 0)).toBe('src/a.ts:3');
  });

  it('answers undefined for a file without a source map or not in the build', () => {
    expect(sources.at('http://127.0.0.1:4173/assets/unmapped.js', 0)).toBeUndefined();
    expect(sources.at('http://127.0.0.1:4173/assets/missing.js', 0)).toBeUndefined();
  });
});
