import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, loadSampleFeed, test } from './fixtures';

// One analyst's flow end to end: build a brief, export it in every format, restore it in a
// fresh browser, then merge it back into the busy original. Panels are awaited, not the map.
test.describe.configure({ timeout: 300_000 });

const NOTE = 'Flatcars & "tarps" <T-72> seen by @ivan_rail';
const NEW_NOTE = 'Second look: BMP-2 on the flatcars, not T-72.';
const TITLE = 'Echelons near Mazyr';

async function openApp(page: Page): Promise<number> {
  await page.goto('/');
  const feed = await loadSampleFeed(page);
  await expect(page.getByText(`${feed.length} of ${feed.length} sightings`)).toBeVisible({ timeout: 90_000 });
  return feed.length;
}

async function setAnalystName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Selects the first listed sighting whose option matches `place`; returns its id. */
async function select(page: Page, place: RegExp): Promise<string> {
  await page.getByRole('tab', { name: 'Sightings' }).click();
  const option = page.getByRole('listbox', { name: 'Sightings' }).getByRole('option', { name: place }).first();
  const id = (await option.getAttribute('data-sighting-id'))!;
  await option.click();
  await expect(page.getByRole('region', { name: 'Sighting details' }).getByRole('heading', { name: place })).toBeVisible();
  return id;
}

type Stored = { briefs: Record<string, unknown>[]; annotations: Record<string, unknown>[]; localSightings: number };

/** The workspace as IndexedDB holds it (read with the raw API, as a second opinion on the UI). */
function readWorkspace(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const request = indexedDB.open('railwatch');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['briefs', 'annotations', 'localSightings'], 'readonly');
          const all = (name: string) => tx.objectStore(name).getAll() as IDBRequest<Record<string, unknown>[]>;
          const briefs = all('briefs');
          const annotations = all('annotations');
          const local = tx.objectStore('localSightings').count();
          tx.oncomplete = () => {
            resolve({ briefs: briefs.result, annotations: annotations.result, localSightings: local.result });
            database.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function download(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

async function importFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByLabel('Import file').setInputFiles({ name, mimeType: 'application/geo+json', buffer: bytes });
}

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

test('a brief exports in five formats, restores in a fresh browser and merges back without losing a note', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await setAnalystName(page, 'Olena K.');

  // Build: annotate and pin two sightings.
  const details = page.getByRole('region', { name: 'Sighting details' });
  const analysis = page.getByRole('region', { name: 'Analysis' });
  const mazyr = await select(page, /Mazyr/);
  await analysis.getByRole('button', { name: 'Pin sighting' }).click();
  await analysis.getByLabel('Note').fill(NOTE);
  await analysis.getByLabel('Add tag').fill('armour');
  await analysis.getByLabel('Add tag').press('Enter');
  await analysis.getByLabel('Analyst status').selectOption('confirmed');
  await expect(details.getByText('Status: Confirmed (analyst)')).toBeVisible();
  const distanceText = (await details.getByText(/ to the Belarus–Ukraine border$/).textContent())!.replace(' to the Belarus–Ukraine border', '');
  const yelsk = await select(page, /Yelsk/);
  await analysis.getByRole('button', { name: 'Pin sighting' }).click();
  await expect(page.getByRole('tab', { name: /Pinned/ })).toHaveText('Pinned 2');

  await page.getByRole('tab', { name: 'Briefs' }).click();
  await page.getByRole('button', { name: 'New brief' }).click();
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Summary', { exact: true }).fill('Two echelons, one annotated.');
  await expect(page.getByLabel('Author', { exact: true })).toHaveValue('Olena K.');
  await page.getByRole('button', { name: 'Create brief' }).click();
  await page.getByRole('button', { name: 'Add all pinned' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 sightings (pinned).' })).toBeVisible();
  const inBrief = page.getByRole('list', { name: 'Sightings in the brief' }).getByRole('listitem');
  await expect(inBrief).toHaveCount(2);
  await page.getByRole('button', { name: 'Save current map view' }).click();
  await expect(page.getByText('Map view saved with the brief.')).toBeVisible();

  // GeoJSON: what the file says is what the UI shows.
  const geojson = await download(page, 'Export brief as GeoJSON');
  expect(geojson.name).toMatch(/^echelons-near-mazyr-\d{4}-\d{2}-\d{2}\.geojson$/);
  const brief = JSON.parse(geojson.bytes.toString('utf8')) as {
    railwatchBrief: { title: string; author: string; sightingCount: number; view?: unknown };
    features: { id: string; properties: { railwatchStatus: string; borderDistance: { km: number; mi: number }; annotation?: { note: string; tags: string[]; pinned: boolean } } }[];
  };
  expect(brief.railwatchBrief).toMatchObject({ title: TITLE, author: 'Olena K.', sightingCount: 2 });
  expect(brief.railwatchBrief.view).toBeDefined();
  expect(brief.features.map((f) => f.id).sort()).toEqual([mazyr, yelsk].sort());
  const annotated = brief.features.find((f) => f.id === mazyr)!;
  expect(annotated.properties.annotation).toMatchObject({ note: NOTE, tags: ['armour'], pinned: true, status: 'confirmed' });
  expect(annotated.properties.railwatchStatus).toBe('confirmed');
  const { km, mi } = annotated.properties.borderDistance;
  expect(`${km.toFixed(1)} km (${mi.toFixed(1)} mi)`).toBe(distanceText);

  // CSV and KML carry the note, escaped for each format.
  const csv = (await download(page, 'Export brief as CSV')).bytes.toString('utf8');
  expect(csv).toContain('"Flatcars & ""tarps"" <T-72> seen by @ivan_rail"');
  const kml = (await download(page, 'Export brief as KML')).bytes.toString('utf8');
  expect(kml).toContain('Flatcars &amp;amp; &amp;quot;tarps&amp;quot; &amp;lt;T-72&amp;gt;');
  expect(kml).not.toContain('<T-72>');

  // PNG: a real image of some size.
  const png = await download(page, 'Export map as PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(20_000);

  // Restore in a fresh browser: field by field equal to the original workspace.
  const original = await readWorkspace(page);
  const fresh = await freshPage(browser, baseURL);
  try {
    await openApp(fresh.page);
    await importFile(fresh.page, geojson.name, geojson.bytes);
    const report = fresh.page.getByRole('dialog', { name: 'Brief imported' });
    await expect(report).toContainText(`Imported brief “${TITLE}”: 0 sightings added, 2 already present.`);
    await expect(report).toContainText('Annotations: 2 annotations added.');
    await report.getByRole('button', { name: 'Open brief' }).click();
    await expect(fresh.page.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(fresh.page.getByRole('list', { name: 'Sightings in the brief' }).getByRole('listitem')).toHaveCount(2);
    await expect(fresh.page.getByRole('tab', { name: /Pinned/ })).toHaveText('Pinned 2');
    await fresh.page.getByRole('list', { name: 'Sightings in the brief' }).getByRole('button', { name: /^Mazyr/ }).click();
    await expect(fresh.page.getByRole('region', { name: 'Analysis' }).getByLabel('Note')).toHaveValue(NOTE);
    await expect(fresh.page.getByRole('region', { name: 'Analysis' }).getByLabel('Analyst status')).toHaveValue('confirmed');

    const restored = await readWorkspace(fresh.page);
    const byId = (list: Record<string, unknown>[]) => [...list].sort((a, b) => String(a.sightingId).localeCompare(String(b.sightingId)));
    expect(restored.briefs).toEqual(original.briefs);
    expect(byId(restored.annotations)).toEqual(byId(original.annotations));
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.context.close();
  }

  // Merge: a newer note here, then the exported brief again.
  await select(page, /Mazyr/);
  await analysis.getByLabel('Note').fill(NEW_NOTE);
  await analysis.getByLabel('Note').blur();
  await expect.poll(async () => (await readWorkspace(page)).annotations.find((a) => a.sightingId === mazyr)?.note).toBe(NEW_NOTE);
  await importFile(page, geojson.name, geojson.bytes);
  const report = page.getByRole('dialog', { name: 'Brief imported' });
  await expect(report).toContainText('0 sightings added, 2 already present.');
  await expect(report).toContainText('1 annotation merged (1 note combined: both kept), 1 annotation already up to date.');
  await expect(report).toContainText(`The brief “${TITLE}” was already in your workspace, unchanged.`);
  await expect(report.getByRole('list', { name: 'Merged annotations' })).toContainText('kept both notes');
  await report.getByRole('button', { name: 'Close' }).click();

  const merged = await readWorkspace(page);
  const note = String(merged.annotations.find((a) => a.sightingId === mazyr)?.note);
  expect(note.startsWith(NEW_NOTE)).toBe(true);
  expect(note).toContain(NOTE);
  expect(merged.annotations.find((a) => a.sightingId === mazyr)).toMatchObject({ status: 'confirmed', pinned: true, tags: ['armour'] });
  expect(merged.annotations).toHaveLength(2);
  expect(merged.briefs).toHaveLength(1);
  expect(merged.localSightings).toBe(0);
  await expect(analysis.getByLabel('Note')).toHaveValue(note);
});
