/// <reference types="vite-plugin-pwa/client" />
import { notify } from '../../stores/notice-store';

let registered = false;

/**
 * Registers the build's service worker (a no-op in dev, where the virtual module is empty).
 * A new version waits for the analyst's word: reloading mid-way would lose a half-filled form.
 * The registration code (and Workbox, which it loads) is fetched once the shell is up: the
 * first map does not need it (issue 8).
 */
export function registerServiceWorker(): void {
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  // A warning, not an error: the app still works online without a service worker.
  const unavailable = (error: unknown) => console.warn('railwatch: offline support is unavailable', error);
  import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () =>
        notify({
          kind: 'info',
          message: 'A new version of railwatch is ready. Your saved work is kept.',
          action: { label: 'Reload to update', run: () => void update(true) },
        }),
      onOfflineReady: () => notify({ kind: 'info', message: 'railwatch is ready to work offline.' }),
      onRegisterError: unavailable,
    });
  }, unavailable);
}
