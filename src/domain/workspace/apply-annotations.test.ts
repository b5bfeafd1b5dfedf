import { describe, expect, it } from 'vitest';
import type { Sighting } from '../sighting/sighting-schema';
import { applyAnnotations } from './apply-annotations';
import type { SightingAnnotation } from './workspace-sighting';

function createSighting(overrides: Partial<Sighting> = {}): Sighting {
  return {
    id: 's1',
    lon: 29.1,
    lat: 52.0,
    hashtags: [],
    equipment: [{ kind: 'tank', model: 'T-72B3', count: 4, evidence: '#танки' }],
    militaryEchelon: true,
    status: 'unverified',
    uncertaintyKm: 5,
    precision: 'town',
    derived: { equipment: true, locomotive: false, operator: false },
    extra: {},
    ...overrides,
  };
}

function createAnnotation(overrides: Partial<SightingAnnotation> = {}): SightingAnnotation {
  return { sightingId: 's1', pinned: false, note: '', tags: [], ...overrides };
}

describe('applyAnnotations', () => {
  it('returns the very same objects for sightings without an annotation', () => {
    const a = createSighting({ id: 'a' });
    const b = createSighting({ id: 'b' });
    const result = applyAnnotations([a, b], [createAnnotation({ sightingId: 'b', pinned: true })]);
    expect(result[0]).toBe(a);
    expect(result[1]).not.toBe(b);
    expect(result[1]?.annotation?.pinned).toBe(true);
  });

  it('does not modify the feed sighting it annotates', () => {
    const sighting = createSighting();
    const before = structuredClone(sighting);
    applyAnnotations([sighting], [createAnnotation({ status: 'confirmed', correctedLocation: { lon: 30, lat: 51 }, correctedEquipment: [] })]);
    expect(sighting).toEqual(before);
  });

  it("shows the analyst's status and keeps the feed's in feedStatus", () => {
    const [result] = applyAnnotations([createSighting({ status: 'geolocated' })], [createAnnotation({ status: 'unverifiable' })]);
    expect(result?.status).toBe('unverifiable');
    expect(result?.feedStatus).toBe('geolocated');
  });

  it('marks a status as the analyst\'s even when it agrees with the feed', () => {
    const [result] = applyAnnotations([createSighting({ status: 'confirmed' })], [createAnnotation({ status: 'confirmed' })]);
    expect(result?.status).toBe('confirmed');
    expect(result?.feedStatus).toBe('confirmed');
  });

  it("keeps the feed's status, without feedStatus, when the analyst set none", () => {
    const [result] = applyAnnotations([createSighting({ status: 'disputed' })], [createAnnotation({ note: 'seen twice' })]);
    expect(result?.status).toBe('disputed');
    expect(result).not.toHaveProperty('feedStatus');
    expect(result?.annotation?.note).toBe('seen twice');
  });

  it('moves a corrected sighting and keeps where the feed put it', () => {
    const [result] = applyAnnotations([createSighting()], [createAnnotation({ correctedLocation: { lon: 29.25, lat: 52.05, uncertaintyKm: 1.5 } })]);
    expect(result).toMatchObject({ lon: 29.25, lat: 52.05, uncertaintyKm: 1.5, feedLon: 29.1, feedLat: 52.0, feedUncertaintyKm: 5 });
    expect(result).not.toHaveProperty('precision');
  });

  it('drops the feed uncertainty when the corrected location states none', () => {
    const [result] = applyAnnotations([createSighting()], [createAnnotation({ correctedLocation: { lon: 29.25, lat: 52.05 } })]);
    expect(result).not.toHaveProperty('uncertaintyKm');
    expect(result?.feedUncertaintyKm).toBe(5);
  });

  it('ignores a stored location that is out of range', () => {
    const [result] = applyAnnotations([createSighting()], [createAnnotation({ correctedLocation: { lon: 200, lat: Number.NaN } })]);
    expect(result).toMatchObject({ lon: 29.1, lat: 52.0, uncertaintyKm: 5 });
    expect(result).not.toHaveProperty('feedLon');
  });

  it('ignores a stored status this build does not know', () => {
    const annotation = createAnnotation({ status: 'sus' as never });
    const [result] = applyAnnotations([createSighting({ status: 'geolocated' })], [annotation]);
    expect(result?.status).toBe('geolocated');
    expect(result).not.toHaveProperty('feedStatus');
  });

  it('replaces the equipment, no longer marked as derived, and keeps the feed list', () => {
    const sighting = createSighting();
    const [result] = applyAnnotations(
      [sighting],
      [createAnnotation({ correctedEquipment: [{ kind: 'fuel', count: 6 }, { kind: 'drone', model: ' ' }, { kind: 'tank', model: 'T-80', count: -1 }] })],
    );
    expect(result?.equipment).toEqual([{ kind: 'fuel', count: 6 }, { kind: 'other', model: 'drone' }, { kind: 'tank', model: 'T-80' }]);
    expect(result?.derived.equipment).toBe(false);
    expect(result?.feedEquipment).toEqual(sighting.equipment);
  });

  it('takes an empty corrected list to mean "no equipment"', () => {
    const [result] = applyAnnotations([createSighting()], [createAnnotation({ correctedEquipment: [] })]);
    expect(result?.equipment).toEqual([]);
  });

  it('ignores annotations whose sighting is not in the list', () => {
    const sighting = createSighting();
    const result = applyAnnotations([sighting], [createAnnotation({ sightingId: 'elsewhere', pinned: true })]);
    expect(result).toEqual([sighting]);
    expect(result[0]).toBe(sighting);
  });
});
