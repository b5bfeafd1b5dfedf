import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, createDatabase, db, type DatabaseDeps } from './database.ts';
import { readLocalFeedPages } from './workspace-reads.ts';
import { classifyStorageError } from './classify-storage-error.ts';
import { createTestDeps } from './test-database.ts';

const NAME = 'railwatch-upgrade';

/** A database exactly as a v1 build of railwatch left it. */
async function seedV1(deps: DatabaseDeps, seed: (v1: Dexie) => Promise<void>): Promise<void> {
  const v1 = new Dexie(NAME, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await seed(v1);
  v1.close();
}

const v1Annotations = [
  {
    sightingId: 'tt-001',
    pinned: true,
    note: 'Tigr-M on flatcars, Kalinkovichi',
    tags: ['Tigr', ' tigr ', 'Border  40km'],
    status: 'geolocated',
    correctedLocation: { lon: 29.33, lat: 52.13, uncertaintyKm: 1.5 },
    updatedAt: '2022-02-01T09:00:00.000Z',
    updatedBy: 'anna',
  },
  {
    sightingId: 'tg-002',
    pinned: false,
    note: '',
    tags: [],
    status: 'unverifiable',
    correctedEquipment: [{ kind: 'fuel', count: 20 }],
    updatedAt: '2022-02-03T12:30:00.000Z',
    updatedBy: 'boris',
    legacyExtra: 'kept',
  },
];

const otherTables = {
  localSightings: [
    {
      id: 'local-1',
      feedId: 'local',
      feature: { type: 'Feature', id: 'local-1', geometry: { type: 'Point', coordinates: [27.5, 53.9] }, properties: { x: 1 } },
      createdAt: '2022-02-01T00:00:00.000Z',
      createdBy: 'anna',
    },
  ],
  localFeeds: [{ id: 'import:1', name: 'file.geojson', kind: 'import', createdAt: '2022-02-01T00:00:00.000Z', count: 0 }],
  feeds: [{ id: 'f1', name: 'Sample', url: 'https://example.org/feed.json', enabled: true, refreshMinutes: 15, createdAt: '2022-02-01T00:00:00.000Z', order: 0 }],
  feedSnapshots: [{ feedId: 'f1', url: 'https://example.org/feed.json', fetchedAt: '2022-02-01T00:00:00.000Z', body: '{"type":"FeatureCollection","features":[]}' }],
  briefs: [{ id: 'b1', title: 'Week 6', summary: 'Build-up', author: 'anna', sightingIds: ['tt-001'], createdAt: '2022-02-05T00:00:00.000Z', updatedAt: '2022-02-05T00:00:00.000Z' }],
  overlays: [{ id: 'o1', name: 'OSM rail', geojson: { type: 'FeatureCollection', features: [] }, featureCount: 0, bbox: null, createdAt: '2022-02-01T00:00:00.000Z', visible: true }],
  tracks: [{ id: 't1', name: 'Echelon A', sightingIds: ['tt-001', 'tg-002'], createdAt: '2022-02-01T00:00:00.000Z', updatedAt: '2022-02-01T00:00:00.000Z' }],
  history: [{ seq: 1, at: '2022-02-01T09:00:00.000Z', by: 'anna', entity: 'annotation', entityId: 'tt-001', action: 'update', before: null, after: { note: 'x' } }],
  settings: [{ key: 'analystName', value: 'anna' }],
} as const;

describe('createDatabase', () => {
  it('opens a fresh database at the current version with every table', async () => {
    const database = createDatabase(NAME, createTestDeps());
    await database.open();
    expect(database.verno).toBe(CURRENT_VERSION);
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      ['annotations', 'briefs', 'feedSnapshots', 'feeds', 'history', 'localFeeds', 'localSightings', 'overlays', 'settings', 'tracks'],
    );
    database.close();
  });

  it('opens every transaction with strict durability so resolved writes are flushed', async () => {
    const database = createDatabase(NAME, createTestDeps());
    const durability = await database.transaction('rw', database.settings, () => {
      const idbtrans = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans;
      return idbtrans.durability;
    });
    expect(durability).toBe('strict');
    database.close();
  });

  it('creates the app database lazily, once', () => {
    expect(db()).toBe(db());
    expect(db().name).toBe('railwatch');
  });
});

describe('upgrade from v1', () => {
  it('migrates every annotation and leaves every other record as it was', async () => {
    const deps = createTestDeps();
    await seedV1(deps, async (v1) => {
      await v1.table('annotations').bulkAdd(v1Annotations);
      for (const [table, rows] of Object.entries(otherTables)) await v1.table(table).bulkAdd([...rows]);
    });

    const database = createDatabase(NAME, deps);
    await database.open();
    expect(database.verno).toBe(CURRENT_VERSION);

    expect(await database.annotations.orderBy('sightingId').toArray()).toEqual([
      {
        sightingId: 'tg-002',
        pinned: false,
        note: '',
        tags: [],
        status: 'unverifiable',
        correctedEquipment: [{ kind: 'fuel', count: 20 }],
        createdAt: '2022-02-03T12:30:00.000Z',
        updatedAt: '2022-02-03T12:30:00.000Z',
        updatedBy: 'boris',
        legacyExtra: 'kept',
      },
      {
        sightingId: 'tt-001',
        pinned: true,
        note: 'Tigr-M on flatcars, Kalinkovichi',
        tags: ['tigr', 'border 40km'],
        status: 'geolocated',
        correctedLocation: { lon: 29.33, lat: 52.13, uncertaintyKm: 1.5 },
        createdAt: '2022-02-01T09:00:00.000Z',
        updatedAt: '2022-02-01T09:00:00.000Z',
        updatedBy: 'anna',
      },
    ]);
    for (const [table, rows] of Object.entries(otherTables)) {
      expect(await database.table(table).toArray(), table).toEqual(rows);
    }
    // v3's index: the stored local sightings are read a page at a time per feed.
    const pages: string[][] = [];
    for await (const page of readLocalFeedPages(database, 'local', 10)) pages.push(page.map((record) => record.id));
    expect(pages).toEqual([['local-1']]);
    expect(await database.localSightings.where('feedId').equals('local').count()).toBe(1);
    database.close();
  });

  it('makes the new createdAt index and the normalised tags queryable', async () => {
    const deps = createTestDeps();
    await seedV1(deps, (v1) => v1.table('annotations').bulkAdd(v1Annotations).then(() => undefined));
    const database = createDatabase(NAME, deps);

    const byCreated = await database.annotations.orderBy('createdAt').primaryKeys();
    expect(byCreated).toEqual(['tt-001', 'tg-002']);
    expect(await database.annotations.where('tags').equals('tigr').primaryKeys()).toEqual(['tt-001']);
    database.close();
  });

  it('leaves an empty v1 database openable and empty', async () => {
    const deps = createTestDeps();
    await seedV1(deps, async () => undefined);
    const database = createDatabase(NAME, deps);
    expect(await database.annotations.count()).toBe(0);
    expect(database.verno).toBe(CURRENT_VERSION);
    database.close();
  });
});

describe('two tabs', () => {
  it('lets a newer tab upgrade while an older one is open', async () => {
    const deps = createTestDeps();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const oldTab = new Dexie(NAME, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    oldTab.version(1).stores(SCHEMA_V1);
    await oldTab.table('annotations').add(v1Annotations[0]);

    const newTab = createDatabase(NAME, deps);
    await newTab.open();
    expect(newTab.verno).toBe(CURRENT_VERSION);
    expect((await newTab.annotations.get('tt-001'))?.tags).toEqual(['tigr', 'border 40km']);
    newTab.close();
    oldTab.close();
    warn.mockRestore();
  });

  it('stops this build from writing once a newer build upgraded the database', async () => {
    const deps = createTestDeps();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const thisTab = createDatabase(NAME, deps);
    await thisTab.settings.put({ key: 'theme', value: 'light' });

    const futureTab = new Dexie(NAME, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
    futureTab.version(1).stores(SCHEMA_V1);
    futureTab.version(2).stores(SCHEMA_V2);
    futureTab.version(3).stores(SCHEMA_V3);
    futureTab.version(4).stores({ settings: 'key, value' });
    await futureTab.open();

    const failure = await thisTab.settings.put({ key: 'theme', value: 'dark' }).then(
      () => 'written',
      (error: unknown) => error,
    );
    expect(classifyStorageError(failure).kind).toBe('version-change');
    expect(await futureTab.table('settings').get('theme')).toEqual({ key: 'theme', value: 'light' });
    // A fresh tab of this build is refused too, instead of opening the newer schema.
    await expect(createDatabase(NAME, deps).open()).rejects.toThrow(/upgraded to schema 4 by a newer railwatch/);
    futureTab.close();
    warn.mockRestore();
  });
});
