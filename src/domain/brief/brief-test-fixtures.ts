import { parseFeed } from '../sighting/parse-feed';
import type { Sighting } from '../sighting/sighting-schema';
import type { BriefAnnotation, BuildBriefInput } from './build-brief';

/*
 * Test fixtures for the brief: sightings made the way the app makes them (through parseFeed),
 * so the tests see real Sighting objects, derived values and extras included.
 */

export const FIXED_NOW = new Date('2024-03-01T12:00:00.000Z');

/** Feed features: a fully described TikTok post, a caption-only Telegram post, one with no id. */
export function feedFeatures(): unknown[] {
  return [
    {
      type: 'Feature',
      id: 'tt-1',
      geometry: { type: 'Point', coordinates: [29.25, 52.05] },
      properties: {
        observedAt: '2022-01-18T09:30:00Z',
        postedAt: '2022-01-18T11:00:00Z',
        source: {
          platform: 'tiktok',
          url: 'https://www.tiktok.com/@ivan_rail/video/7054',
          author: 'ivan_rail',
          caption: 'Эшелон с танками, снял @ivan_rail',
          hashtags: ['военныйэшелон'],
          archivedUrl: 'https://archive.ph/abc12',
          reposts: 12,
        },
        place: 'Kalinkavichy',
        locationPrecision: { level: 'approximate', uncertaintyKm: 2, method: 'shadows' },
        heading: 'SE',
        equipment: [{ kind: 'tank', model: 'T-72B3', count: 10 }],
        wagons: 30,
        status: 'geolocated',
        verifiedBy: 'GeoConfirmed',
        annotation: 'a feed property that clashes with a railwatch member',
      },
    },
    {
      type: 'Feature',
      id: 'tg-2',
      geometry: { type: 'Point', coordinates: [27.12345678, 51.9] },
      properties: {
        observedAt: '2022-01-20',
        source: { platform: 'telegram', url: 'https://t.me/railspotter/881', caption: 'Снова #бтр и #вл10 на станции' },
        status: 'unverified',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [30.5, 51.5] },
      properties: { place: 'Nowhere in particular', status: 'disputed', channelName: 'leaky_channel' },
    },
  ];
}

export function feedSightings(): Sighting[] {
  const result = parseFeed({ type: 'FeatureCollection', features: feedFeatures() });
  if (!result.ok) throw new Error(result.error.message);
  return result.sightings;
}

export function annotationFor(sightingId: string, overrides: Partial<BriefAnnotation> = {}): BriefAnnotation {
  return {
    sightingId,
    pinned: false,
    note: '',
    tags: [],
    createdAt: '2024-02-01T08:00:00.000Z',
    updatedAt: '2024-02-01T08:00:00.000Z',
    updatedBy: 'analyst-a',
    ...overrides,
  };
}

/** tt-1 corrected, confirmed and pinned; tg-2 only noted. */
export function workspaceAnnotations(): BriefAnnotation[] {
  return [
    annotationFor('tt-1', {
      pinned: true,
      note: 'Same train as @ivan_rail filmed on the 17th; the yard matches.',
      tags: ['armour', 'kalinkavichy'],
      status: 'confirmed',
      correctedLocation: { lon: 29.3, lat: 52.1, uncertaintyKm: 0.5 },
      correctedEquipment: [{ kind: 'tank', model: 'T-80BV', count: 12 }],
      updatedAt: '2024-02-10T10:00:00.000Z',
    }),
    annotationFor('tg-2', { note: 'Check the station sign.', tags: ['apc'] }),
  ];
}

export function buildInput(overrides: Partial<BuildBriefInput> = {}): BuildBriefInput {
  return {
    brief: {
      id: 'brief-1',
      title: 'Armour near Kalinkavichy',
      summary: 'Two echelons heading south-east.',
      author: 'analyst-a',
      view: { lon: 29, lat: 52, zoom: 7 },
      filters: { statuses: ['confirmed', 'geolocated'], maxBorderKm: 64 },
      createdAt: '2024-02-01T08:00:00.000Z',
      updatedAt: '2024-02-20T16:30:00.000Z',
    },
    sightings: feedSightings(),
    annotations: workspaceAnnotations(),
    feedNamesById: new Map([['tt-1', ['Sample feed', 'GeoConfirmed export']]]),
    distances: new Map([
      ['tt-1', { km: 63.2149, mi: 39.2799 }],
      ['tg-2', { km: 70.04, mi: 43.52 }],
    ]),
    appVersion: '0.1.0',
    now: () => FIXED_NOW,
    ...overrides,
  };
}
