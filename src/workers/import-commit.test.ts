import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from '../db/database.ts';
import { importLocalFeed, listLocalFeeds, listLocalSightings } from '../db/local-sighting-repository.ts';
import { setAnalystName } from '../db/settings-repository.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { importText } from '../domain/import/import-file.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import { checkImport, commitImport } from './import-commit.ts';
import { prepareImport, type PreparedImport } from './import-prepare.ts';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

function prepared(features: unknown[]): PreparedImport {
  const result = importText('week.geojson', JSON.stringify({ type: 'FeatureCollection', features }), { parseXml: xmldomParseXml });
  if (!result.ok) throw new Error(result.error.message);
  return prepareImport(result);
}

const feature = (id: string, url?: string) => ({ type: 'Feature', id, geometry: point(29.15, 51.81), properties: url ? { source: { url } } : {} });

let database: RailwatchDb;
beforeEach(() => {
  database = createTestDatabase();
});

describe('checkImport', () => {
  it('counts sightings already stored, already shown by id or by link, and repeated in the file', async () => {
    await importLocalFeed(database, { feed: { id: 'import:old', name: 'old' }, features: [feature('old') as never] }, 'anna');
    const file = prepared([feature('new'), feature('old'), feature('feed-1'), feature('x', 'https://www.t.me/rail/7?utm_source=x'), feature('new')]);
    const { plan, report } = await checkImport(database, file, { ids: ['feed-1'], urls: ['https://t.me/rail/7'] });
    expect(plan.toStore.map((f) => f.id)).toEqual(['new', 'feed-1', 'x']);
    expect(report).toMatchObject({ ok: true, format: 'geojson', imported: 3, duplicates: { inFile: 1, alreadyStored: 1, mergedWithShown: 2 } });
    expect(report.feedId).toBeUndefined();
  });

  it('keeps only the warnings of sightings that will be stored', async () => {
    await importLocalFeed(database, { feed: { id: 'import:old', name: 'old' }, features: [{ ...feature('sw-old'), geometry: point(51.8, 29.1) } as never] }, 'anna');
    const file = prepared([
      { ...feature('sw-old'), geometry: point(51.8, 29.1) },
      { ...feature('sw-new'), geometry: point(51.9, 29.2) },
    ]);
    const { report } = await checkImport(database, file, { ids: [], urls: [] });
    expect(report.warnings.map((w) => w.id)).toEqual(['sw-new']);
  });
});

describe('commitImport', () => {
  it('stores the planned sightings as one local feed named after the file, by the analyst', async () => {
    await setAnalystName(database, 'Olena');
    const { plan } = await checkImport(database, prepared([feature('a'), feature('b')]), { ids: [], urls: [] });
    const outcome = await commitImport(database, 'week.geojson', plan);
    expect(outcome.kind).toBe('stored');
    const [feed] = await listLocalFeeds(database);
    expect(feed).toMatchObject({ name: 'week.geojson', sourceFileName: 'week.geojson', count: 2 });
    expect(outcome).toEqual({ kind: 'stored', feedId: feed!.id });
    expect((await listLocalSightings(database, feed!.id)).map((s) => [s.id, s.createdBy])).toEqual([
      ['a', 'Olena'],
      ['b', 'Olena'],
    ]);
  });

  it('stores nothing when cancelled part-way through the chunks', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `s${i}`);
    const { plan } = await checkImport(database, prepared(ids.map((id) => feature(id))), { ids: [], urls: [] });
    const seen: number[] = [];
    const outcome = await commitImport(database, 'big.geojson', plan, {
      chunkSize: 2,
      onStored: (stored) => seen.push(stored),
      isCancelled: () => seen.length >= 2,
    });
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(seen).toEqual([2, 4]);
    expect(await database.localSightings.count()).toBe(0);
    expect(await database.localFeeds.count()).toBe(0);
    expect(await database.history.count()).toBe(0);
  });

  it('reports a write failure as one sentence for the analyst and stores nothing', async () => {
    const { plan } = await checkImport(database, prepared([feature('a'), feature('b')]), { ids: [], urls: [] });
    // Another tab stored "b" between the check and the write: the key conflict aborts it all.
    await importLocalFeed(database, { feed: { id: 'import:other', name: 'other' }, features: [feature('b') as never] }, 'anna');
    const outcome = await commitImport(database, 'week.geojson', plan);
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/^Nothing was stored\. /);
    expect((await listLocalFeeds(database)).map((f) => f.id)).toEqual(['import:other']);
  });
});

describe('checkImport progress', () => {
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

  it('finds the stored sightings chunk by chunk when the file is larger than the workspace (stored keys scanned)', async () => {
    await importLocalFeed(database, { feed: { id: 'import:old', name: 'old' }, features: ids('s', 7).map((id) => feature(id) as never) }, 'anna');
    const file = prepared([...ids('s', 7), ...ids('n', 5)].map((id) => feature(id)));
    const shares: number[] = [];
    const { plan } = await checkImport(database, file, { ids: [], urls: [] }, (share) => shares.push(share), 3);
    expect(plan.duplicates.alreadyStored).toBe(7);
    expect(plan.toStore.map((f) => f.id)).toEqual(ids('n', 5));
    expect(shares).toEqual([3 / 7, 6 / 7, 1]);
  });

  it('looks the file’s ids up chunk by chunk when the workspace is larger than the file', async () => {
    await importLocalFeed(database, { feed: { id: 'import:old', name: 'old' }, features: ids('s', 12).map((id) => feature(id) as never) }, 'anna');
    const file = prepared(['s001', 'x', 's011', 'y', 'z'].map((id) => feature(id)));
    const shares: number[] = [];
    const { plan } = await checkImport(database, file, { ids: [], urls: [] }, (share) => shares.push(share), 2);
    expect(plan.toStore.map((f) => f.id)).toEqual(['x', 'y', 'z']);
    expect(shares).toEqual([0.4, 0.8, 1]);
  });
});
