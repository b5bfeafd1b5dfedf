import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of DESIGN.md are only real if the linter refuses a violation; these tests
// lint small sources as if they stood at the given paths in src/.
const eslint = new ESLint();

async function messagesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('railwatch/')).map((message) => message.message);
}

// The first lint loads the TypeScript parser, which takes seconds on a busy machine.
describe('layer rules', { timeout: 60_000 }, () => {
  it.each(['react', 'react-dom', 'maplibre-gl', 'dexie', 'zustand'])('refuses %s in src/domain', async (pkg) => {
    const messages = await messagesFor('src/domain/geo/example.ts', `import x from '${pkg}';\nexport const y = x;\n`);
    expect(messages).toEqual([`Layer "domain" may not import "${pkg}".`]);
  });

  it('refuses one feature importing another', async () => {
    const messages = await messagesFor('src/features/briefs/brief-list.ts', `import { a } from '../sightings/feed-query';\nexport const b = a;\n`);
    expect(messages).toEqual(['Feature "briefs" may not import feature "sightings"; compose them in src/app.']);
  });

  it('refuses an upward import', async () => {
    const messages = await messagesFor('src/domain/parse.ts', `import { a } from '../features/sightings/feed-query';\nexport const b = a;\n`);
    expect(messages).toEqual(['Layer "domain" may not import from "features" (imports only go down; see DESIGN.md).']);
  });

  it('refuses maplibre-gl outside src/map', async () => {
    const messages = await messagesFor('src/features/rail/rail-layer.ts', `import * as m from 'maplibre-gl';\nexport const b = m;\n`);
    expect(messages).toEqual(['Only src/map may import maplibre-gl: the map is driven from one place.']);
  });

  it('accepts downward imports and imports within one feature', async () => {
    const code = `import { a } from '../../domain/sighting/parse-feed';\nimport { b } from './feed-query';\nimport { c } from '../../map/map-context';\nexport const d = [a, b, c];\n`;
    expect(await messagesFor('src/features/sightings/x-list.ts', code)).toEqual([]);
  });

  it('requires kebab-case file names', async () => {
    expect(await messagesFor('src/lib/FormatThings.ts', 'export const a = 1;\n')).toEqual(['File name "FormatThings.ts" is not kebab-case.']);
    expect(await messagesFor('src/lib/format-things.test.ts', 'export const a = 1;\n')).toEqual([]);
  });
});
