import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

// 1×1 transparent PNG: stands in for OpenRailwayMap tiles so no test touches the real server.
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const railwayFile = {
  name: 'mazyr-rail.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { railway: 'rail', name: 'Kalinkavichy – Mazyr' },
          geometry: { type: 'LineString', coordinates: [[29.3257, 52.1323], [29.29, 52.09], [29.2456, 52.0495]] },
        },
        {
          type: 'Feature',
          properties: { railway: 'rail' },
          geometry: { type: 'MultiLineString', coordinates: [[[29.3257, 52.1323], [29.5, 52.2]], [[29.2456, 52.0495], [29.2, 51.9]]] },
        },
        { type: 'Feature', properties: { railway: 'station', name: 'Mazyr' }, geometry: { type: 'Point', coordinates: [29.2456, 52.0495] } },
      ],
    }),
  ),
};

async function openLayersTab(page: Page) {
  await page.getByRole('tab', { name: 'Layers' }).click();
  return page.getByRole('tabpanel', { name: 'Layers' });
}

const overlayLayerIds = (page: Page) =>
  page.evaluate(() => window.railwatchMap!.layerIds().filter((id) => id.startsWith('rail-overlay-')));

test.describe('rail layers', () => {
  test('an imported railway GeoJSON is drawn, survives a reload and can be removed', async ({ page }) => {
    await page.goto('/?view=29.3,52.1,10');
    await waitForMapIdle(page);
    const layers = await openLayersTab(page);
    const input = layers.getByLabel('Import railway GeoJSON');

    // A bad file is refused with a reason and adds nothing.
    await input.setInputFiles({ name: 'notes.geojson', mimeType: 'application/json', buffer: Buffer.from('railway=rail, not json') });
    await expect(layers.getByRole('alert')).toHaveText('notes.geojson: This file is not GeoJSON: it is not valid JSON.');
    await expect(layers.getByText('No railway overlays imported yet.')).toBeVisible();

    await input.setInputFiles(railwayFile);
    await expect(layers.getByRole('status')).toHaveText('Imported “mazyr-rail”: 2 line features (1 point ignored).');
    await expect(layers.getByRole('alert')).toHaveCount(0);
    const list = layers.getByRole('list', { name: 'Imported railway overlays' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem')).toContainText('mazyr-rail');
    await expect(list.getByRole('listitem')).toContainText('2 line features');

    await waitForMapIdle(page);
    const [layerId] = await overlayLayerIds(page);
    expect(layerId).toMatch(/^rail-overlay-.+-line$/);
    await page.waitForFunction((id) => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount(id) > 0, layerId!);

    // Hidden with its checkbox, and the choice is stored with the overlay.
    await list.getByRole('checkbox', { name: 'mazyr-rail' }).uncheck();
    await page.waitForFunction((id) => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount(id) === 0, layerId!);
    await list.getByRole('checkbox', { name: 'mazyr-rail' }).check();
    // The map follows the stored choice, so once it draws the overlay again the choice is saved.
    await page.waitForFunction((id) => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount(id) > 0, layerId!);

    await page.reload();
    await waitForMapIdle(page);
    const afterReload = await openLayersTab(page);
    await expect(afterReload.getByRole('list', { name: 'Imported railway overlays' }).getByRole('listitem')).toContainText('mazyr-rail');
    await page.waitForFunction((id) => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount(id) > 0, layerId!);

    // Removal asks first; cancelling keeps the overlay.
    await afterReload.getByRole('button', { name: 'Remove mazyr-rail' }).click();
    await afterReload.getByRole('button', { name: 'Cancel' }).click();
    await expect(afterReload.getByRole('button', { name: 'Remove mazyr-rail' })).toBeFocused();
    await afterReload.getByRole('button', { name: 'Remove mazyr-rail' }).click();
    await afterReload.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(afterReload.getByText('No railway overlays imported yet.')).toBeVisible();
    await expect.poll(() => overlayLayerIds(page)).toEqual([]);
  });

  test('switching the online overlay on is the only thing that requests OpenRailwayMap tiles', async ({ page, guards }) => {
    guards.allowForeignRequests(/openrailwaymap\.org/);
    const tileRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('openrailwaymap.org')) tileRequests.push(request.url());
    });
    await page.route(/tiles\.openrailwaymap\.org/, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', headers: { 'Access-Control-Allow-Origin': '*' }, body: TINY_PNG }),
    );

    await page.goto('/?view=29.5,52.2,8');
    await waitForMapIdle(page);
    const layers = await openLayersTab(page);
    await expect(layers.getByText('sends the area you are viewing to openrailwaymap.org', { exact: false })).toBeVisible();
    const online = layers.getByRole('checkbox', { name: 'OpenRailwayMap tiles (online)' });
    await expect(online).not.toBeChecked();
    // Other layer switches and panning stay offline.
    await layers.getByRole('checkbox', { name: 'Stations' }).uncheck();
    await layers.getByRole('checkbox', { name: 'Stations' }).check();
    await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 28, lat: 53, zoom: 9 }));
    await waitForMapIdle(page);
    expect(tileRequests).toEqual([]);

    await online.check();
    await waitForMapIdle(page);
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((url) => /^https:\/\/[abc]\.tiles\.openrailwaymap\.org\/standard\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(await page.evaluate(() => window.railwatchMap!.layerIds())).toContain('openrailwaymap-tiles');
    await expect(page.getByRole('link', { name: 'OpenRailwayMap' })).toHaveAttribute('href', 'https://www.openrailwaymap.org/');

    await online.uncheck();
    await expect.poll(() => page.evaluate(() => window.railwatchMap!.layerIds().includes('openrailwaymap-tiles'))).toBe(false);
    const requestsWhenOff = tileRequests.length;
    await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 30, lat: 52, zoom: 9 }));
    await waitForMapIdle(page);
    expect(tileRequests.length).toBe(requestsWhenOff);
  });

  test('station labels appear from zoom 6.5 and the schematic and stations can be switched off', async ({ page }) => {
    await page.goto('/?view=29.8,52.3,6');
    await waitForMapIdle(page);
    const count = (layerId: string) => page.evaluate((id) => window.railwatchMap!.renderedCount(id), layerId);
    expect(await count('rail-station-labels')).toBe(0);

    await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 29.8, lat: 52.3, zoom: 8 }));
    await waitForMapIdle(page);
    expect(await count('rail-station-labels')).toBeGreaterThan(0);
    expect(await count('rail-schematic-line')).toBeGreaterThan(0);

    const layers = await openLayersTab(page);
    const schematic = layers.getByRole('checkbox', { name: 'Main rail lines (schematic)' });
    await expect(schematic).toHaveAccessibleDescription(/straight lines between stations, not track geometry/);
    await schematic.uncheck();
    await layers.getByRole('checkbox', { name: 'Stations' }).uncheck();
    await page.waitForFunction(
      () =>
        window.railwatchMap!.isIdle() &&
        window.railwatchMap!.renderedCount('rail-schematic-line') === 0 &&
        window.railwatchMap!.renderedCount('rail-station-labels') === 0 &&
        window.railwatchMap!.renderedCount('rail-station-points') === 0,
    );
    await schematic.check();
    await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('rail-schematic-line') > 0);
  });
});
