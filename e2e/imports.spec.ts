import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test } from './fixtures';

// Software WebGL on a shared machine can take a long while to start the app.
const STARTUP_MS = 45_000;

const fixture = (name: string) => `e2e/fixtures/${name}`;

async function start(page: Page): Promise<number> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  // These tests are about the lists, not the map: the count line says the sources are in.
  await expect(page.getByText(`of ${feed.length} sightings`)).toBeVisible({ timeout: STARTUP_MS });
  return feed.length;
}

async function importThroughPicker(page: Page, name: string) {
  await page.getByLabel('Import file').setInputFiles(fixture(name));
}

function summary(page: Page) {
  return page.getByRole('dialog', { name: 'Import summary' });
}

/** Strict-durability IndexedDB writes are slow on a busy shared disk. */
const IMPORT_MS = 30_000;

async function closeSummary(page: Page) {
  await summary(page).getByRole('button', { name: 'Close import summary' }).click();
  await expect(summary(page)).toBeHidden();
}

test.describe('file imports', () => {
  test.describe.configure({ timeout: 180_000 });
  test('GeoJSON, CSV, KML and JSON posts import through the picker, each with a summary', async ({ page }) => {
    const sample = await start(page);

    await importThroughPicker(page, 'echelons.geojson');
    await expect(summary(page)).toContainText('3 sightings imported, 1 row skipped, 1 duplicate merged.', { timeout: IMPORT_MS });
    await expect(summary(page).getByRole('list', { name: 'Skipped rows' })).toContainText('feature 2: The longitude 500 is outside');
    await expect(summary(page)).toContainText('1 sighting already reported by another feed');
    await closeSummary(page);
    // The repost of a sample clip is shown once: two new sightings, not three.
    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible();

    await importThroughPicker(page, 'echelons.csv');
    await expect(summary(page)).toContainText('2 sightings imported, 1 row skipped, 0 duplicates merged.', { timeout: IMPORT_MS });
    await expect(summary(page).getByRole('list', { name: 'Skipped rows' })).toContainText('row 4: latitude "abc" is not a number');
    await closeSummary(page);

    await importThroughPicker(page, 'echelons.kml');
    await expect(summary(page)).toContainText('2 sightings imported, 0 rows skipped, 0 duplicates merged.', { timeout: IMPORT_MS });
    await closeSummary(page);

    await importThroughPicker(page, 'posts.json');
    await expect(summary(page)).toContainText('2 sightings imported, 0 rows skipped, 0 duplicates merged.', { timeout: IMPORT_MS });
    await expect(summary(page)).toContainText('JSON posts');
    await closeSummary(page);

    await expect(page.getByText(`of ${sample + 8} sightings`)).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Sightings' });
    for (const place of ['Хойники (тест GeoJSON)', 'Брагин (тест CSV)', 'Речица (тест KML)']) {
      await expect(list.getByRole('option', { name: new RegExp(place.replace(/[()]/g, '\\$&')) })).toHaveCount(1);
    }

    await page.getByRole('tab', { name: 'Feeds' }).click();
    const imported = page.getByRole('list', { name: 'Imported files' });
    await expect(imported.getByRole('listitem')).toHaveCount(4);
    await expect(imported.getByRole('listitem', { name: 'echelons.csv' })).toContainText('2 sightings');
  });

  test('a file dropped on the map is imported, survives a reload, lists its sources, and is removed as a whole', async ({ page }) => {
    const sample = await start(page);
    const text = readFileSync(fixture('echelons.geojson'), 'utf8');
    await page.evaluate((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'echelons.geojson', { type: 'application/geo+json' }));
      const target = document.querySelector('section[aria-label="Map view"]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, text);
    await expect(summary(page)).toContainText('3 sightings imported', { timeout: IMPORT_MS });
    await closeSummary(page);
    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible();

    await page.reload();
    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible({ timeout: STARTUP_MS });

    // The sample clip re-posted in the file: one sighting, both sources named.
    const list = page.getByRole('listbox', { name: 'Sightings' });
    await list.locator('[data-sighting-id="rw-sample-001"]').click();
    const details = page.getByRole('region', { name: 'Sighting details' });
    await expect(details.getByRole('region', { name: 'Sources' })).toContainText('Reported by: Sample feed, echelons.geojson');

    await page.getByRole('tab', { name: 'Feeds' }).click();
    const imported = page.getByRole('list', { name: 'Imported files' });
    await imported.getByRole('button', { name: 'Remove echelons.geojson' }).click();
    await imported.getByRole('button', { name: 'Remove import' }).click();
    await expect(imported).toBeHidden();
    await page.getByRole('tab', { name: 'Sightings' }).click();
    await expect(page.getByText(`of ${sample} sightings`)).toBeVisible();
    await expect(list.getByRole('option', { name: /Хойники/ })).toHaveCount(0);
  });

  test('a report 0.6 km from a sample sighting on the same day is flagged as a possible duplicate, both ways', async ({ page }) => {
    const sample = await start(page);
    const [first] = await loadSampleFeed(page);
    const [lon, lat] = first!.geometry.coordinates;
    const nearby = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'e2e-near-twin',
          geometry: { type: 'Point', coordinates: [lon, lat + 0.0054] },
          properties: { observedAt: first!.properties.observedAt, place: 'Двойник (тест)', source: { url: 'https://t.me/e2e_rail/twin', caption: 'Тот же эшелон, другой ракурс' } },
        },
      ],
    };
    await page.getByLabel('Import file').setInputFiles({ name: 'twin.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(nearby)) });
    await expect(summary(page)).toContainText('1 sighting imported', { timeout: IMPORT_MS });
    await closeSummary(page);
    await expect(page.getByText(`of ${sample + 1} sightings`)).toBeVisible();

    const list = page.getByRole('listbox', { name: 'Sightings' });
    await list.locator('[data-sighting-id="e2e-near-twin"]').click();
    const sources = page.getByRole('region', { name: 'Sighting details' }).getByRole('region', { name: 'Sources' });
    const duplicates = sources.getByRole('list', { name: 'Possible duplicates' });
    await expect(duplicates.getByRole('listitem')).toHaveCount(1);
    await expect(duplicates).toContainText('(0.6 km away, same day)');
    await duplicates.getByRole('button').click();
    await expect(list.locator(`[data-sighting-id="${first!.id}"]`)).toHaveAttribute('aria-selected', 'true');
    await expect(duplicates.getByRole('button')).toHaveText(/Двойник/);
  });

  test('Swap in the summary moves an imported sighting whose coordinates were given the wrong way round', async ({ page }) => {
    const sample = await start(page);
    const swapped = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'e2e-swapped',
          geometry: { type: 'Point', coordinates: [51.8861, 29.9646] },
          properties: { observedAt: '2022-01-22', place: 'Перепутаны (тест)', source: { caption: 'Широта и долгота местами' } },
        },
      ],
    };
    await page.getByLabel('Import file').setInputFiles({ name: 'swapped.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(swapped)) });
    await expect(summary(page)).toContainText('1 sighting imported', { timeout: IMPORT_MS });
    await expect(page.getByText(`of ${sample + 1} sightings`)).toBeVisible();
    const details = page.getByRole('region', { name: 'Sighting details' });
    const option = page.getByRole('listbox', { name: 'Sightings' }).locator('[data-sighting-id="e2e-swapped"]');

    await summary(page).getByRole('button', { name: /^Swap coordinates of / }).click();
    await expect(summary(page).getByRole('list', { name: 'Warnings' })).toContainText('Swapped.');
    await closeSummary(page);
    // The stored row was rewritten: the page reads the import again and shows it where it belongs.
    await option.click();
    await expect(details.getByText('51.8861, 29.9646')).toBeVisible();
    await expect(page.getByText(`of ${sample + 1} sightings`)).toBeVisible();
    await page.reload();
    await option.click();
    await expect(details.getByText('51.8861, 29.9646')).toBeVisible();
  });

  test('a broken file gets one clear message and leaves the workspace as it was', async ({ page }) => {
    const sample = await start(page);
    await importThroughPicker(page, 'echelons.csv');
    await expect(summary(page)).toContainText('2 sightings imported', { timeout: IMPORT_MS });
    await closeSummary(page);
    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible();

    await importThroughPicker(page, 'broken.geojson');
    const failed = page.getByRole('dialog', { name: 'Import failed' });
    await expect(failed.getByRole('alert')).toHaveText(/^broken\.geojson: This file is not valid JSON \(/, { timeout: IMPORT_MS });
    await expect(failed).toContainText('Nothing was stored');
    await failed.getByRole('button', { name: 'Close import summary' }).click();

    await expect(page.getByText(`of ${sample + 2} sightings`)).toBeVisible();
    await page.getByRole('tab', { name: 'Feeds' }).click();
    const imported = page.getByRole('list', { name: 'Imported files' });
    await expect(imported.getByRole('listitem')).toHaveCount(1);
    await expect(imported.getByRole('listitem', { name: 'echelons.csv' })).toContainText('2 sightings');
  });
});
