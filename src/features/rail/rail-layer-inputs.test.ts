import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlayRailLayer, schematicRailLayer, stationsFromGeoJson } from './rail-layer-inputs';

const schematic: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'minsk-zhlobin', name: 'Minsk – Zhlobin', schematic: true },
      geometry: { type: 'LineString', coordinates: [[27.56, 53.9], [29.22, 53.14], [30.03, 52.89]] },
    },
  ],
};

const stations: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Babruysk', nameLocal: 'Бобруйск' }, geometry: { type: 'Point', coordinates: [29.2214, 53.1384] } },
    { type: 'Feature', properties: { name: 'Zhlobin' }, geometry: { type: 'Point', coordinates: [30.03, 52.89] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
    { type: 'Feature', properties: { name: 'Nowhere' }, geometry: null as never },
  ],
};

describe('schematicRailLayer', () => {
  it('names each line after its feature and keeps named stations with their Cyrillic name', () => {
    expect(schematicRailLayer(schematic, stations)).toEqual({
      id: 'schematic',
      name: 'Main rail lines (schematic)',
      kind: 'schematic',
      lines: [[[27.56, 53.9], [29.22, 53.14], [30.03, 52.89]]],
      lineNames: ['Minsk – Zhlobin'],
      stations: [
        { name: 'Babruysk', nameLocal: 'Бобруйск', lon: 29.2214, lat: 53.1384 },
        { name: 'Zhlobin', lon: 30.03, lat: 52.89 },
      ],
    });
  });
});

describe('stationsFromGeoJson', () => {
  it('skips stations without a name or a point', () => {
    expect(stationsFromGeoJson(stations).map((station) => station.name)).toEqual(['Babruysk', 'Zhlobin']);
  });
});

describe('overlayRailLayer', () => {
  it('is a real layer with one entry per line part, named by name or else ref', () => {
    const layer = overlayRailLayer({
      id: 'ov1',
      name: 'belarus-rail',
      geojson: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { railway: 'rail', ref: '12' }, geometry: { type: 'MultiLineString', coordinates: [[[24, 52], [24.1, 52.1]], [[24.2, 52.2], [24.3, 52.3]]] } },
          { type: 'Feature', properties: { railway: 'rail', name: 'Brest – Minsk', ref: '1' }, geometry: { type: 'LineString', coordinates: [[23.7, 52.1], [24, 52.2]] } },
          { type: 'Feature', properties: { railway: 'rail' }, geometry: { type: 'LineString', coordinates: [[25, 53], [25.1, 53.1]] } },
        ],
      },
    });
    expect(layer).toEqual({
      id: 'ov1',
      name: 'belarus-rail',
      kind: 'real',
      lines: [
        [[24, 52], [24.1, 52.1]],
        [[24.2, 52.2], [24.3, 52.3]],
        [[23.7, 52.1], [24, 52.2]],
        [[25, 53], [25.1, 53.1]],
      ],
      lineNames: ['12', '12', 'Brest – Minsk', undefined],
    });
  });
});
