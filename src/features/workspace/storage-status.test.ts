import { describe, expect, it } from 'vitest';
import { describeStorage, formatBytes, isEvictionLikely } from './storage-status';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_234, '1.2 KB'],
    [12_345, '12 KB'],
    [1_234_567, '1.2 MB'],
    [3_000_000_000, '3.0 GB'],
  ])('%d bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('isEvictionLikely', () => {
  const chrome = { vendor: 'Google Inc.', standalone: false };
  it('is false where persistence was granted outside Safari', () => expect(isEvictionLikely(chrome, 'persisted')).toBe(false));
  it('is true where persistence was refused or is unsupported', () => {
    expect(isEvictionLikely(chrome, 'not-persisted')).toBe(true);
    expect(isEvictionLikely(chrome, 'unsupported')).toBe(true);
  });
  it('is true in Safari in a browser tab even when persisted, false once installed', () => {
    expect(isEvictionLikely({ vendor: 'Apple Computer, Inc.', standalone: false }, 'persisted')).toBe(true);
    expect(isEvictionLikely({ vendor: 'Apple Computer, Inc.', standalone: true }, 'persisted')).toBe(false);
  });
  it('waits for an answer before warning outside Safari', () => expect(isEvictionLikely(chrome, undefined)).toBe(false));
});

describe('describeStorage', () => {
  const usage = { usageBytes: 1_234_567, quotaBytes: 100_000_000 };
  it('says nothing is saved before the first save', () => {
    expect(describeStorage({ hasSavedWork: false, persistence: undefined, usage, evictionLikely: false })).toEqual({
      text: 'Storage: nothing saved yet · 1.2 MB used',
      remindToExport: false,
    });
  });
  it('reports persistent storage and the space used', () => {
    expect(describeStorage({ hasSavedWork: true, persistence: 'persisted', usage, evictionLikely: false })).toEqual({
      text: 'Storage: persistent · 1.2 MB used',
      remindToExport: false,
    });
  });
  it('reminds to export where the browser may clear the workspace', () => {
    expect(describeStorage({ hasSavedWork: true, persistence: 'not-persisted', usage: undefined, evictionLikely: true })).toEqual({
      text: 'Storage: may be cleared by the browser — export a brief regularly',
      remindToExport: true,
    });
  });
  it('adds the share of the quota once storage is 80% full', () => {
    const full = { usageBytes: 90_000_000, quotaBytes: 100_000_000 };
    expect(describeStorage({ hasSavedWork: true, persistence: 'persisted', usage: full, evictionLikely: false }).text).toBe(
      'Storage: persistent · 90 MB used (90% of the space the browser allows)',
    );
  });
});
