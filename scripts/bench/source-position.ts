// Where a position in a built file comes from: Long Animation Frame entries name a script by
// its URL and a character offset, which say little in minified code; the build's source maps
// turn them back into a source file and line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

/** 1-based line and 0-based column of the character at `offset` in `code`. */
export function lineAndColumn(code: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = code.indexOf('\n'); at !== -1 && at < offset; at = code.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart };
}

/** The source maps of one build's assets, read when first asked for. */
export class BuiltSources {
  private readonly files = new Map<string, { code: string; map: SourceMapConsumer } | null>();

  constructor(private readonly assetsDir: string) {}

  /**
   * "src/features/border/use-geo-metrics.ts:75 (measure)" for a character offset in a built
   * file (named by URL or file name), or undefined when the build has no map for it.
   */
  at(scriptUrl: string, offset: number): string | undefined {
    const file = path.basename(new URL(scriptUrl, 'http://x/').pathname);
    const built = this.read(file);
    if (!built) return undefined;
    const original = built.map.originalPositionFor(lineAndColumn(built.code, offset));
    if (!original.source) return undefined;
    const source = original.source.replace(/^(\.\.\/)+/, '');
    return `${source}:${original.line}${original.name ? ` (${original.name})` : ''}`;
  }

  private read(file: string): { code: string; map: SourceMapConsumer } | null {
    let built = this.files.get(file);
    if (built === undefined) {
      const codePath = path.join(this.assetsDir, file);
      built =
        existsSync(codePath) && existsSync(`${codePath}.map`)
          ? { code: readFileSync(codePath, 'utf8'), map: new SourceMapConsumer(JSON.parse(readFileSync(`${codePath}.map`, 'utf8')) as RawSourceMap) }
          : null;
      this.files.set(file, built);
    }
    return built;
  }
}
