import { describe, expect, it } from 'vitest';
import { mergeAnnotations, type StoredAnnotation } from './merge-annotation';
import type { ImportedAnnotation } from './read-annotation';

const TITLE = 'Armour near Kalinkavichy';

function mine(overrides: Partial<StoredAnnotation> = {}): StoredAnnotation {
  return {
    sightingId: 's-1',
    pinned: false,
    note: 'Mine.',
    tags: ['a'],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-10T00:00:00.000Z',
    updatedBy: 'me',
    ...overrides,
  };
}

function theirs(overrides: Partial<ImportedAnnotation> = {}): ImportedAnnotation {
  return {
    sightingId: 's-1',
    pinned: false,
    note: 'Theirs.',
    tags: ['a'],
    createdAt: '2024-01-02T00:00:00.000Z',
    updatedAt: '2024-01-20T00:00:00.000Z',
    updatedBy: 'colleague',
    ...overrides,
  };
}

describe('mergeAnnotations notes', () => {
  it('keeps both notes with a separator naming the other author and time', () => {
    const outcome = mergeAnnotations(mine(), theirs(), TITLE);
    expect(outcome.annotation.note).toBe('Mine.\n\n— Note from colleague, 2024-01-20T00:00:00.000Z (brief "Armour near Kalinkavichy") —\nTheirs.');
    expect(outcome.notesCombined).toBe(true);
  });

  it('does not repeat a note the other already contains', () => {
    expect(mergeAnnotations(mine({ note: 'Mine. Theirs.' }), theirs(), TITLE)).toMatchObject({ changed: false, notesCombined: false });
    const longer = mergeAnnotations(mine({ note: 'Theirs' }), theirs({ note: 'Theirs, and more.' }), TITLE);
    expect(longer.annotation.note).toBe('Theirs, and more.');
    expect(longer.what).toBe("took the brief's note, which contains this one");
  });

  it('is stable: merging the same brief note into an already combined note changes nothing', () => {
    const once = mergeAnnotations(mine(), theirs(), TITLE).annotation;
    expect(mergeAnnotations(once, theirs(), TITLE).changed).toBe(false);
  });

  it("takes the brief's note when the workspace has none", () => {
    expect(mergeAnnotations(mine({ note: '' }), theirs(), TITLE).annotation.note).toBe('Theirs.');
  });
});

describe('mergeAnnotations tags, pin and bookkeeping', () => {
  it('unites tags in order, pins if either pinned, keeps the earliest creation and the newest edit', () => {
    const outcome = mergeAnnotations(mine({ tags: ['a', 'b'] }), theirs({ tags: ['c', 'a', 'c'], pinned: true }), TITLE);
    expect(outcome.annotation).toMatchObject({
      tags: ['a', 'b', 'c'],
      pinned: true,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-20T00:00:00.000Z',
      updatedBy: 'colleague',
    });
    expect(outcome.what).toContain('added tags c');
    expect(outcome.what).toContain('pinned');
  });
});

describe('mergeAnnotations status and corrections', () => {
  it("takes the brief's status when the brief's annotation is newer", () => {
    const outcome = mergeAnnotations(mine({ status: 'disputed' }), theirs({ status: 'confirmed' }), TITLE);
    expect(outcome.annotation.status).toBe('confirmed');
    expect(outcome.statusFrom).toBe('brief');
    expect(outcome.what).toContain("status disputed → confirmed (the brief's, by colleague at 2024-01-20T00:00:00.000Z, is newer)");
  });

  it("keeps the workspace's status when the workspace's annotation is newer, or as recent", () => {
    const older = mergeAnnotations(mine({ status: 'disputed' }), theirs({ status: 'confirmed', updatedAt: '2024-01-05T00:00:00.000Z' }), TITLE);
    expect(older.annotation.status).toBe('disputed');
    expect(older.statusFrom).toBe('workspace');
    const tie = mergeAnnotations(mine({ status: 'disputed' }), theirs({ status: 'confirmed', updatedAt: '2024-01-10T00:00:00.000Z' }), TITLE);
    expect(tie.annotation.status).toBe('disputed');
  });

  it('falls back to the older status when the newer annotation has none', () => {
    expect(mergeAnnotations(mine({ status: 'disinformation' }), theirs(), TITLE).annotation.status).toBe('disinformation');
  });

  it('takes the corrected location and equipment of the newer annotation', () => {
    const outcome = mergeAnnotations(
      mine({ correctedLocation: { lon: 29, lat: 52 }, correctedEquipment: [{ kind: 'tank', count: 4 }] }),
      theirs({ correctedLocation: { lon: 29.3, lat: 52.1, uncertaintyKm: 1 } }),
      TITLE,
    );
    expect(outcome.annotation.correctedLocation).toEqual({ lon: 29.3, lat: 52.1, uncertaintyKm: 1 });
    expect(outcome.annotation.correctedEquipment).toEqual([{ kind: 'tank', count: 4 }]);
    expect(outcome.what).toContain('corrected location from the brief');
    expect(outcome.what).not.toContain('corrected equipment');
  });
});
