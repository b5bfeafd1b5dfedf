import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

// These flows are about the panels, so they wait for the list rather than for the map (which
// takes long under software WebGL); only the map check waits for the map.
test.describe.configure({ timeout: 180_000 });

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await expect(page.getByText(`${feed.length} of ${feed.length} sightings`)).toBeVisible({ timeout: 60_000 });
}

/** Selects the first listed Mazyr sighting and returns its id. */
async function selectMazyr(page: Page): Promise<string> {
  const option = page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { name: /Mazyr/ }).first();
  const id = await option.getAttribute('data-sighting-id');
  await option.click();
  await expect(page.getByRole('region', { name: 'Sighting details' }).getByRole('heading', { name: /Mazyr/ })).toBeVisible();
  return id!;
}

const analysis = (page: Page) => page.getByRole('region', { name: 'Analysis' });

async function setAnalystName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
}

test('an annotated sighting keeps its pin, note, tag, status and corrected location across a reload', async ({ page }) => {
  await openApp(page);
  await setAnalystName(page, 'Olena K.');
  const id = await selectMazyr(page);
  const section = analysis(page);

  await section.getByRole('button', { name: 'Pin sighting' }).click();
  await expect(section.getByRole('button', { name: 'Unpin sighting' })).toHaveAttribute('aria-pressed', 'true');
  await section.getByLabel('Note').fill('Same train as the Kalinkavichy clip, two hours later.');
  await section.getByLabel('Add tag').fill('Night');
  await section.getByLabel('Add tag').press('Enter');
  await expect(section.getByRole('button', { name: 'Remove tag night' })).toBeVisible();
  await section.getByLabel('Analyst status').selectOption('confirmed');

  // Bad input is explained and changes nothing.
  const location = section.getByLabel('Corrected location (lat, lon)');
  await location.fill('north of Mazyr');
  await location.press('Enter');
  await expect(section.getByRole('alert')).toContainText('"north of Mazyr" is not a "latitude, longitude" pair');
  await location.fill('52.05, 29.25');
  await location.press('Enter');
  await expect(section.getByRole('alert')).toHaveCount(0);
  await section.getByLabel('Uncertainty (km)').fill('2');
  await section.getByLabel('Uncertainty (km)').press('Enter');

  const history = section.getByRole('list', { name: 'History' });
  await expect(history).toContainText('Location corrected to 52.05, 29.25 (± 2 km)');
  await expect(history).toContainText('Note added');
  await expect(history.getByRole('listitem').first()).toContainText('Olena K.');
  const details = page.getByRole('region', { name: 'Sighting details' });
  await expect(details.getByText('Status: Confirmed (analyst)')).toBeVisible();
  await expect(details.getByText('52.0500, 29.2500 (± 2 km)')).toBeVisible();

  // The map draws the pin ring and the uncertainty circle.
  await waitForMapIdle(page);
  await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 29.25, lat: 52.05, zoom: 10 }));
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => ({
    pinned: window.railwatchMap!.renderedCount('annotation-pinned-ring'),
    circle: window.railwatchMap!.renderedCount('annotation-uncertainty-line'),
  }));
  expect(drawn.pinned).toBe(1);
  // A polygon comes back once per tile it crosses, so only its presence is certain.
  expect(drawn.circle).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').first()).toBeVisible({ timeout: 60_000 });
  const pinnedTab = page.getByRole('tab', { name: /Pinned/ });
  await expect(pinnedTab).toHaveText('Pinned 1');
  await pinnedTab.click();
  const pinnedList = page.getByRole('list', { name: 'Pinned sightings' });
  await expect(pinnedList).toContainText('Same train as the Kalinkavichy clip');
  await pinnedList.getByRole('button', { name: /Mazyr/ }).click();

  await expect(details.getByRole('heading', { name: /Mazyr/ })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Unpin sighting' })).toHaveAttribute('aria-pressed', 'true');
  await expect(section.getByLabel('Note')).toHaveValue('Same train as the Kalinkavichy clip, two hours later.');
  await expect(section.getByRole('button', { name: 'Remove tag night' })).toBeVisible();
  await expect(section.getByLabel('Analyst status')).toHaveValue('confirmed');
  await expect(section.getByLabel('Corrected location (lat, lon)')).toHaveValue('52.05, 29.25');
  await expect(section.getByLabel('Uncertainty (km)')).toHaveValue('2');
  await expect(details.getByText('Status: Confirmed (analyst)')).toBeVisible();
  await page.getByRole('tab', { name: 'Sightings' }).click();
  await expect(page.locator(`[data-sighting-id="${id}"]`)).toContainText('Confirmed (analyst)');
});

test('an edit in one tab shows in another tab of the workspace without a reload', async ({ page, context }) => {
  test.setTimeout(300_000);
  await openApp(page);
  const other = await context.newPage();
  await openApp(other);
  await selectMazyr(other);
  // The analyst types in the tab in front; a background tab's timers are throttled.
  await page.bringToFront();
  await selectMazyr(page);

  await analysis(page).getByRole('button', { name: 'Pin sighting' }).click();
  await analysis(page).getByLabel('Note').fill('Flatcars, tarps over the turrets.');
  await analysis(page).getByLabel('Note').blur();
  await expect(analysis(page).getByRole('list', { name: 'History' })).toContainText('Note added');

  await expect(analysis(other).getByRole('button', { name: 'Unpin sighting' })).toHaveAttribute('aria-pressed', 'true');
  await expect(analysis(other).getByLabel('Note')).toHaveValue('Flatcars, tarps over the turrets.');
  await expect(other.getByRole('tab', { name: /Pinned/ })).toHaveText('Pinned 1');
});

test('Ctrl+Z outside a text field undoes the last change and says what it undid', async ({ page }) => {
  await openApp(page);
  await selectMazyr(page);
  const section = analysis(page);
  await section.getByLabel('Add tag').fill('fuel');
  await section.getByLabel('Add tag').press('Enter');
  await expect(section.getByRole('button', { name: 'Remove tag fuel' })).toBeVisible();
  await section.getByRole('button', { name: 'Pin sighting' }).click();
  await expect(section.getByRole('button', { name: 'Unpin sighting' })).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(section.getByRole('button', { name: 'Pin sighting' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('toolbar', { name: 'Tools' }).getByRole('status')).toHaveText('Undo: unpinned.');
  await expect(section.getByRole('button', { name: 'Remove tag fuel' })).toBeVisible();

  // In a text field the browser's own undo applies: the workspace keeps the tag.
  await section.getByLabel('Note').focus();
  await page.keyboard.press('Control+z');
  await expect(section.getByRole('button', { name: 'Remove tag fuel' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(section.getByRole('button', { name: 'Remove tag fuel' })).toHaveCount(0);
  await expect(section.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toHaveText(/Undo: tag “fuel” removed/);
});

test('a failed import leaves every annotation as it was', async ({ page }) => {
  await openApp(page);
  await selectMazyr(page);
  const section = analysis(page);
  await section.getByRole('button', { name: 'Pin sighting' }).click();
  await section.getByLabel('Note').fill('Flatcars empty on the way back.');
  await section.getByLabel('Note').blur();
  await section.getByLabel('Analyst status').selectOption('disputed');
  const history = section.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(3);

  await page.getByLabel('Import file').setInputFiles('e2e/fixtures/broken.geojson');
  const failed = page.getByRole('dialog', { name: 'Import failed' });
  await expect(failed).toContainText('Nothing was stored', { timeout: 30_000 });
  await failed.getByRole('button', { name: 'Close import summary' }).click();

  await page.reload();
  await expect(page.getByRole('tab', { name: /Pinned/ })).toHaveText('Pinned 1', { timeout: 60_000 });
  await selectMazyr(page);
  const reloaded = analysis(page);
  await expect(reloaded.getByRole('button', { name: 'Unpin sighting' })).toHaveAttribute('aria-pressed', 'true');
  await expect(reloaded.getByLabel('Note')).toHaveValue('Flatcars empty on the way back.');
  await expect(reloaded.getByLabel('Analyst status')).toHaveValue('disputed');
  // Nothing new in the history either: the failed import wrote nothing at all.
  await expect(reloaded.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(3);
});
