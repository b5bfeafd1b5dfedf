// Workspace preferences (analyst name, theme, ...), one record per key.
import type { RailwatchDb } from './database.ts';

export const SETTING_ANALYST_NAME = 'analystName';
export const SETTING_THEME = 'theme';

/**
 * The stored value, or `fallback` when absent or when `isValid` rejects it (a value written
 * by a newer or older build must not crash this one).
 */
export async function getSetting<T>(db: RailwatchDb, key: string, fallback: T, isValid?: (value: unknown) => value is T): Promise<T> {
  const record = await db.settings.get(key);
  if (!record) return fallback;
  if (isValid && !isValid(record.value)) return fallback;
  return record.value as T;
}

export async function setSetting(db: RailwatchDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export function deleteSetting(db: RailwatchDb, key: string): Promise<void> {
  return db.settings.delete(key);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Who the analyst is, for history entries; '' until they set a name. */
export function getAnalystName(db: RailwatchDb): Promise<string> {
  return getSetting(db, SETTING_ANALYST_NAME, '', isString);
}

export function setAnalystName(db: RailwatchDb, name: string): Promise<void> {
  return setSetting(db, SETTING_ANALYST_NAME, name.trim());
}
