import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

const PLACE = 'Offline test siding';

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  // `ready` resolves once the worker is active, i.e. after its install precached the app.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('offline', () => {
  test('a workspace upgraded by a newer railwatch in another tab shows what to do', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const storage = page.getByRole('status').filter({ hasText: /^Storage: / });
    await expect(storage).toBeVisible();
    // What a newer build does when it opens the workspace: a higher IndexedDB version.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('railwatch', 10_000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    // Other panels may repeat the storage message; the banner is the alert with the way out.
    const banner = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Reload railwatch' }) });
    await expect(banner).toContainText('railwatch was updated in another tab. Reload this tab to keep working');

    // Reloading still refuses to write into the newer workspace, and says so.
    await page.reload();
    await expect(banner).toContainText('railwatch was updated in another tab');
  });

  test('after one visit the app opens with no connection and keeps what was saved offline', async ({ page, context }) => {
    // Three page loads on software WebGL.
    test.setTimeout(240_000);
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    await waitForServiceWorkerControl(page);
    const badge = page.getByText('Offline', { exact: true });
    await expect(badge).toBeHidden();

    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page, feed.length);
    await expect(badge).toBeVisible();
    const drawn = await page.evaluate(() => ({
      border: window.railwatchMap!.renderedCount('border-by-ua-line'),
      sightings: window.railwatchMap!.sightingCount(),
    }));
    expect(drawn.border).toBeGreaterThan(0);
    expect(drawn.sightings).toBe(feed.length);

    // Save an own sighting while offline, at the map centre (keyboard path, no map click).
    await page.getByRole('button', { name: 'Add sighting' }).click();
    const form = page.getByRole('dialog', { name: 'Add a sighting' });
    await form.getByRole('button', { name: 'Use the map centre' }).click();
    await form.getByLabel('Place').fill(PLACE);
    await form.getByRole('button', { name: 'Save sighting' }).click();
    const details = page.getByRole('region', { name: 'Sighting details' });
    await expect(details.getByRole('heading', { name: PLACE })).toBeVisible();
    await expect(details.getByText('Created by you')).toBeVisible();

    await context.setOffline(false);
    await expect(badge).toBeHidden();
    await page.reload();
    await waitForMapIdle(page, feed.length + 1);
    await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { name: new RegExp(PLACE) })).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: /^Storage: / })).not.toHaveText(/nothing saved yet/);
  });
});
