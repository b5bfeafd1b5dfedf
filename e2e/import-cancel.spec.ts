import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test } from './fixtures';

// Software WebGL on a shared machine can take a long while to start the app.
const STARTUP_MS = 45_000;

/** Rows of the stores an import writes to, read with plain IndexedDB (no app code). */
async function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('railwatch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const store of ['localSightings', 'localFeeds', 'history']) {
      counts[store] = await new Promise<number>((resolve, reject) => {
        // A read waits for a write transaction still running on the store: this is what committed.
        const request = database.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    database.close();
    return counts;
  });
}

test('Cancel while a large import is being saved stores nothing of it and says so', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  const sample = (await loadSampleFeed(page)).length;
  await expect(page.getByText(`of ${sample} sightings`)).toBeVisible({ timeout: STARTUP_MS });

  // About 17 MB: saving 60,000 sightings takes seconds even on a fast machine, so Cancel lands
  // inside the one transaction that stores them.
  const features = Array.from({ length: 60_000 }, (_, i) => ({
    type: 'Feature',
    id: `cancel-${i}`,
    geometry: { type: 'Point', coordinates: [29 + (i % 997) / 1000, 51 + (i % 1000) / 1000] },
    properties: { observedAt: '2022-02-01', place: `Станция ${i}`, source: { platform: 'telegram', url: `https://t.me/cancel/${i}`, caption: `Эшелон номер ${i} #танки` } },
  }));
  const body = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
  await page.getByLabel('Import file').setInputFiles({ name: 'big.geojson', mimeType: 'application/geo+json', buffer: body });

  const progress = page.getByRole('dialog', { name: 'Importing big.geojson' });
  await expect(progress.getByRole('status')).toContainText('Saving to your workspace', { timeout: 180_000 });
  // The dialog counts saved rows too, so a big file visibly moves between percents.
  await expect(progress.getByRole('status')).toContainText(/\(\d{1,2},\d{3} of 60,000 rows\)/);
  await progress.getByRole('button', { name: 'Cancel import' }).click();

  const cancelled = page.getByRole('dialog', { name: 'Import cancelled' });
  await expect(cancelled).toContainText('The import of big.geojson was cancelled. Nothing was stored.');
  await expect(progress).toBeHidden();
  expect(await storedCounts(page)).toEqual({ localSightings: 0, localFeeds: 0, history: 0 });
  await cancelled.getByRole('button', { name: 'Close import summary' }).click();
  await expect(page.getByText(`of ${sample} sightings`)).toBeVisible();
});
