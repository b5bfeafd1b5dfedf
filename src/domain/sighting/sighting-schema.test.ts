import { describe, expect, it } from 'vitest';
import { SightingFeatureSchema, SightingFeedSchema } from './sighting-feed-schema';
import { EQUIPMENT_KINDS, PLATFORMS, SIGHTING_STATUSES } from './sighting-schema';

const feature = {
  type: 'Feature',
  id: 'mozyr-2022-01-18',
  geometry: { type: 'Point', coordinates: [29.25, 52.05] },
  properties: {
    observedAt: '2022-01-18T09:30:00+03:00',
    source: { platform: 'telegram', url: 'https://t.me/belzhd_watch/4821', hashtags: ['#вл10'], views: 1200 },
    locationPrecision: { level: 'approximate', uncertaintyKm: 2 },
    heading: 225,
    equipment: [{ kind: 'air-defence', model: 'Pantsir-S1', count: 2, note: 'on flatcars' }],
    wagons: 31,
    status: 'confirmed',
    analystNote: 'kept',
  },
};

describe('sighting schema', () => {
  it('lists the enums of the feed format', () => {
    expect(SIGHTING_STATUSES).toEqual(['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation']);
    expect(PLATFORMS).toEqual(['tiktok', 'telegram', 'vk', 'twitter', 'youtube', 'other']);
    expect(EQUIPMENT_KINDS).toHaveLength(12);
    expect(EQUIPMENT_KINDS).toContain('light-armoured');
  });

  it('accepts a well-formed feature and keeps unknown members at every level', () => {
    const parsed = SightingFeatureSchema.parse(feature);
    expect(parsed.properties?.analystNote).toBe('kept');
    expect(parsed.properties?.source?.views).toBe(1200);
    expect(parsed.properties?.equipment?.[0]?.note).toBe('on flatcars');
  });

  it('accepts a collection with metadata as a foreign member', () => {
    const result = SightingFeedSchema.safeParse({ type: 'FeatureCollection', metadata: { title: 'Sample', illustrative: true }, features: [feature] });
    expect(result.success).toBe(true);
  });

  it.each([
    ['an impossible date', { ...feature, properties: { observedAt: '2022-02-30' } }],
    ['a javascript: link', { ...feature, properties: { source: { url: 'javascript:alert(1)' } } }],
    ['an unknown status', { ...feature, properties: { status: 'probably' } }],
    ['a negative count', { ...feature, properties: { equipment: [{ kind: 'tank', count: -1 }] } }],
    ['a heading over 360', { ...feature, properties: { heading: 400 } }],
    ['a MultiPoint', { ...feature, geometry: { type: 'MultiPoint', coordinates: [[29, 52]] } }],
    ['latitude 91', { ...feature, geometry: { type: 'Point', coordinates: [29, 91] } }],
    ['Infinity', { ...feature, geometry: { type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 52] } }],
  ])('rejects %s', (_label, bad) => {
    expect(SightingFeatureSchema.safeParse(bad).success).toBe(false);
  });
});
