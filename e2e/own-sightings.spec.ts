import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

// Open country north-west of Mazyr, away from the sample sightings, so a click there hits
// the map rather than a sighting.
const SPOT = { lon: 28.62, lat: 52.31 };
const PLACE = 'Test siding near Kalinkavichy';

/** Puts SPOT right of the map's centre (clear of the form panel on the left) and clicks it. */
async function clickMapAt(page: Page, spot: { lon: number; lat: number }): Promise<void> {
  await page.evaluate((center) => window.railwatchMap!.jumpTo({ lon: center.lon - 0.3, lat: center.lat, zoom: 9 }), spot);
  await waitForMapIdle(page);
  const point = await page.evaluate((s) => window.railwatchMap!.project(s.lon, s.lat), spot);
  await page.mouse.click(point.x, point.y);
}

test.describe('your own sightings', () => {
  test('add from a map click, keep across a reload, delete with confirmation and undo', async ({ page }) => {
    // One long flow (two page loads, several map moves) on software WebGL.
    test.setTimeout(180_000);
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const toggle = page.getByRole('button', { name: 'Add sighting' });
    const form = page.getByRole('dialog', { name: 'Add a sighting' });

    // Esc leaves the mode without saving anything.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await clickMapAt(page, SPOT);
    await expect(form.getByLabel('Place')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await clickMapAt(page, SPOT);
    await expect(form.getByLabel('Latitude')).toHaveValue(/^52\.3\d+$/);
    await expect(form.getByLabel('Longitude')).toHaveValue(/^28\.6\d+$/);
    await form.getByLabel('Place').fill(PLACE);
    await form.getByLabel('Observed on').fill('2022-02-14');
    await form.getByLabel('Status').selectOption('geolocated');
    await form.getByLabel('Equipment').selectOption('tank');
    await form.getByLabel('Count').fill('7');
    await form.getByLabel('Caption').fill('Эшелон с танками на запасном пути');

    // A non-http link is refused with a specific message and nothing is saved.
    await form.getByLabel('Source link').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save sighting' }).click();
    await expect(form.getByText('Source link must be a full http:// or https:// address')).toBeVisible();
    await expect(form.getByLabel('Source link')).toBeFocused();
    expect(await page.evaluate(() => window.railwatchMap!.sightingCount())).toBe(feed.length);

    await form.getByLabel('Source link').fill('https://t.me/example_channel/4512');
    await form.getByRole('button', { name: 'Save sighting' }).click();
    await expect(form).toBeHidden();

    const details = page.getByRole('region', { name: 'Sighting details' });
    await expect(details.getByRole('heading', { name: PLACE })).toBeVisible();
    await expect(details.getByText('Created by you')).toBeVisible();
    await expect(details.getByText('7× tanks')).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Sightings' });
    const option = list.getByRole('option', { name: new RegExp(PLACE) });
    await expect(option).toHaveCount(1);
    const id = await option.getAttribute('data-sighting-id');
    expect(id).toBeTruthy();
    await waitForMapIdle(page, feed.length + 1);
    expect(await page.evaluate(() => window.railwatchMap!.sightingCount())).toBe(feed.length + 1);

    await page.reload();
    await waitForMapIdle(page, feed.length + 1);
    await expect(option).toHaveCount(1);
    await option.click();
    await expect(details.getByRole('heading', { name: PLACE })).toBeVisible();

    await details.getByRole('button', { name: 'Delete sighting' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this sighting?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(option).toHaveCount(0);
    await expect(details.getByText('Select a sighting on the map or in the list.')).toBeVisible();
    await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, feed.length);

    const messages = page.getByRole('region', { name: 'Messages' });
    await expect(messages.getByText('Sighting deleted.')).toBeVisible();
    await messages.getByRole('button', { name: 'Undo' }).click();
    await expect(option).toHaveCount(1);
    await expect(option).toHaveAttribute('data-sighting-id', id!);
    await expect(details.getByRole('heading', { name: PLACE })).toBeVisible();
    await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, feed.length + 1);
  });
});
