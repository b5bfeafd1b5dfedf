// Test-only: every call gets its own in-memory IndexedDB, so tests never share state.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type DatabaseDeps, type RailwatchDb } from './database.ts';
import type { Clock } from './clock.ts';

export function createTestDeps(): DatabaseDeps {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function createTestDatabase(deps: DatabaseDeps = createTestDeps()): RailwatchDb {
  return createDatabase('railwatch-test', deps);
}

/** A clock that ticks one second per call from a fixed start, for ordered, exact timestamps. */
export function createTestClock(start = '2024-03-01T10:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return () => {
    const iso = new Date(t).toISOString();
    t += 1000;
    return iso;
  };
}
