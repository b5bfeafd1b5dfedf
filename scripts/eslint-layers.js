// @ts-check
// Enforces the layer rules of ../shared/DESIGN.md ("imports only go down") so that they
// hold by construction rather than by memory. Kept as a tiny local plugin: the rules are
// specific to this tree and a generic boundaries plugin would need as much configuration.
import path from 'node:path';

/** Which layers each layer may import from (besides itself). */
const ALLOWED = {
  main: ['app', 'features', 'map', 'db', 'stores', 'domain', 'workers', 'lib'],
  app: ['features', 'map', 'db', 'stores', 'domain', 'workers', 'lib'],
  features: ['map', 'db', 'stores', 'domain', 'workers', 'lib'],
  // The map starts its own cluster worker (src/map/sighting-clusters.ts); workers sit below it.
  map: ['domain', 'workers', 'lib'],
  db: ['domain', 'lib'],
  stores: ['domain', 'lib'],
  // db: the import worker stores a large file itself, so its records are never cloned on the main thread.
  workers: ['db', 'domain', 'lib'],
  lib: ['domain'],
  domain: [],
};

/** Packages a layer may not import: the pure core stays free of UI, map and storage. */
const FORBIDDEN_PACKAGES = {
  domain: ['react', 'react-dom', 'maplibre-gl', 'dexie', 'dexie-react-hooks', 'zustand', '@tanstack/react-query'],
  workers: ['react', 'react-dom', 'maplibre-gl', 'zustand', '@tanstack/react-query'],
  stores: ['react-dom', 'maplibre-gl', 'dexie', '@tanstack/react-query'],
  db: ['react-dom', 'maplibre-gl', 'zustand', '@tanstack/react-query'],
  lib: ['maplibre-gl', 'dexie', 'zustand'],
};
/** maplibre-gl is driven from one place only. */
const MAPLIBRE_OWNER = 'map';

/** @param {string} file absolute path */
function locate(file) {
  const rel = path.relative(path.resolve('src'), file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  if (parts.length === 1) return { layer: parts[0] === 'main.tsx' ? 'main' : 'app', feature: null };
  const layer = parts[0] ?? '';
  return { layer, feature: layer === 'features' ? (parts[1] ?? null) : null };
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const here = locate(context.filename);
    if (!here) return {};
    /** @param {any} node @param {string} source */
    function check(node, source) {
      if (source.startsWith('.')) {
        const target = locate(path.resolve(path.dirname(context.filename), source));
        if (!target || target.layer === here?.layer && target.feature === here?.feature) return;
        if (here?.layer === 'features' && target.layer === 'features') {
          context.report({ node, message: `Feature "${here.feature}" may not import feature "${target.feature}"; compose them in src/app.` });
          return;
        }
        if (target.layer === here?.layer) return;
        const allowed = /** @type {Record<string,string[]>} */ (ALLOWED)[here?.layer ?? ''] ?? [];
        if (!allowed.includes(target.layer)) {
          context.report({ node, message: `Layer "${here?.layer}" may not import from "${target.layer}" (imports only go down; see DESIGN.md).` });
        }
        return;
      }
      const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      const forbidden = /** @type {Record<string,string[]>} */ (FORBIDDEN_PACKAGES)[here?.layer ?? ''] ?? [];
      if (pkg && forbidden.includes(pkg)) {
        context.report({ node, message: `Layer "${here?.layer}" may not import "${pkg}".` });
      } else if (pkg === 'maplibre-gl' && here?.layer !== MAPLIBRE_OWNER) {
        context.report({ node, message: 'Only src/map may import maplibre-gl: the map is driven from one place.' });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, String(node.source.value)),
      ExportNamedDeclaration: (node) => node.source && check(node, String(node.source.value)),
      ExportAllDeclaration: (node) => check(node, String(node.source.value)),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, String(node.source.value)),
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const kebabRule = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    return {
      Program(node) {
        const base = path.basename(context.filename).replace(/(\.test|\.bench|\.worker)?\.(ts|tsx)$/, '');
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base)) {
          context.report({ node, message: `File name "${path.basename(context.filename)}" is not kebab-case.` });
        }
      },
    };
  },
};

export default { rules: { layers: layersRule, 'kebab-case-files': kebabRule } };
