import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle, type SampleFeature } from './fixtures';

// Expected counts come from the sample feed itself with plain string checks, not from the
// app's filter code: the test checks that the controls, the list, the map and the URL agree.
test.describe.configure({ timeout: 180_000 });

type Props = { status?: string; place?: string; source?: { platform?: string; caption?: string; hashtags?: string[] } };
const props = (feature: SampleFeature) => feature.properties as Props;
const searchable = (feature: SampleFeature) =>
  [props(feature).source?.caption ?? '', ...(props(feature).source?.hashtags ?? []), props(feature).place ?? ''].join(' ').toLowerCase();

async function openApp(page: Page, path = '/'): Promise<SampleFeature[]> {
  await page.goto(path);
  const feed = await loadSampleFeed(page);
  await waitForMapIdle(page, 1);
  return feed;
}

async function expectShown(page: Page, count: number, total: number): Promise<void> {
  await expect(page.getByText(`${count} of ${total} sightings`, { exact: true })).toBeVisible();
  await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, count);
  const options = page.getByRole('listbox', { name: 'Sightings' }).getByRole('option');
  if (count > 0) await expect(options).toHaveCount(count);
  else await expect(page.getByText('No sightings to show.')).toBeVisible();
}

test('each filter narrows the count, the list and the map; chips remove filters and one click clears all', async ({ page }) => {
  const feed = await openApp(page);
  const total = feed.length;
  await expectShown(page, total, total);
  const disputed = feed.filter((f) => props(f).status === 'disputed');
  const vk = feed.filter((f) => props(f).source?.platform === 'vk');
  const disputedOnVk = disputed.filter((f) => vk.includes(f));
  expect(disputed.length).toBeGreaterThan(disputedOnVk.length);

  await page.getByText('More filters').click();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Disputed' }).check();
  await expectShown(page, disputed.length, total);
  for (const option of await page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').all()) {
    await expect(option).toContainText('Disputed');
  }

  await page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { name: 'VK' }).check();
  await expectShown(page, disputedOnVk.length, total);

  const chips = page.getByRole('list', { name: 'Active filters' });
  await chips.getByRole('button', { name: 'Remove filter Status: Disputed' }).click();
  await expectShown(page, vk.length, total);
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Disputed' })).not.toBeChecked();

  // Nothing is pinned in a fresh workspace.
  await page.getByRole('checkbox', { name: 'Pinned only' }).check();
  await expectShown(page, 0, total);

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectShown(page, total, total);
  await expect(chips).toBeHidden();
});

test('search matches Latin to Cyrillic and ё to е, and the in-view count follows the map', async ({ page }) => {
  const feed = await openApp(page);
  const total = feed.length;
  const search = page.getByRole('searchbox', { name: 'Search sightings' });

  const mozyr = feed.filter((f) => searchable(f).includes('мозыр'));
  expect(mozyr.length).toBeGreaterThan(0);
  await search.fill('mozyr');
  await expectShown(page, mozyr.length, total);
  await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter Text: “mozyr”' })).toBeVisible();

  const yo = feed.filter((f) => /ещ[её]/.test(searchable(f)));
  expect(yo.some((f) => searchable(f).includes('ещё'))).toBe(true);
  await search.fill('еще');
  await expectShown(page, yo.length, total);
  await search.fill('');
  await expectShown(page, total, total);

  // Zoomed in on Yelsk only the sightings there are in view; the option narrows the list to them.
  const yelsk = feed.find((f) => props(f).place === 'Yelsk, Homel region, Belarus')!;
  const [lon, lat] = yelsk.geometry.coordinates;
  const near = feed.filter((f) => Math.abs(f.geometry.coordinates[0] - lon) < 0.02 && Math.abs(f.geometry.coordinates[1] - lat) < 0.02);
  await page.evaluate((view) => window.railwatchMap!.jumpTo(view), { lon, lat, zoom: 11 });
  await waitForMapIdle(page);
  const inView = page.locator('.in-view-count');
  await expect(inView).toHaveText(/ · \d+ in map view/);
  const inViewCount = Number((await inView.textContent())!.match(/(\d+) in map view/)![1]);
  expect(inViewCount).toBeGreaterThanOrEqual(near.length);
  expect(inViewCount).toBeLessThan(total);
  await page.getByRole('checkbox', { name: 'Only list sightings in the map view' }).check();
  await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option')).toHaveCount(inViewCount);
  // The count line still counts every filtered sighting, and so does the map.
  await expect(page.getByText(`${total} of ${total} sightings`, { exact: true })).toBeVisible();

  // Hovering a row rings it on the map.
  await page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { name: /Yelsk/ }).first().hover();
  await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('sighting-hover-ring') === 1);
});

test('a permalink restores the view, the filters and the selection in a new page', async ({ page, context }) => {
  const feed = await openApp(page);
  const total = feed.length;
  await page.getByRole('searchbox', { name: 'Search sightings' }).fill('танк');
  await page.getByText('More filters').click();
  await page.getByRole('group', { name: 'Platform' }).getByRole('checkbox', { name: 'TikTok' }).check();
  const expected = feed.filter((f) => searchable(f).includes('танк') && props(f).source?.platform === 'tiktok');
  await expectShown(page, expected.length, total);
  const target = page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').nth(1);
  const targetId = await target.getAttribute('data-sighting-id');
  await target.click();
  await waitForMapIdle(page);
  await expect(page).toHaveURL(new RegExp(`sel=${targetId}`));
  await expect(page).toHaveURL(/view=/);
  await expect(page).toHaveURL(/pf=tiktok/);
  const view = await page.evaluate(() => window.railwatchMap!.view());

  const second = await context.newPage();
  await second.goto(page.url());
  await waitForMapIdle(second, expected.length);
  await expect(second.getByRole('searchbox', { name: 'Search sightings' })).toHaveValue('танк');
  await expect(second.getByRole('button', { name: 'Remove filter Platform: TikTok' })).toBeVisible();
  await expect(second.getByText(`${expected.length} of ${total} sightings`, { exact: true })).toBeVisible();
  await expect(second.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { selected: true })).toHaveAttribute(
    'data-sighting-id',
    targetId!,
  );
  const place = feed.find((f) => f.id === targetId)!.properties.place as string;
  await expect(second.getByRole('region', { name: 'Sighting details' }).getByRole('heading', { name: place })).toBeVisible();
  const restored = await second.evaluate(() => window.railwatchMap!.view());
  expect(restored.lon).toBeCloseTo(view.lon, 3);
  expect(restored.lat).toBeCloseTo(view.lat, 3);
  expect(restored.zoom).toBeCloseTo(view.zoom, 1);
  await second.close();
});

test('the back button steps through selections', async ({ page }) => {
  await openApp(page);
  const list = page.getByRole('listbox', { name: 'Sightings' });
  const details = page.getByRole('region', { name: 'Sighting details' });
  const first = list.getByRole('option').nth(0);
  const second = list.getByRole('option').nth(2);
  const firstId = (await first.getAttribute('data-sighting-id'))!;
  const secondId = (await second.getAttribute('data-sighting-id'))!;
  const selected = list.getByRole('option', { selected: true });

  await first.click();
  await expect(selected).toHaveAttribute('data-sighting-id', firstId);
  await second.click();
  await expect(selected).toHaveAttribute('data-sighting-id', secondId);

  await page.goBack();
  await expect(selected).toHaveAttribute('data-sighting-id', firstId);
  await expect(page).toHaveURL(new RegExp(`sel=${firstId}`));
  await page.goBack();
  await expect(selected).toHaveCount(0);
  await expect(details.getByText('Select a sighting on the map or in the list.')).toBeVisible();
  await page.goForward();
  await expect(selected).toHaveAttribute('data-sighting-id', firstId);
});
