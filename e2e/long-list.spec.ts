import { syntheticFeedText } from '../scripts/bench/synthetic-feed';
import { expect, test, waitForMapIdle } from './fixtures';

// A feed too long to draw whole: the list keeps only the rows in view in the DOM, yet every
// row is reachable by keyboard, says where it sits, and the list, the count and the map agree
// after a filter. The counts come from the generated feed itself, not from the app's code.
test.describe.configure({ timeout: 180_000 });

const COUNT = 3000;

test('a 3,000-sighting feed: the list draws only what is in view, reaches every row and follows the filters', async ({ page }) => {
  const body = syntheticFeedText(COUNT);
  const confirmed = (JSON.parse(body) as { features: { properties: { status?: string } }[] }).features.filter(
    (feature) => feature.properties.status === 'confirmed',
  ).length;
  await page.route('**/feeds/sample.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body }));
  await page.goto('/');
  await expect(page.getByText(new RegExp(`^${COUNT} of ${COUNT} sightings`))).toBeVisible({ timeout: 60_000 });
  await waitForMapIdle(page, COUNT);

  const list = page.getByRole('listbox', { name: 'Sightings' });
  const options = list.getByRole('option');
  const drawn = await options.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(100);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(COUNT));

  // End walks to the last row: it is drawn, selected, in view and says it is the last.
  await options.first().click();
  await list.press('End');
  const last = list.getByRole('option', { selected: true });
  await expect(last).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(last).toBeInViewport();
  await list.press('Home');
  await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');

  await page.getByText('More filters').click();
  await page.getByRole('group', { name: 'Status', exact: true }).getByRole('checkbox', { name: 'Confirmed', exact: true }).check();
  await expect(page.getByText(new RegExp(`^${confirmed} of ${COUNT} sightings`))).toBeVisible();
  await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, confirmed);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(confirmed));
  expect(await options.count()).toBeLessThan(100);
});
