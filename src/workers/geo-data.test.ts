import { describe, expect, it } from 'vitest';
import { readBorderLine, readCountryOutline } from './geo-data.ts';

const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 0],
  ],
];

describe('readBorderLine', () => {
  it('returns the LineString vertices, dropping malformed ones', () => {
    const feature = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[23.6, 51.5], ['x', 1], [31.7, 52.1]] } };
    expect(readBorderLine(feature)).toEqual([
      [23.6, 51.5],
      [31.7, 52.1],
    ]);
  });

  it('explains what is wrong with a file that is not a border line', () => {
    expect(() => readBorderLine({ type: 'FeatureCollection', features: [] })).toThrow('border-by-ua.json: expected a LineString feature');
    expect(() => readBorderLine({ geometry: { type: 'LineString', coordinates: [[1, 2]] } })).toThrow('fewer than 2 vertices');
  });
});

describe('readCountryOutline', () => {
  const countries = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: '112' }, geometry: { type: 'Polygon', coordinates: square } },
      { type: 'Feature', properties: { id: '804' }, geometry: { type: 'MultiPolygon', coordinates: [square, square] } },
    ],
  };

  it('returns a Polygon as a list of one polygon and a MultiPolygon as its polygons', () => {
    expect(readCountryOutline(countries, '112')).toEqual([square]);
    expect(readCountryOutline(countries, '804')).toEqual([square, square]);
  });

  it('names the missing country', () => {
    expect(() => readCountryOutline(countries, '643')).toThrow('countries.json: no polygon for country 643');
  });
});
