import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle, type SampleFeature } from './fixtures';

/** The sample feed's sightings on days from..to (UTC, inclusive), counted from the raw file. */
function countOnDays(feed: SampleFeature[], from: string, to: string): number {
  return feed.filter((feature) => {
    const time = (feature.properties.observedAt ?? feature.properties.postedAt) as string;
    const day = time.slice(0, 10);
    return day >= from && day <= to;
  }).length;
}

async function shownCounts(page: Page): Promise<{ options: number; map: number }> {
  await waitForMapIdle(page);
  return {
    options: await page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').count(),
    map: await page.evaluate(() => window.railwatchMap!.sightingCount()),
  };
}

test.describe('timeline', () => {
  test('brushing days filters list and map, and Clear range restores them', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const summary = timeline.getByRole('status');
    // The sample runs from 14 Jan to 27 Feb 2022: 45 days.
    await expect(summary).toHaveText(`All dates, 14 Jan – 27 Feb 2022: ${feed.length} sightings`);

    const brush = timeline.getByRole('group', { name: 'Date range brush' });
    const box = (await brush.boundingBox())!;
    const plot = box.width - 20;
    const dayX = (index: number) => box.x + 10 + ((index + 0.5) * plot) / 45;
    const y = box.y + 30;
    // Day 10 is 24 Jan, day 13 is 27 Jan.
    await page.mouse.move(dayX(10), y);
    await page.mouse.down();
    await page.mouse.move(dayX(12), y, { steps: 4 });
    await page.mouse.move(dayX(13), y, { steps: 4 });
    await page.mouse.up();

    const expected = countOnDays(feed, '2022-01-24', '2022-01-27');
    expect(expected).toBeGreaterThan(0);
    await expect(summary).toHaveText(`24 Jan – 27 Jan 2022: ${expected} sightings`);
    await expect(timeline.getByRole('slider', { name: 'Range start' })).toHaveAttribute('aria-valuetext', '24 Jan 2022');
    await page.waitForFunction((count) => window.railwatchMap!.sightingCount() === count, expected);
    expect(await shownCounts(page)).toEqual({ options: expected, map: expected });

    await timeline.getByRole('button', { name: 'Clear range' }).click();
    await expect(summary).toHaveText(`All dates, 14 Jan – 27 Feb 2022: ${feed.length} sightings`);
    await page.waitForFunction((count) => window.railwatchMap!.sightingCount() === count, feed.length);
    expect(await shownCounts(page)).toEqual({ options: feed.length, map: feed.length });
  });

  test('keyboard handles set a range; Play moves the window, Pause stops it, and play stops at the last day', async ({ page }) => {
    await page.goto('/');
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const summary = timeline.getByRole('status');
    const end = timeline.getByRole('slider', { name: 'Range end' });
    const start = timeline.getByRole('slider', { name: 'Range start' });

    await end.focus();
    await page.keyboard.press('Home');
    await expect(summary).toHaveText(`14 Jan 2022: ${countOnDays(feed, '2022-01-14', '2022-01-14')} sighting`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(summary).toHaveText(`14 Jan – 16 Jan 2022: ${countOnDays(feed, '2022-01-14', '2022-01-16')} sightings`);

    await timeline.getByLabel('Window').selectOption('3');
    await timeline.getByLabel('Speed').selectOption({ label: '1 day per 0.5 s' });
    const play = timeline.getByRole('button', { name: 'Play' });
    await play.click();
    const pause = timeline.getByRole('button', { name: 'Pause' });
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    // The window moves on by itself: 14–16 Jan, then 15–17 Jan, 16–18 Jan…
    await expect(summary).toHaveText(/^1[6-9] Jan – (1[89]|2\d) Jan 2022: \d+ sightings?$/);
    await pause.click();
    await expect(timeline.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
    const paused = (await summary.textContent())!;
    const [, fromDay, toDay] = /^(\d+) Jan – (\d+) Jan/.exec(paused)!;
    const count = countOnDays(feed, `2022-01-${fromDay!.padStart(2, '0')}`, `2022-01-${toDay!.padStart(2, '0')}`);
    expect(paused).toBe(`${fromDay} Jan – ${toDay} Jan 2022: ${count} sighting${count === 1 ? '' : 's'}`);
    await page.waitForFunction((n) => window.railwatchMap!.sightingCount() === n, count);
    // Paused: after the map has settled, the window is where it was.
    expect(await shownCounts(page)).toEqual({ options: count, map: count });
    await expect(summary).toHaveText(paused);

    // From the last three days with a one-day window, play shows 25, 26, 27 Feb and stops.
    await end.focus();
    await page.keyboard.press('End');
    await start.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(summary).toHaveText(/^25 Feb – 27 Feb 2022/);
    await timeline.getByLabel('Window').selectOption('1');
    await timeline.getByRole('button', { name: 'Play' }).click();
    await expect(summary).toHaveText(`27 Feb 2022: ${countOnDays(feed, '2022-02-27', '2022-02-27')} sightings`);
    await expect(timeline.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the timeline keeps its height when the feed arrives, so the map is not resized', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/feeds/sample.geojson', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('No dated sightings to place on the timeline.')).toBeVisible();
    await waitForMapIdle(page);
    const canvas = page.getByRole('region', { name: 'Map view' }).locator('canvas');
    const before = { timeline: await timeline.boundingBox(), map: await canvas.boundingBox() };

    release();
    const feed = await loadSampleFeed(page);
    await waitForMapIdle(page, feed.length);
    await expect(timeline.getByTestId('timeline-histogram')).toBeVisible();
    expect({ timeline: await timeline.boundingBox(), map: await canvas.boundingBox() }).toEqual(before);
  });
});
