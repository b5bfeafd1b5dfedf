import { describe, expect, it } from 'vitest';
import { createRailPlausibility, RAIL_THRESHOLDS_KM, type RailLayerInput } from './rail-plausibility.ts';

// Lines along the equator and along meridians: the great-circle distance from such a line is
// the angle to it, so expected values follow from arithmetic alone.
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

function schematic(overrides: Partial<RailLayerInput> = {}): RailLayerInput {
  return {
    id: 'schematic',
    name: 'Schematic main lines',
    kind: 'schematic',
    lines: [
      [
        [0, 0],
        [2, 0],
      ],
      [
        [5, -1],
        [5, 1],
      ],
    ],
    lineNames: ['Equator line', 'Meridian line'],
    stations: [
      { name: 'Westend', nameLocal: 'Вестенд', lon: 0, lat: 0 },
      { name: 'Eastend', lon: 2, lat: 0 },
    ],
    ...overrides,
  };
}

function real(overrides: Partial<RailLayerInput> = {}): RailLayerInput {
  return {
    id: 'osm',
    name: 'OSM railways',
    kind: 'real',
    lines: [
      [
        [10, 0],
        [10, 2],
      ],
    ],
    ...overrides,
  };
}

describe('createRailPlausibility', () => {
  it('documents the thresholds: 12 km for schematic lines, 1 km for real geometry', () => {
    expect(RAIL_THRESHOLDS_KM).toEqual({ schematic: 12, real: 1 });
  });

  it('reports the nearest line with its layer, index, name and distance', () => {
    const result = createRailPlausibility([schematic()]).assess(5.05, 0.5);
    expect(result.nearestLine).toMatchObject({
      layerId: 'schematic',
      layerName: 'Schematic main lines',
      kind: 'schematic',
      lineIndex: 1,
      lineName: 'Meridian line',
    });
    expect(result.nearestLine!.distanceKm).toBeCloseTo(0.05 * Math.cos((0.5 * Math.PI) / 180) * KM_PER_DEGREE, 2);
  });

  it('is on the rail within 12 km of a schematic line and off it beyond', () => {
    const index = createRailPlausibility([schematic()]);
    // 0.1° = 11.1 km north of the equator line, 0.11° = 12.2 km.
    expect(index.assess(1, 0.1).offRail).toBe(false);
    expect(index.assess(1, 0.11).offRail).toBe(true);
    expect(index.assess(1, 0.11).nearestLine!.distanceKm).toBeCloseTo(0.11 * KM_PER_DEGREE, 3);
  });

  it('is on the rail within 1 km of real geometry and off it beyond', () => {
    const index = createRailPlausibility([real()]);
    // Along the meridian at 10° E, near the equator one degree of longitude is ~111 km.
    expect(index.assess(10.008, 1).offRail).toBe(false); // ~0.89 km
    expect(index.assess(10.01, 1).offRail).toBe(true); // ~1.11 km
  });

  it('is off the rail only when it is beyond the threshold of every active layer', () => {
    // ~4.4 km from the real line (beyond its 1 km) and ~6.7 km from a schematic line (inside
    // its 12 km).
    const nearSchematic = schematic({ lines: [[[10.1, 0], [10.1, 2]]], lineNames: ['Parallel schematic'] });
    const point: [number, number] = [10.04, 1];
    expect(createRailPlausibility([real()]).assess(...point).offRail).toBe(true);
    const both = createRailPlausibility([real(), nearSchematic]).assess(...point);
    expect(both.offRail).toBe(false);
    // The nearest line is still the one that is nearest, whatever its layer.
    expect(both.nearestLine).toMatchObject({ layerId: 'osm', lineIndex: 0 });
  });

  it('uses the thresholds it is given', () => {
    const strict = createRailPlausibility([schematic()], { schematic: 5, real: 1 });
    expect(strict.assess(1, 0.1).offRail).toBe(true);
  });

  it('finds the nearest station with its Latin and local names', () => {
    const result = createRailPlausibility([schematic()]).assess(0.3, 0);
    expect(result.nearestStation).toMatchObject({ layerId: 'schematic', stationIndex: 0, name: 'Westend', nameLocal: 'Вестенд', lon: 0, lat: 0 });
    expect(result.nearestStation!.distanceKm).toBeCloseTo(0.3 * KM_PER_DEGREE, 3);
    const east = createRailPlausibility([schematic()]).assess(1.9, 0).nearestStation!;
    expect(east.name).toBe('Eastend');
    expect(east).not.toHaveProperty('nameLocal');
  });

  it('judges nothing when no layer has a line', () => {
    const index = createRailPlausibility([schematic({ lines: [[]], stations: [] })]);
    expect(index.layers).toEqual([]);
    expect(index.assess(30, 50)).toEqual({ nearestLine: null, nearestStation: null, offRail: false });
    expect(createRailPlausibility([]).assess(30, 50).offRail).toBe(false);
  });

  it('keeps line indexes aligned with the input when a layer has empty lines', () => {
    const layer = schematic({ lines: [[], [[5, -1], [5, 1]]], lineNames: [undefined, 'Second'] });
    expect(createRailPlausibility([layer]).assess(5.01, 0).nearestLine).toMatchObject({ lineIndex: 1, lineName: 'Second' });
  });

  it('leaves out a layer with an unusable coordinate and still judges by the others', () => {
    const broken = real({ id: 'broken', lines: [[[10, 0], [10, 95]]] });
    const index = createRailPlausibility([broken, schematic()]);
    expect(index.skipped).toEqual(['broken']);
    expect(index.layers.map((layer) => layer.id)).toEqual(['schematic']);
    expect(index.assess(1, 0.05)).toMatchObject({ offRail: false, nearestLine: { layerId: 'schematic' } });
  });

  it('skips stations with unusable coordinates instead of failing', () => {
    const layer = schematic({ stations: [{ name: 'Broken', lon: Number.NaN, lat: 0 }, { name: 'Good', lon: 1, lat: 0 }] });
    expect(createRailPlausibility([layer]).assess(0, 0).nearestStation).toMatchObject({ name: 'Good', stationIndex: 1 });
  });
});
