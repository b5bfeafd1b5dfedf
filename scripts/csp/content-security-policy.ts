/*
 * The Content Security Policy railwatch is served with: as a <meta> tag in the built
 * index.html (so it holds on any static host) and as response headers from `vite preview`
 * (where the header-only directives work too). One definition for both, so they cannot drift.
 *
 * Choices the policy makes, and why:
 * - script-src 'self' and nothing else: no inline script, no eval. The built app has no
 *   inline script (the service worker is registered from the bundle). Feed captions, places,
 *   notes and imported files are data rendered as text, and this is the second line of
 *   defence should some text ever reach the DOM as markup.
 * - style-src 'self': the stylesheets are files. React and MapLibre set element styles
 *   through the CSSOM (element.style), which style-src does not govern, so no
 *   'unsafe-inline' is needed.
 * - worker-src/child-src 'self' blob:: the geo and import workers and MapLibre's worker are
 *   files on this origin; blob: is kept for MapLibre, which can start workers from blobs.
 * - connect-src 'self' https: plus plain-http loopback. Analysts add feeds from any https
 *   origin while the app runs, and a policy cannot be relaxed after the page has loaded (a
 *   second policy only narrows the first), so a per-origin list would need a reload after every
 *   added feed and could not come from a static file at all. Since no injected script can
 *   run, connect-src is defence in depth here, and it still forbids plain-http hosts (except a
 *   feed served from this machine), ws: and every other scheme.
 * - img-src: the app's own files, data:/blob: (MapLibre decodes tiles and icons through
 *   them) and the opt-in OpenRailwayMap overlay. Its tiles are fetched (connect-src, https:)
 *   and decoded, so the entry matters only if MapLibre falls back to <img> loading.
 */

export const OPENRAILWAYMAP_TILE_ORIGIN = 'https://*.tiles.openrailwaymap.org';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** Directives valid both in a <meta> tag and in a header. */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:', OPENRAILWAYMAP_TILE_ORIGIN],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
  'worker-src': ["'self'", 'blob:'],
  'child-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Browsers ignore these in a <meta> policy (and log a console error for them), so headers only. */
export const CSP_HEADER_ONLY_DIRECTIVES: CspDirectives = {
  'frame-ancestors': ["'none'"],
};

export function serialiseCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for the index.html <meta http-equiv="Content-Security-Policy"> tag. */
export function metaContentSecurityPolicy(): string {
  return serialiseCsp(CSP_DIRECTIVES);
}

/** Headers for the preview server (and any host that can send headers). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': serialiseCsp({ ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES }),
    'X-Content-Type-Options': 'nosniff',
    // The map view and selection live in the URL: never send them to the sites links open.
    'Referrer-Policy': 'no-referrer',
  };
}
