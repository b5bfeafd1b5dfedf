import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../domain/brief/build-brief';
import { feedSightings, FIXED_NOW } from '../../domain/brief/brief-test-fixtures';
import type { AnnotationRecord, BriefRecord } from '../../db/records';
import { briefExportInput, exportFileName, type ExportChoices, type ExportSources } from './brief-export-input';

const NONE: ExportChoices = { coarsen: false, dropAuthors: false, includeBorder: false };

function record(sightingIds: string[]): BriefRecord {
  return {
    id: 'b1',
    title: 'Echelons near Mazyr',
    summary: 'Two trains.',
    author: 'Olena K.',
    sightingIds,
    view: { lon: 29.2, lat: 52.0, zoom: 8 },
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T11:00:00.000Z',
  };
}

const note: AnnotationRecord = {
  sightingId: 'tt-1',
  pinned: true,
  note: 'Seen by @ivan_rail too',
  tags: ['armour'],
  status: 'confirmed',
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-01T09:30:00.000Z',
  updatedBy: 'Olena K.',
};

function sources(ids: string[], overrides: Partial<ExportSources> = {}): ExportSources {
  const raw = feedSightings();
  return {
    brief: record(ids),
    rawById: new Map(raw.map((s) => [s.id, s])),
    annotations: [note, { ...note, sightingId: 'not-in-brief', note: 'elsewhere' }],
    feedNamesById: new Map([['tt-1', ['Sample feed']]]),
    borderKmById: new Map([['tt-1', 47.94]]),
    appVersion: '0.1.0',
    now: () => FIXED_NOW,
    ...overrides,
  };
}

describe('briefExportInput', () => {
  it('takes the brief’s sightings in its order and lists the ones not loaded', () => {
    const { input, missing } = briefExportInput(sources(['tg-2', 'gone', 'tt-1']), NONE);
    expect(input.sightings.map((s) => s.id)).toEqual(['tg-2', 'tt-1']);
    expect(missing).toEqual(['gone']);
  });

  it('writes the shown distance in km and miles, and only the brief’s annotations', () => {
    const collection = buildBrief(briefExportInput(sources(['tt-1']), NONE).input);
    const props = collection.features[0]!.properties as Record<string, unknown>;
    expect(props.borderDistance).toEqual({ km: 47.9, mi: 29.8 });
    expect(props.annotation).toMatchObject({ note: 'Seen by @ivan_rail too', status: 'confirmed', pinned: true });
    expect(collection.railwatchBrief).toMatchObject({ id: 'b1', title: 'Echelons near Mazyr', author: 'Olena K.', sightingCount: 1 });
  });

  it('coarsens to 0.01°, re-measures from the coarse position and drops handles when asked', () => {
    const measured: [number, number][] = [];
    const prepared = briefExportInput(
      sources(['tt-1'], { distanceKm: (lon, lat) => (measured.push([lon, lat]), 12.345) }),
      { coarsen: true, dropAuthors: true, includeBorder: false },
    );
    const collection = buildBrief(prepared.input);
    const feature = collection.features[0]!;
    expect(feature.geometry.coordinates).toEqual([29.25, 52.05]);
    expect(measured).toEqual([[29.25, 52.05]]);
    const props = feature.properties as Record<string, unknown>;
    expect(props.borderDistance).toEqual({ km: 12, mi: 8 });
    expect((props.annotation as { note: string }).note).toBe('Seen by @[removed] too');
    expect(collection.railwatchBrief.options).toEqual({ coarsened: 0.01, authorsDropped: true });
  });

  it('leaves the distance out of a coarsened brief when nothing can re-measure it', () => {
    const collection = buildBrief(briefExportInput(sources(['tt-1']), { ...NONE, coarsen: true }).input);
    expect((collection.features[0]!.properties as Record<string, unknown>).borderDistance).toBeUndefined();
  });

  it('adds the border line only when asked and given', () => {
    const line = [
      [23.6, 51.5],
      [31.7, 52.1],
    ];
    expect(buildBrief(briefExportInput(sources(['tt-1'], { borderLine: line }), { ...NONE, includeBorder: true }).input).features).toHaveLength(2);
    expect(buildBrief(briefExportInput(sources(['tt-1'], { borderLine: line }), NONE).input).features).toHaveLength(1);
  });
});

describe('exportFileName', () => {
  it('makes a file-system-safe name from the title and the date', () => {
    expect(exportFileName('Armour near Kalinkavichy / 18 Jan', FIXED_NOW, 'geojson')).toBe('armour-near-kalinkavichy-18-jan-2024-03-01.geojson');
    expect(exportFileName('Эшелон: Мозырь', FIXED_NOW, 'csv')).toBe('эшелон-мозырь-2024-03-01.csv');
    expect(exportFileName('***', FIXED_NOW, 'kml')).toBe('brief-2024-03-01.kml');
  });
});
