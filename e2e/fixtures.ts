import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs with two guards: no console error and no request to another origin. The
 * app must start with no network and must not leak what the analyst is looking at.
 */
type Guards = { consoleErrors: string[]; foreignRequests: string[]; allowForeignRequests: (pattern: RegExp) => void };

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin && !allowed.some((pattern) => pattern.test(url))) foreignRequests.push(url);
      });
      await use({ consoleErrors, foreignRequests, allowForeignRequests: (pattern) => allowed.push(pattern) });
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until MapLibre has fired `idle` after the last render, with the sightings applied. */
export async function waitForMapIdle(page: Page, minSightings = 0): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const probe = window.railwatchMap;
      return Boolean(probe && probe.isIdle() && probe.sightingCount() >= min);
    },
    minSightings,
    { timeout: 120_000 },
  );
}

export type SampleFeature = { id: string; geometry: { coordinates: [number, number] }; properties: Record<string, unknown> };

export async function loadSampleFeed(page: Page): Promise<SampleFeature[]> {
  const response = await page.request.get('/feeds/sample.geojson');
  const body = (await response.json()) as { features: SampleFeature[] };
  return body.features;
}
