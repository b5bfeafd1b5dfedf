import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

// Keyboard-first review, end to end: every key is pressed with focus on the page, not on a
// control, the way an analyst works through a list.
test.describe.configure({ timeout: 180_000 });

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await expect(page.getByText(`${feed.length} of ${feed.length} sightings`, { exact: true })).toBeVisible({ timeout: 60_000 });
}

/** Leaves whatever field has focus, so the next key goes to the page. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('j/k walk the list, p pins, s cycles the status, n opens the note, Esc closes; not while typing', async ({ page }) => {
  await openApp(page);
  const list = page.getByRole('listbox', { name: 'Sightings' });
  const selected = list.getByRole('option', { selected: true });
  const details = page.getByRole('region', { name: 'Sighting details' });
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const firstId = await list.getByRole('option').nth(0).getAttribute('data-sighting-id');
  const secondId = await list.getByRole('option').nth(1).getAttribute('data-sighting-id');

  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('data-sighting-id', firstId!);
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('data-sighting-id', secondId!);
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('data-sighting-id', firstId!);
  // With a modifier the key belongs to the browser.
  await page.keyboard.press('Alt+j');
  await expect(selected).toHaveAttribute('data-sighting-id', firstId!);

  await expect(analysis.getByRole('button', { name: 'Pin sighting' })).toBeEnabled();
  await page.keyboard.press('p');
  await expect(analysis.getByRole('button', { name: 'Unpin sighting' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: /Pinned/ })).toContainText('1');

  const status = analysis.getByRole('combobox', { name: 'Analyst status' });
  await expect(status).toHaveValue('');
  await page.keyboard.press('s');
  await expect(status).toHaveValue('unverified');
  await page.keyboard.press('s');
  await expect(status).toHaveValue('geolocated');
  await expect(selected).toContainText('Geolocated');

  await page.keyboard.press('n');
  const note = analysis.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  // Typed into the note, these letters are text: no step, no pin, no status change.
  await page.keyboard.type('jkps?');
  await expect(note).toHaveValue('jkps?');
  await expect(selected).toHaveAttribute('data-sighting-id', firstId!);
  await expect(status).toHaveValue('geolocated');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(details.getByRole('heading', { level: 3 })).toBeVisible();

  await blur(page);
  await page.keyboard.press('Escape');
  await expect(details.getByText('Select a sighting on the map or in the list.')).toBeVisible();
  await expect(selected).toHaveCount(0);
});

test('/ focuses the search, ? lists every shortcut, Esc closes the dialog', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('searchbox', { name: 'Search sightings' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('j');
  await expect(search).toHaveValue('j');
  await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { selected: true })).toHaveCount(0);
  await search.fill('');
  await blur(page);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['j', 'k', 'p', 's', 'n', '/', 'Esc', '?']) {
    await expect(dialog.getByRole('cell', { name: key, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the theme toggle switches data-theme and the map keeps its sightings', async ({ page }) => {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await waitForMapIdle(page, feed.length);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme');

  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await waitForMapIdle(page, feed.length);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(20, 22, 24)');

  // The choice survives a reload.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Theme: dark' }).click();
  await expect(html).not.toHaveAttribute('data-theme');
  await waitForMapIdle(page, feed.length);
  expect(await page.evaluate(() => window.railwatchMap!.sightingCount())).toBe(feed.length);
});
