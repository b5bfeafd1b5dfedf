import { describe, expect, it } from 'vitest';
import { describeAnnotationChange, describeAnnotationDiff } from './describe-change';

const base = { sightingId: 's1', pinned: false, note: '', tags: [] as string[] };

describe('describeAnnotationDiff', () => {
  it('names a new pin on a new annotation', () => {
    expect(describeAnnotationDiff(null, { ...base, pinned: true })).toEqual(['pinned']);
  });

  it('tells added, edited and cleared notes apart', () => {
    expect(describeAnnotationDiff(base, { ...base, note: 'a' })).toEqual(['note added']);
    expect(describeAnnotationDiff({ ...base, note: 'a' }, { ...base, note: 'ab' })).toEqual(['note edited']);
    expect(describeAnnotationDiff({ ...base, note: 'a' }, base)).toEqual(['note cleared']);
  });

  it('lists tags added and removed', () => {
    expect(describeAnnotationDiff({ ...base, tags: ['tanks', 'night'] }, { ...base, tags: ['tanks', 'fuel', 'ew'] })).toEqual([
      'tags “fuel”, “ew” added',
      'tag “night” removed',
    ]);
  });

  it('describes status, location and equipment corrections and their resets', () => {
    const corrected = {
      ...base,
      status: 'confirmed',
      correctedLocation: { lon: 29.25, lat: 52.05, uncertaintyKm: 2 },
      correctedEquipment: [{ kind: 'tank', model: 'T-72B3', count: 4 }, { kind: 'fuel' }],
    };
    expect(describeAnnotationDiff(base, corrected)).toEqual([
      'status set to Confirmed',
      'location corrected to 52.05, 29.25 (± 2 km)',
      'equipment corrected to 4× T-72B3 (tank), fuel',
    ]);
    expect(describeAnnotationDiff(corrected, base)).toEqual([
      "status reset to the feed's",
      "location reset to the feed's",
      "equipment reset to the feed's",
    ]);
  });

  it('says what a deletion took away, or just that it removed an empty annotation', () => {
    expect(describeAnnotationDiff({ ...base, pinned: true, tags: ['fuel'] }, null)).toEqual(['unpinned', 'tag “fuel” removed']);
    expect(describeAnnotationDiff(base, null)).toEqual(['annotation removed']);
  });

  it('survives records with missing or mistyped fields', () => {
    expect(describeAnnotationDiff({ tags: 'x' }, { pinned: 1, tags: ['a', 3] })).toEqual(['pinned', 'tag “a” added']);
  });
});

describe('describeAnnotationChange', () => {
  it('capitalises an edit and joins its parts', () => {
    expect(describeAnnotationChange({ action: 'update', before: base, after: { ...base, pinned: true, note: 'x' } })).toBe('Pinned; note added');
  });

  it('describes an undone creation by what it took away', () => {
    expect(describeAnnotationChange({ action: 'undo', before: { ...base, tags: ['fuel'] }, after: null })).toBe('Undo: tag “fuel” removed');
  });

  it('prefixes undo entries, describing the state the undo restored', () => {
    expect(describeAnnotationChange({ action: 'undo', before: { ...base, tags: ['tanks'] }, after: base })).toBe('Undo: tag “tanks” removed');
  });

  it('says so when nothing visible changed', () => {
    expect(describeAnnotationChange({ action: 'update', before: base, after: base })).toBe('No visible change');
  });
});
