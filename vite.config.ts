import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { metaContentSecurityPolicy, securityHeaders } from './scripts/csp/content-security-policy.ts';

const THEME_COLOR = '#274b6d';

/**
 * The Content Security Policy as the first tag of the built index.html, so it covers every
 * script and stylesheet after it. Build only: the dev server's React refresh needs an inline
 * script and a websocket, which the policy rightly forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'railwatch-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() }, injectTo: 'head-prepend' },
    ],
  };
}

/** index.html belongs to the shell; the install-related head tags are added at build time. */
function installHeadTags(): Plugin {
  return {
    name: 'railwatch-install-head-tags',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' }, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    installHeadTags(),
    contentSecurityPolicyMeta(),
    // Offline after the first visit: the service worker precaches the whole build (app shell,
    // map worker, /data/*.json, the sample feed, icons). Labels need no font files: the map
    // style has no `glyphs` URL and draws them from local fonts.
    VitePWA({
      // Registered from src/features/workspace/register-service-worker.ts so that updates
      // can be offered in the app's own notice area (a reload loses nothing: edits are saved
      // as they are made, but a half-filled form would be).
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'data/*.json', 'feeds/*.geojson', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'railwatch',
        short_name: 'railwatch',
        description: 'Offline map workspace for open-source intelligence on military rail movements near the Belarus–Ukraine border',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#f6f5f2',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Static files outside assets/ come in through includeAssets and the manifest icons.
        globPatterns: ['**/*.{js,mjs,css,html}'],
        // The app bundle and the MapLibre worker are over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The first visit's page is controlled at once, so it works offline without a reload.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in a chunk of its own name (the map imports it once the shell has painted),
        // so the bench and the build log report it apart from the app's own code.
        // What the start needs and lazy parts also use (React, Dexie, a few date helpers) in
        // one chunk rather than seven: each small chunk compressed on its own cost the start
        // 0.5 KB of gzip (149.9 -> 149.4 KB, issue 8's budget being 150).
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'start-shared', tags: ['$initial'], minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The same policy as the meta tag, plus the directives only a header can carry.
  preview: { port: 4173, strictPort: true, headers: securityHeaders() },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/vitest-global-setup.ts'],
  },
});
