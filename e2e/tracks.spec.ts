import type { Page } from '@playwright/test';
import { haversineKm } from '../src/domain/geo/geodesic.ts';
import { expect, loadSampleFeed, test, waitForMapIdle, type SampleFeature } from './fixtures';

async function selectSighting(page: Page, id: string) {
  await page.getByRole('listbox', { name: 'Sightings' }).locator(`[data-sighting-id="${id}"]`).click();
  await expect(page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { selected: true })).toHaveAttribute('data-sighting-id', id);
}

function kmBetween(feed: SampleFeature[], a: string, b: string): number {
  const at = (id: string) => feed.find((feature) => feature.id === id)!.geometry.coordinates;
  return haversineKm(at(a), at(b));
}

/** The leg sentence as the panel words it, from the raw feed (distance below 100 km keeps a decimal). */
function legSentence(km: number, elapsed: string, hours: number): string {
  const distance = km < 100 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
  return `${distance} in ${elapsed}, ${Math.round(km / hours)} km/h`;
}

test.describe('movement tracks', () => {
  test('a track made from three sightings lists its legs in time order and is drawn with arrows', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const details = page.getByRole('region', { name: 'Sighting details' });
    const tracks = details.getByRole('region', { name: 'Tracks' });

    // Homel 24 Jan 09:30 → Rechytsa 24 Jan 16:10 → Kalinkavichy 25 Jan 10:05.
    await selectSighting(page, 'rw-sample-018');
    await expect(tracks).toContainText('This sighting is not on a track.');
    await tracks.getByRole('button', { name: 'New track from this sighting' }).click();
    await tracks.getByLabel('Track name').fill('Echelon to Mazyr');
    await tracks.getByRole('button', { name: 'Create track' }).click();
    await expect(tracks.getByRole('heading', { name: 'Echelon to Mazyr' })).toBeVisible();

    for (const id of ['rw-sample-019', 'rw-sample-017']) {
      await selectSighting(page, id);
      await tracks.getByLabel('Add to track…').selectOption({ label: 'Echelon to Mazyr' });
      await tracks.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(tracks.getByRole('heading', { name: 'Echelon to Mazyr' })).toBeVisible();
    }

    const stops = tracks.getByRole('list', { name: 'Echelon to Mazyr: sightings in time order' }).getByRole('listitem');
    await expect(stops).toHaveCount(3);
    // Linked out of order, listed in time order.
    await expect(stops.nth(0)).toContainText('Homel');
    await expect(stops.nth(1)).toContainText('Rechytsa');
    await expect(stops.nth(2)).toContainText('Kalinkavichy');
    await expect(stops.nth(1)).toContainText(legSentence(kmBetween(feed, 'rw-sample-017', 'rw-sample-018'), '6 h 40 min', 20 / 3));
    await expect(stops.nth(2)).toContainText(legSentence(kmBetween(feed, 'rw-sample-018', 'rw-sample-019'), '17 h 55 min', 17 + 55 / 60));
    await expect(tracks.getByRole('alert')).toHaveCount(0);

    await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 30.2, lat: 52.3, zoom: 8 }));
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() => ({
      lines: window.railwatchMap!.renderedCount('track-lines'),
      implausible: window.railwatchMap!.renderedCount('track-lines-implausible'),
      arrows: window.railwatchMap!.renderedCount('track-arrows'),
    }));
    expect(drawn.lines).toBeGreaterThan(0);
    expect(drawn.implausible).toBe(0);
    expect(drawn.arrows).toBeGreaterThan(0);
  });

  test('a link too fast for a train is flagged, drawn in red, and survives a reload', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const details = page.getByRole('region', { name: 'Sighting details' });
    const tracks = details.getByRole('region', { name: 'Tracks' });

    // Smolensk 23 Feb 10:00 and Valuyki 23 Feb 13:40: about 600 km in 3 h 40 min.
    await selectSighting(page, 'rw-sample-071');
    await tracks.getByRole('button', { name: 'New track from this sighting' }).click();
    await tracks.getByLabel('Track name').fill('Smolensk–Valuyki');
    await tracks.getByRole('button', { name: 'Create track' }).click();
    await selectSighting(page, 'rw-sample-072');
    await tracks.getByLabel('Add to track…').selectOption({ label: 'Smolensk–Valuyki' });
    await tracks.getByRole('button', { name: 'Add', exact: true }).click();

    const speed = Math.round(kmBetween(feed, 'rw-sample-071', 'rw-sample-072') / (3 + 40 / 60));
    expect(speed).toBeGreaterThan(120);
    const flag = tracks.getByRole('alert').filter({ hasText: 'implausible for a train' });
    await expect(flag).toHaveText(`⚠ implausible for a train: ${speed} km/h`);

    await page.evaluate(() => window.railwatchMap!.jumpTo({ lon: 35, lat: 52.5, zoom: 5.5 }));
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.railwatchMap!.renderedCount('track-lines-implausible'))).toBeGreaterThan(0);

    await page.reload();
    await waitForMapIdle(page, feed.length);
    await selectSighting(page, 'rw-sample-071');
    await expect(tracks.getByRole('heading', { name: 'Smolensk–Valuyki' })).toBeVisible();
    await expect(tracks.getByRole('alert').filter({ hasText: 'implausible for a train' })).toHaveText(
      `⚠ implausible for a train: ${speed} km/h`,
    );
  });
});
