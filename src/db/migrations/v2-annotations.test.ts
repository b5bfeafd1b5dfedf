import { describe, expect, it } from 'vitest';
import { migrateAnnotationV1toV2, type AnnotationV1 } from './v2-annotations.ts';

function v1(overrides: Partial<AnnotationV1> = {}): AnnotationV1 {
  return {
    sightingId: 's-1',
    pinned: true,
    note: 'Echelon with T-72B3, heading south',
    tags: [],
    updatedAt: '2022-02-10T08:00:00.000Z',
    updatedBy: 'anna',
    ...overrides,
  };
}

describe('migrateAnnotationV1toV2', () => {
  it('copies updatedAt into the new createdAt', () => {
    expect(migrateAnnotationV1toV2(v1()).createdAt).toBe('2022-02-10T08:00:00.000Z');
  });

  it('keeps an existing createdAt rather than overwriting it', () => {
    const out = migrateAnnotationV1toV2(v1({ createdAt: '2022-01-01T00:00:00.000Z' }));
    expect(out.createdAt).toBe('2022-01-01T00:00:00.000Z');
  });

  it('trims, lower-cases, collapses spaces and deduplicates tags, first occurrence first', () => {
    const out = migrateAnnotationV1toV2(v1({ tags: [' Tanks', 'tanks ', 'Fuel  Train', '', '   ', '#ТАНКИ', '#танки'] }));
    expect(out.tags).toEqual(['tanks', 'fuel train', '#танки']);
  });

  it('drops non-string tags and treats missing tags as none', () => {
    expect(migrateAnnotationV1toV2(v1({ tags: ['a', 3, null] as unknown as string[] })).tags).toEqual(['a']);
    expect(migrateAnnotationV1toV2(v1({ tags: undefined as unknown as string[] })).tags).toEqual([]);
  });

  it('carries every other field through unchanged, unknown ones included', () => {
    const record = v1({
      status: 'unverifiable',
      correctedLocation: { lon: 27.7, lat: 52.1, uncertaintyKm: 2 },
      correctedEquipment: [{ kind: 'tank', model: 'T-72B3', count: 12 }],
      futureField: { kept: true },
    });
    expect(migrateAnnotationV1toV2(record)).toEqual({ ...record, tags: [], createdAt: record.updatedAt });
  });

  it('does not mutate its input', () => {
    const record = v1({ tags: ['A'] });
    migrateAnnotationV1toV2(record);
    expect(record.tags).toEqual(['A']);
    expect('createdAt' in record).toBe(false);
  });
});
