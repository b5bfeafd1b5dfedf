import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import { deleteSetting, getAnalystName, getSetting, setAnalystName, setSetting } from './settings-repository.ts';
import { createTestDatabase } from './test-database.ts';

let database: RailwatchDb;
beforeEach(() => {
  database = createTestDatabase();
});

const isTheme = (v: unknown): v is 'light' | 'dark' => v === 'light' || v === 'dark';

describe('settings', () => {
  it('returns the fallback until a value is set, then the value', async () => {
    expect(await getSetting(database, 'theme', 'light')).toBe('light');
    await setSetting(database, 'theme', 'dark');
    expect(await getSetting(database, 'theme', 'light')).toBe('dark');
  });

  it('returns the fallback when the stored value fails the guard', async () => {
    await setSetting(database, 'theme', 'neon');
    expect(await getSetting(database, 'theme', 'light', isTheme)).toBe('light');
  });

  it('stores structured values and deletes them', async () => {
    await setSetting(database, 'lastView', { lon: 27.5, lat: 53.9, zoom: 6 });
    expect(await getSetting(database, 'lastView', null)).toEqual({ lon: 27.5, lat: 53.9, zoom: 6 });
    await deleteSetting(database, 'lastView');
    expect(await getSetting(database, 'lastView', null)).toBeNull();
  });

  it('keeps the analyst name trimmed and defaults to empty', async () => {
    expect(await getAnalystName(database)).toBe('');
    await setAnalystName(database, '  Anna K ');
    expect(await getAnalystName(database)).toBe('Anna K');
  });
});
