import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { BRIEF_FORMAT, BRIEF_VERSION, type BriefSightingFeature } from './brief-format';
import { buildInput, FIXED_NOW, workspaceAnnotations } from './brief-test-fixtures';
import { buildBrief } from './build-brief';

function sightingFeature(collection: ReturnType<typeof buildBrief>, id: string): BriefSightingFeature {
  const feature = collection.features.find((f) => 'id' in f && f.id === id);
  if (!feature || !('id' in feature)) throw new Error(`no feature ${id}`);
  return feature;
}

function allPositions(collection: ReturnType<typeof buildBrief>): number[][] {
  return collection.features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates));
}

function decimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

const BORDER = [
  [23.60712345, 51.5171],
  [27.5, 51.6],
  [31.765, 52.1],
];

describe('buildBrief envelope', () => {
  it('writes the versioned envelope with the injected clock and the brief fields', () => {
    expect(buildBrief(buildInput()).railwatchBrief).toEqual({
      format: BRIEF_FORMAT,
      version: BRIEF_VERSION,
      id: 'brief-1',
      title: 'Armour near Kalinkavichy',
      summary: 'Two echelons heading south-east.',
      author: 'analyst-a',
      generatedAt: '2024-03-01T12:00:00.000Z',
      appVersion: '0.1.0',
      createdAt: '2024-02-01T08:00:00.000Z',
      updatedAt: '2024-02-20T16:30:00.000Z',
      filters: { statuses: ['confirmed', 'geolocated'], maxBorderKm: 64 },
      view: { lon: 29, lat: 52, zoom: 7 },
      sightingCount: 3,
      options: {},
    });
  });

  it('puts the envelope before the features, so a reader sniffing the head finds it', () => {
    expect(Object.keys(buildBrief(buildInput()))).toEqual(['type', 'railwatchBrief', 'features']);
  });

  it('gives the same text for the same input and clock', () => {
    const first = JSON.stringify(buildBrief(buildInput()));
    expect(JSON.stringify(buildBrief(buildInput()))).toBe(first);
    expect(JSON.stringify(buildBrief(buildInput({ now: () => new Date(FIXED_NOW.getTime() + 1000) })))).not.toBe(first);
  });
});

describe('buildBrief features', () => {
  it('uses the corrected location as geometry and keeps the feed position in originalLocation', () => {
    const feature = sightingFeature(buildBrief(buildInput()), 'tt-1');
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [29.3, 52.1] });
    expect(feature.properties.originalLocation).toEqual([29.25, 52.05]);
    expect(feature.properties.annotation?.correctedLocation).toEqual({ lon: 29.3, lat: 52.1, uncertaintyKm: 0.5 });
  });

  it('keeps the feed status in status and the shown status in railwatchStatus', () => {
    const collection = buildBrief(buildInput());
    expect(sightingFeature(collection, 'tt-1').properties).toMatchObject({ status: 'geolocated', railwatchStatus: 'confirmed' });
    expect(sightingFeature(collection, 'tg-2').properties).toMatchObject({ status: 'unverified', railwatchStatus: 'unverified' });
  });

  it('writes properties in a fixed order: feed fields, unknown feed fields, railwatch members', () => {
    expect(Object.keys(sightingFeature(buildBrief(buildInput()), 'tt-1').properties)).toEqual([
      'observedAt', 'postedAt', 'source', 'place', 'locationPrecision', 'heading', 'equipment', 'wagons', 'status',
      'verifiedBy', 'railwatchStatus', 'annotation', 'originalLocation', 'provenance', 'borderDistance', 'railwatchShadowed',
    ]);
  });

  it('puts unknown source and precision members back inside their objects', () => {
    const { source, locationPrecision } = sightingFeature(buildBrief(buildInput()), 'tt-1').properties;
    expect(source?.reposts).toBe(12);
    expect(locationPrecision).toEqual({ level: 'approximate', uncertaintyKm: 2, method: 'shadows' });
  });

  it('sets aside a feed property whose name clashes with a railwatch member', () => {
    const props = sightingFeature(buildBrief(buildInput()), 'tt-1').properties;
    expect(props.railwatchShadowed).toEqual({ annotation: 'a feed property that clashes with a railwatch member' });
    expect(props.annotation?.status).toBe('confirmed');
  });

  it('writes derived equipment and locomotive under railwatchDerived, not as feed values', () => {
    const props = sightingFeature(buildBrief(buildInput()), 'tg-2').properties;
    expect(props.equipment).toBeUndefined();
    expect(props.locomotive).toBeUndefined();
    expect(props.railwatchDerived).toEqual({ equipment: [{ kind: 'apc-ifv' }], locomotive: 'VL10' });
  });

  it('writes provenance and distances rounded to 0.1', () => {
    const props = sightingFeature(buildBrief(buildInput()), 'tt-1').properties;
    expect(props.provenance).toEqual({
      feeds: ['Sample feed', 'GeoConfirmed export'],
      sourceUrl: 'https://www.tiktok.com/@ivan_rail/video/7054',
      archivedUrl: 'https://archive.ph/abc12',
    });
    expect(props.borderDistance).toEqual({ km: 63.2, mi: 39.3 });
  });

  it('asks the distance function for sightings without a given distance, at the shown position', () => {
    const asked: number[][] = [];
    const collection = buildBrief(buildInput({ distanceKm: (lon, lat) => (asked.push([lon, lat]), 16.0934) }));
    expect(asked).toEqual([[30.5, 51.5]]);
    expect(sightingFeature(collection, 'gen-hgddl7bhtw').properties.borderDistance).toEqual({ km: 16.1, mi: 10 });
  });

  it('leaves borderDistance out when nothing gives a distance', () => {
    expect(sightingFeature(buildBrief(buildInput()), 'gen-hgddl7bhtw').properties.borderDistance).toBeUndefined();
  });

  it('writes each sighting once, in input order', () => {
    const input = buildInput();
    const collection = buildBrief({ ...input, sightings: [...input.sightings, input.sightings[0]!] });
    expect(collection.features.map((f) => ('id' in f ? f.id : null))).toEqual(['tt-1', 'tg-2', 'gen-hgddl7bhtw']);
  });

  it('accepts annotations as a Map or a record keyed by sighting id', () => {
    const map = new Map(workspaceAnnotations().map((a) => [a.sightingId, a]));
    const fromArray = JSON.stringify(buildBrief(buildInput()));
    expect(JSON.stringify(buildBrief(buildInput({ annotations: map })))).toBe(fromArray);
    expect(JSON.stringify(buildBrief(buildInput({ annotations: Object.fromEntries(map) })))).toBe(fromArray);
  });
});

describe('buildBrief as RFC 7946 GeoJSON', () => {
  const collection = buildBrief(buildInput({ includeBorder: BORDER }));
  const text = JSON.stringify(collection);

  it('passes @placemarkio/check-geojson', () => {
    expect(() => check(text)).not.toThrow();
  });

  it('has no crs member anywhere', () => {
    expect(text).not.toContain('"crs"');
  });

  it('writes longitude first: the Kalinkavichy sighting reads [29.25, 52.05]', () => {
    expect(sightingFeature(collection, 'tt-1').properties.originalLocation).toEqual([29.25, 52.05]);
    expect(sightingFeature(buildBrief(buildInput({ annotations: [] })), 'tt-1').geometry.coordinates).toEqual([29.25, 52.05]);
  });

  it('writes at most 6 decimals in every position', () => {
    const positions = allPositions(collection);
    expect(positions.flat().every((n) => decimals(n) <= 6)).toBe(true);
    expect(sightingFeature(collection, 'tg-2').geometry.coordinates).toEqual([27.123457, 51.9]);
  });

  it('adds the border as a reference feature after the sightings, not counted as one', () => {
    const border = collection.features.at(-1);
    expect(border?.properties).toEqual({ role: 'reference', name: 'Belarus–Ukraine border' });
    expect(border?.geometry).toEqual({ type: 'LineString', coordinates: [[23.607123, 51.5171], [27.5, 51.6], [31.765, 52.1]] });
    expect(collection.railwatchBrief.sightingCount).toBe(3);
  });
});

describe('buildBrief protecting uploaders', () => {
  it('snaps every position to the coarsening grid and records it in the envelope', () => {
    const collection = buildBrief(buildInput({ coarsenDegrees: 0.05 }));
    expect(sightingFeature(collection, 'tt-1').geometry.coordinates).toEqual([29.3, 52.1]);
    expect(sightingFeature(collection, 'tt-1').properties.originalLocation).toEqual([29.25, 52.05]);
    expect(sightingFeature(collection, 'tg-2').geometry.coordinates).toEqual([27.1, 51.9]);
    expect(collection.railwatchBrief.options).toEqual({ coarsened: 0.05 });
  });

  it('rounds distances to whole km and miles when coarsened', () => {
    const collection = buildBrief(buildInput({ coarsenDegrees: 0.01 }));
    expect(sightingFeature(collection, 'tt-1').properties.borderDistance).toEqual({ km: 63, mi: 39 });
  });

  it('replaces generated ids, which hash the exact position, and keeps feed ids', () => {
    const ids = buildBrief(buildInput({ coarsenDegrees: 0.01 })).features.map((f) => ('id' in f ? f.id : null));
    expect(ids).toEqual(['tt-1', 'tg-2', 'anon-1']);
  });

  it('drops uploader names, handles, post links and account-like properties', () => {
    const collection = buildBrief(buildInput({ dropAuthors: true }));
    const props = sightingFeature(collection, 'tt-1').properties;
    expect(props.source).toEqual({ platform: 'tiktok', caption: 'Эшелон с танками, снял @[removed]', hashtags: ['военныйэшелон'] });
    expect(props.provenance).toEqual({ feeds: ['Sample feed', 'GeoConfirmed export'] });
    expect(props.annotation?.note).toBe('Same train as @[removed] filmed on the 17th; the yard matches.');
    expect(sightingFeature(collection, 'anon-1').properties.channelName).toBeUndefined();
    expect(JSON.stringify(collection)).not.toContain('ivan_rail');
    expect(collection.railwatchBrief.options).toEqual({ authorsDropped: true });
  });

  it('refuses a coarsening step that is not a small positive number of degrees', () => {
    expect(() => buildBrief(buildInput({ coarsenDegrees: 0 }))).toThrow(RangeError);
    expect(() => buildBrief(buildInput({ coarsenDegrees: 5 }))).toThrow(RangeError);
    expect(() => buildBrief(buildInput({ coarsenDegrees: Number.NaN }))).toThrow(RangeError);
  });
});
