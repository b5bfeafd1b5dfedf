import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createLineDistanceIndex, distanceToBorder } from '../src/domain/geo/border-distance.ts';
import { expect, loadSampleFeed, test, waitForMapIdle, type SampleFeature } from './fixtures';

// Expected values come from the domain engine in Node, over the same generated border file
// the app serves: the test checks that the worker, the wiring and the wording agree with it.
const border = (JSON.parse(readFileSync('public/data/border-by-ua.json', 'utf8')) as { geometry: { coordinates: number[][] } }).geometry
  .coordinates;
const borderIndex = createLineDistanceIndex([border]);
const KM_PER_MILE = 1.609344;
const COMPASS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];

function measure(feature: SampleFeature) {
  const [lon, lat] = feature.geometry.coordinates;
  return distanceToBorder(borderIndex, lon, lat);
}

function countWithin(feed: SampleFeature[], km: number): number {
  return feed.filter((feature) => measure(feature).distanceKm <= km).length;
}

async function openApp(page: Page): Promise<SampleFeature[]> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await waitForMapIdle(page, feed.length);
  // Distances arrive from the worker; the list says so while it waits.
  await expect(page.getByText('Measuring distances to the border…')).toBeHidden();
  return feed;
}

test.describe('border distance', () => {
  test('the details panel gives the distance, side, direction and rail check of a sighting', async ({ page }) => {
    const feed = await openApp(page);
    const list = page.getByRole('listbox', { name: 'Sightings' });
    const details = page.getByRole('region', { name: 'Sighting details' });
    const section = details.getByRole('region', { name: 'Border distance' });

    await list.getByRole('option', { name: /^Yelsk, Homel region/ }).first().click();
    const yelskId = await list.getByRole('option', { selected: true }).getAttribute('data-sighting-id');
    const yelsk = measure(feed.find((feature) => feature.id === yelskId)!);
    await expect(section).toContainText(
      `${yelsk.distanceKm.toFixed(1)} km (${(yelsk.distanceKm / KM_PER_MILE).toFixed(1)} mi) to the Belarus–Ukraine border`,
    );
    await expect(section).toContainText('in Belarus');
    await expect(section).toContainText(`border lies ${COMPASS[Math.round(yelsk.bearingDeg / 22.5) % 16]}`);
    await expect(section).toContainText('Yel’sk (Ельск)');
    await expect(section).not.toContainText('off the rail network');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.railwatchMap!.renderedCount('border-nearest-line'))).toBeGreaterThan(0);

    // Boguchar lies far from every line of the schematic network.
    const boguchar = list.getByRole('option', { name: /Boguchar/ }).first();
    await expect(boguchar).toContainText('off rail');
    await boguchar.click();
    await expect(section).toContainText('outside Belarus and Ukraine');
    await expect(section.getByRole('note')).toHaveText(/off the rail network — check the geolocation/);
  });

  test('the distance filter narrows the list and the map, and the 40-mile band toggles', async ({ page }) => {
    const feed = await openApp(page);
    const total = feed.length;
    const filter = page.getByRole('combobox', { name: 'Distance to border', exact: true });
    const expectShown = async (count: number) => {
      await expect(page.getByText(`${count} of ${total} sightings`)).toBeVisible();
      await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, count);
    };

    await filter.selectOption({ label: 'Within 25 km' });
    await expectShown(countWithin(feed, 25));
    await filter.selectOption({ label: 'Within 40 mi' });
    await expectShown(countWithin(feed, 40 * KM_PER_MILE));

    await filter.selectOption({ label: 'Custom…' });
    const custom = page.getByRole('textbox', { name: 'Custom distance (km)' });
    await custom.fill('100');
    await expectShown(countWithin(feed, 100));
    await custom.fill('-3');
    await expect(page.getByRole('alert').filter({ hasText: 'The distance must be greater than 0 km.' })).toBeVisible();
    await expectShown(countWithin(feed, 100));

    await filter.selectOption({ label: 'Any distance' });
    await expectShown(total);

    const band = page.getByRole('checkbox', { name: 'Show 40-mile band' });
    await expect(band).not.toBeChecked();
    expect(await page.evaluate(() => window.railwatchMap!.renderedCount('border-band-fill'))).toBe(0);
    await band.check();
    await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('border-band-fill') > 0);
    await band.uncheck();
    await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('border-band-fill') === 0);
  });

  test('sorting by distance puts the sighting nearest the border first', async ({ page }) => {
    const feed = await openApp(page);
    const nearest = [...feed].sort((a, b) => measure(a).distanceKm - measure(b).distanceKm)[0]!;
    await page.getByRole('combobox', { name: 'Sort', exact: true }).selectOption({ label: 'Distance to border, nearest first' });
    const first = page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').first();
    await expect(first).toHaveAttribute('data-sighting-id', nearest.id);
    await expect(first).toContainText(`${Math.round(measure(nearest).distanceKm)} km`);
  });
});
