import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { STORAGE_ERROR_MESSAGES, classifyStorageError } from './classify-storage-error.ts';

const kindOf = (error: unknown): string => classifyStorageError(error).kind;

describe('classifyStorageError', () => {
  describe('quota', () => {
    it('recognises the DOMException by name and by legacy code 22', () => {
      expect(kindOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
      expect(kindOf({ name: 'Error', code: 22, message: 'legacy' })).toBe('quota');
    });

    it("recognises Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED", () => {
      expect(kindOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe('quota');
    });

    it("recognises Dexie's QuotaExceededError", () => {
      expect(kindOf(new Dexie.QuotaExceededError('full'))).toBe('quota');
    });

    it("recognises a quota error wrapped in Dexie's AbortError (.inner), even two levels deep", () => {
      const inner = new DOMException('full', 'QuotaExceededError');
      expect(kindOf(new Dexie.AbortError('Transaction aborted', inner))).toBe('quota');
      expect(kindOf(new Dexie.AbortError('outer', new Dexie.AbortError('mid', inner)))).toBe('quota');
    });

    it('recognises a quota error as a cause or inside a BulkError', () => {
      expect(kindOf(new Error('save failed', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe('quota');
      expect(kindOf(new Dexie.BulkError('bulkAdd failed', { 3: new DOMException('x', 'QuotaExceededError') }))).toBe('quota');
    });

    it('gives the analyst the quota explanation', () => {
      expect(classifyStorageError(new DOMException('x', 'QuotaExceededError')).message).toBe(STORAGE_ERROR_MESSAGES.quota);
    });
  });

  it('recognises a newer schema in another tab (VersionError, VersionChangeError)', () => {
    expect(kindOf(new DOMException('lower version', 'VersionError'))).toBe('version-change');
    expect(kindOf(new Dexie.VersionError('x'))).toBe('version-change');
    expect(kindOf(new Dexie.VersionChangeError())).toBe('version-change');
  });

  it('prefers the version change over the closed connection it caused', () => {
    expect(kindOf(new Dexie.DatabaseClosedError(new DOMException('x', 'VersionError')))).toBe('version-change');
  });

  it('recognises a blocked upgrade or open', () => {
    expect(kindOf({ type: 'blocked', oldVersion: 10, newVersion: 20 })).toBe('blocked');
    expect(kindOf(new Dexie.OpenFailedError('open failed', { name: 'BlockedError' }))).toBe('blocked');
  });

  it('recognises a closed database', () => {
    const info = classifyStorageError(new Dexie.DatabaseClosedError());
    expect(info).toEqual({ kind: 'closed', message: STORAGE_ERROR_MESSAGES.closed });
  });

  it('reports anything else as unknown, keeping its message', () => {
    expect(classifyStorageError(new Dexie.ConstraintError('Key already exists in the object store.'))).toEqual({
      kind: 'unknown',
      message: 'Saving to the workspace failed: Key already exists in the object store.',
    });
    expect(classifyStorageError('boom')).toEqual({ kind: 'unknown', message: 'Saving to the workspace failed: boom' });
    expect(classifyStorageError(new DOMException('no clone', 'DataCloneError')).kind).toBe('unknown');
  });

  it('survives a self-referencing error', () => {
    const loop: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'loop' };
    loop.inner = loop;
    expect(kindOf(loop)).toBe('unknown');
  });
});
