import { mkdirSync } from 'node:fs';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

test.describe('walking skeleton', () => {
  test('the map reaches idle with the border and the sample sightings drawn', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    expect(feed.length).toBeGreaterThanOrEqual(60);
    await waitForMapIdle(page, feed.length);

    const rendered = await page.evaluate(() => {
      const probe = window.railwatchMap!;
      return {
        border: probe.renderedCount('border-by-ua-line'),
        clusters: probe.renderedCount('sighting-clusters'),
        points: probe.renderedCount('sighting-points'),
        places: probe.renderedCount('place-labels'),
        total: probe.sightingCount(),
      };
    });
    expect(rendered.total).toBe(feed.length);
    expect(rendered.border).toBeGreaterThan(0);
    expect(rendered.clusters + rendered.points).toBeGreaterThan(0);
    expect(rendered.places).toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: 'Map view', exact: true })).toBeVisible();
    await expect(page.getByText(`${feed.length} of ${feed.length} sightings`)).toBeVisible();
    await expect(page.getByText('illustrative data, not real posts', { exact: false })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Belarus–Ukraine border');

    const path = process.env.RAILWATCH_UPDATE_SCREENSHOT ? 'e2e/screenshots/railwatch.png' : 'test-results/railwatch.png';
    mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
    await page.screenshot({ path });
  });

  test('selecting a sighting in the list opens its details', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const target = feed.find((feature) => typeof feature.properties.place === 'string' && feature.properties.place.includes('Yelsk'))!;
    const place = target.properties.place as string;

    const list = page.getByRole('listbox', { name: 'Sightings' });
    await list.getByRole('option', { name: new RegExp(place) }).first().click();

    const details = page.getByRole('region', { name: 'Sighting details' });
    await expect(details.getByRole('heading', { name: place })).toBeVisible();
    await expect(list.getByRole('option', { selected: true })).toContainText(place);
    await waitForMapIdle(page);

    // Keyboard: the next sighting follows with the arrow key.
    const selectedOption = list.getByRole('option', { selected: true });
    const firstId = await selectedOption.getAttribute('data-sighting-id');
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await expect(selectedOption).not.toHaveAttribute('data-sighting-id', firstId!);
    const nextId = await selectedOption.getAttribute('data-sighting-id');
    await expect(details.getByRole('heading', { level: 3 })).toHaveText(
      (feed.find((feature) => feature.id === nextId)?.properties.place as string | undefined) ?? /.+/,
    );
  });

  test('clicking a sighting on the map opens its details', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const target = feed.find((feature) => typeof feature.properties.place === 'string' && feature.properties.place.includes('Mazyr'))!;
    const [lon, lat] = target.geometry.coordinates;

    // Zoom in far enough that no cluster hides the point.
    await page.evaluate((center) => window.railwatchMap!.jumpTo({ ...center, zoom: 14 }), { lon, lat });
    await waitForMapIdle(page);
    const ids = await page.evaluate(() => window.railwatchMap!.renderedSightingIds());
    expect(ids).toContain(target.id);
    const point = await page.evaluate((center) => window.railwatchMap!.project(center.lon, center.lat), { lon, lat });
    await page.mouse.click(point.x, point.y);

    const details = page.getByRole('region', { name: 'Sighting details' });
    await expect(details.getByRole('heading', { name: target.properties.place as string })).toBeVisible();
  });

  test('clicking a cluster zooms in', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const before = await page.evaluate(() => window.railwatchMap!.view().zoom);
    const cluster = await page.evaluate(() => window.railwatchMap!.firstRenderedCluster());
    expect(cluster).not.toBeNull();
    await page.mouse.click(cluster!.x, cluster!.y);
    await page.waitForFunction((zoom) => window.railwatchMap!.view().zoom > zoom + 0.5 && window.railwatchMap!.isIdle(), before);
  });
});
