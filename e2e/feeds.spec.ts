import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test } from './fixtures';

// Software WebGL on a shared machine can take a long while to start the app.
const STARTUP_MS = 45_000;

const TWO_SIGHTINGS = {
  type: 'FeatureCollection',
  metadata: { title: 'E2E feed' },
  features: [
    { type: 'Feature', id: 'e2e-feed-1', geometry: { type: 'Point', coordinates: [30.0, 52.0] }, properties: { place: 'Светлогорск (тест ленты)', observedAt: '2022-02-01' } },
    { type: 'Feature', id: 'e2e-feed-2', geometry: { type: 'Point', coordinates: [28.9, 52.4] }, properties: { place: 'Октябрьский (тест ленты)', observedAt: '2022-02-02' } },
  ],
};

async function start(page: Page): Promise<number> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  // These tests are about the lists, not the map: the count line says the sources are in.
  await expect(page.getByText(`of ${feed.length} sightings`)).toBeVisible({ timeout: STARTUP_MS });
  return feed.length;
}

async function addFeed(page: Page, name: string, url: string) {
  await page.getByRole('tab', { name: 'Feeds' }).click();
  const form = page.getByRole('form', { name: 'Add a feed' });
  await form.getByLabel('Feed name').fill(name);
  await form.getByLabel('Feed URL').fill(url);
  await form.getByRole('button', { name: 'Add feed' }).click();
}

/** Chromium logs every failed response; the 500s these tests ask for are expected. */
function forgetExpected500s(consoleErrors: string[]) {
  const kept = consoleErrors.filter((message) => !/status of 500/.test(message));
  consoleErrors.length = 0;
  consoleErrors.push(...kept);
}

test.describe('online feeds', () => {
  test.describe.configure({ timeout: 180_000 });
  test('a feed answering 500 shows its error while the sample feed still shows', async ({ page, baseURL, guards }) => {
    await page.route('**/test-feeds/broken.geojson', (route) => route.fulfill({ status: 500, body: 'upstream down' }));
    const sample = await start(page);
    await addFeed(page, 'Broken feed', `${baseURL}/test-feeds/broken.geojson`);

    const row = page.getByRole('list', { name: 'Online feeds' }).getByRole('listitem', { name: 'Broken feed' });
    // Three retries with backoff (1 + 2 + 4 s) come before the final failure.
    await expect(row.getByRole('status')).toHaveText('Failed: the server answered HTTP 500 Internal Server Error.', { timeout: 30_000 });

    await page.getByRole('tab', { name: 'Sightings' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Broken feed could not be loaded: the server answered HTTP 500' })).toBeVisible();
    await expect(page.getByText(`of ${sample} sightings`)).toBeVisible();
    forgetExpected500s(guards.consoleErrors);
  });

  test('a feed keeps showing its last good copy after a reload when its server fails; the sample can be switched off', async ({ page, baseURL, guards }) => {
    let failing = false;
    await page.route('**/test-feeds/live.geojson', (route) =>
      failing ? route.fulfill({ status: 500, body: 'down' }) : route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(TWO_SIGHTINGS) }),
    );
    const sample = await start(page);
    await addFeed(page, 'Gomel watchers', `${baseURL}/test-feeds/live.geojson`);
    const row = page.getByRole('list', { name: 'Online feeds' }).getByRole('listitem', { name: 'Gomel watchers' });
    await expect(row.getByRole('status')).toHaveText(/^2 sightings\. Updated /);

    failing = true;
    await page.reload();
    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible({ timeout: STARTUP_MS });
    await page.getByRole('tab', { name: 'Feeds' }).click();
    await expect(row.getByRole('status')).toHaveText(/^Could not update \(the server answered HTTP 500 Internal Server Error\)\. Showing the copy from .+: 2 sightings\.$/);

    await page
      .getByRole('list', { name: 'Online feeds' })
      .getByRole('listitem', { name: 'Sample feed' })
      .getByRole('checkbox')
      .uncheck();
    await page.getByRole('tab', { name: 'Sightings' }).click();
    await expect(page.getByText('of 2 sightings')).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option')).toHaveCount(2);
    forgetExpected500s(guards.consoleErrors);
  });
});
