import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLineDistanceIndex, distanceToBorder } from '../domain/geo/border-distance.ts';
import { createRailPlausibility, type RailLayerInput } from '../domain/geo/rail-plausibility.ts';
import { createGeoEngine } from './geo-engine.ts';
import { readGeoEngineInput } from './geo-data.ts';
import { decodeMetrics, STRIDE } from './geo-protocol.ts';

const input = readGeoEngineInput(
  JSON.parse(readFileSync('public/data/border-by-ua.json', 'utf8')),
  JSON.parse(readFileSync('public/data/countries.json', 'utf8')),
);
const borderIndex = createLineDistanceIndex([input.border]);

const MINSK: [number, number] = [27.5667, 53.9];
const KYIV: [number, number] = [30.5234, 50.4501];
const WARSAW: [number, number] = [21.0122, 52.2297];

const rail: RailLayerInput[] = [
  {
    id: 'a',
    name: 'Line A',
    kind: 'schematic',
    lines: [[[27.5667, 53.9], [30.5234, 50.4501]]],
    lineNames: ['Minsk – Kyiv'],
    stations: [{ name: 'Minsk', nameLocal: 'Минск', lon: 27.5667, lat: 53.9 }],
  },
  // Same id on purpose: imported layers need not have unique ids.
  { id: 'a', name: 'Line B', kind: 'real', lines: [[[21.0122, 52], [21.0122, 52.5]]], stations: [{ name: 'Warsaw', lon: 21.0122, lat: 52.2297 }] },
];

function batch(engine: ReturnType<typeof createGeoEngine>, points: [number, number][]) {
  return engine.compute(Float64Array.from(points, (p) => p[0]), Float64Array.from(points, (p) => p[1]));
}

describe('createGeoEngine', () => {
  it('packs the border distance, nearest point, bearing and side of each sighting', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['minsk', 'kyiv', 'warsaw']);
    const { results, recomputed } = batch(engine, [MINSK, KYIV, WARSAW]);
    expect(results.length).toBe(3 * STRIDE);
    expect(recomputed).toBe(3);
    const sides = [0, 1, 2].map((i) => decodeMetrics(results, i, null)!.side);
    expect(sides).toEqual(['belarus', 'ukraine', 'elsewhere']);
    const kyiv = decodeMetrics(results, 1, null)!;
    const expected = distanceToBorder(borderIndex, ...KYIV);
    expect(kyiv.distanceKm).toBe(expected.distanceKm);
    expect(kyiv.distanceMi).toBeCloseTo(expected.distanceKm / 1.609344, 12);
    expect(kyiv.nearest).toEqual(expected.nearest);
    expect(kyiv.bearingDeg).toBe(expected.bearingDeg);
    expect(kyiv.rail).toBeNull();
  });

  it('recomputes only the sightings whose location changed', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['minsk', 'kyiv']);
    const first = batch(engine, [MINSK, KYIV]);
    expect(batch(engine, [MINSK, KYIV]).recomputed).toBe(0);
    const moved: [number, number] = [30.6, 50.5];
    const second = batch(engine, [MINSK, moved]);
    expect(second.recomputed).toBe(1);
    expect(Array.from(second.results.subarray(0, STRIDE))).toEqual(Array.from(first.results.subarray(0, STRIDE)));
    expect(decodeMetrics(second.results, 1, null)!.distanceKm).toBe(distanceToBorder(borderIndex, ...moved).distanceKm);
  });

  it('forgets ids that are no longer listed and measures them again when they return', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['minsk', 'kyiv']);
    batch(engine, [MINSK, KYIV]);
    engine.setIds(['kyiv']);
    expect(batch(engine, [KYIV]).recomputed).toBe(0);
    engine.setIds(['minsk', 'kyiv']);
    expect(batch(engine, [MINSK, KYIV]).recomputed).toBe(1);
  });

  it('recomputes the rail part for every sighting when the rail layers change', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['minsk', 'warsaw']);
    batch(engine, [MINSK, WARSAW]);
    engine.setRailLayers(7, rail);
    expect(engine.railVersion).toBe(7);
    const { results, recomputed } = batch(engine, [MINSK, WARSAW]);
    expect(recomputed).toBe(2);
    // Same layers the other way round: the result names the layer by position, not by id.
    const reference = createRailPlausibility(rail);
    expect(decodeMetrics(results, 0, rail)!.rail).toEqual(reference.assess(...MINSK));
    const warsaw = decodeMetrics(results, 1, rail)!.rail!;
    expect(warsaw.nearestLine).toMatchObject({ layerName: 'Line B', kind: 'real', lineIndex: 0 });
    expect(warsaw.nearestStation).toMatchObject({ name: 'Warsaw', stationIndex: 0 });
    expect(warsaw.offRail).toBe(false);
  });

  it('marks a sighting without usable coordinates as unmeasured instead of failing the batch', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['bad', 'kyiv']);
    const { results } = batch(engine, [[Number.NaN, 50], KYIV]);
    expect(decodeMetrics(results, 0, null)).toBeUndefined();
    expect(decodeMetrics(results, 1, null)!.side).toBe('ukraine');
  });

  it('refuses a batch whose length does not match the ids', () => {
    const engine = createGeoEngine(input);
    engine.setIds(['a', 'b']);
    expect(() => batch(engine, [KYIV])).toThrow(RangeError);
  });
});
