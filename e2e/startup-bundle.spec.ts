import type { Page } from '@playwright/test';
import { expect, loadSampleFeed, test, waitForMapIdle } from './fixtures';

// The first map waits only for the start bundle (issue 8: under 150 KB gzip). The analyst's
// editors, the other tabs and the map drawing for pins, tracks and measurements load when first
// used; a static import that pulls one of them back into the start bundle fails here.
test.describe.configure({ timeout: 180_000 });

const ON_DEMAND = [
  'analysis-section',
  'add-to-brief',
  'tracks-section',
  'own-sighting-section',
  'add-sighting-content',
  'measure-panel',
  'briefs-panel',
  'import-brief-file',
  'brief-import-dialog',
  'pinned-list',
  'feeds-panel',
  'layers-tab',
  'undo-last-change',
  'analyst-name-section',
  'track-map-data',
  'annotation-map-data',
  // The details below the title, and the border and sources sections: with the first selection.
  'sighting-facts',
  'border-details',
  'sighting-provenance',
  // The import runner and its dialogs: with the first file.
  'run-import',
  'import-progress-dialog',
  'import-summary-dialog',
  // The feed parser: only for a workspace that holds imported or own sightings.
  'parse-feed',
  'feed-job',
  // The workspace's writes, their validation and the change history: with the first edit.
  'annotation-repository',
  'local-sighting-repository',
  'history-repository',
];

/** Names of the JS chunks the page has requested so far ("analysis-section" for analysis-section-AbC123xY.js). */
function recordChunks(page: Page): Set<string> {
  const chunks = new Set<string>();
  page.on('request', (request) => {
    const name = /\/assets\/(.+)-[\w-]{8}\.m?js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) chunks.add(name);
  });
  return chunks;
}

const onDemandIn = (chunks: Set<string>) => ON_DEMAND.filter((name) => chunks.has(name));

test('the first map loads without the on-demand tools, which arrive when first used', async ({ page }) => {
  const chunks = recordChunks(page);
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await expect(page.getByText(`${feed.length} of ${feed.length} sightings`, { exact: true })).toBeVisible({ timeout: 60_000 });
  await waitForMapIdle(page, 1);
  // Sanity check of the recording itself: the start bundle was seen.
  expect([...chunks].some((name) => name === 'index')).toBe(true);
  expect(onDemandIn(chunks)).toEqual([]);

  await page.getByRole('listbox', { name: 'Sightings' }).getByRole('option').first().click();
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await expect(analysis.getByRole('button', { name: 'Pin sighting' })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Sighting details' }).getByText('Observed', { exact: true })).toBeVisible();
  expect(onDemandIn(chunks)).toEqual(
    expect.arrayContaining(['analysis-section', 'add-to-brief', 'tracks-section', 'own-sighting-section', 'sighting-facts', 'border-details', 'sighting-provenance']),
  );
  expect(chunks.has('measure-panel')).toBe(false);

  await page.getByRole('button', { name: 'Measure distance' }).click();
  await expect(page.getByRole('region', { name: 'Distance measurement' }).getByRole('button', { name: 'Stop measuring' })).toBeVisible();
  expect(chunks.has('measure-panel')).toBe(true);
});
