import { describe, expect, it } from 'vitest';
import { estimateStorageUsage, requestPersistentStorage, type StorageManagerLike } from './storage-persistence.ts';

function fakeStorage(overrides: Partial<StorageManagerLike>): StorageManagerLike & { persistCalls: number } {
  const storage = {
    persistCalls: 0,
    persisted: async () => false,
    persist: async () => {
      storage.persistCalls += 1;
      return true;
    },
    estimate: async () => ({ usage: 1_000, quota: 10_000 }),
    ...overrides,
  };
  return storage;
}

describe('requestPersistentStorage', () => {
  it('does not ask again when storage is already persistent', async () => {
    const storage = fakeStorage({ persisted: async () => true });
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(storage.persistCalls).toBe(0);
  });

  it('asks and reports the answer', async () => {
    expect(await requestPersistentStorage(fakeStorage({}))).toBe('persisted');
    expect(await requestPersistentStorage(fakeStorage({ persist: async () => false }))).toBe('not-persisted');
  });

  it('reports unsupported without a StorageManager and not-persisted when it throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage(fakeStorage({ persist: () => Promise.reject(new Error('denied')) }))).toBe('not-persisted');
  });
});

describe('estimateStorageUsage', () => {
  it('returns usage and quota in bytes', async () => {
    expect(await estimateStorageUsage(fakeStorage({}))).toEqual({ usageBytes: 1_000, quotaBytes: 10_000 });
  });

  it('is undefined when the browser will not say', async () => {
    expect(await estimateStorageUsage(undefined)).toBeUndefined();
    expect(await estimateStorageUsage(fakeStorage({ estimate: async () => ({}) }))).toBeUndefined();
    expect(await estimateStorageUsage(fakeStorage({ estimate: () => Promise.reject(new Error('x')) }))).toBeUndefined();
  });
});
