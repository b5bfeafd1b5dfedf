import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { haversineKm } from '../geo/geodesic';
import { testSighting } from '../sighting/test-sighting';
import { correctionGeoJson, pinnedPointsGeoJson } from './annotation-geometry';
import type { WorkspaceSighting } from './workspace-sighting';

function createSighting(overrides: Partial<WorkspaceSighting> = {}): WorkspaceSighting {
  return { ...testSighting({ id: 's1', lon: 29.25, lat: 52.05 }), ...overrides };
}

describe('pinnedPointsGeoJson', () => {
  it('holds one point per pinned sighting, at its effective location', () => {
    const pinned = createSighting({ id: 'p', lon: 30, lat: 51, annotation: { sightingId: 'p', pinned: true, note: '', tags: [] } });
    const unpinned = createSighting({ id: 'u', annotation: { sightingId: 'u', pinned: false, note: 'x', tags: [] } });
    const plain = createSighting({ id: 'n' });
    expect(pinnedPointsGeoJson([pinned, unpinned, plain]).features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [30, 51] }, properties: { id: 'p' } },
    ]);
  });
});

describe('correctionGeoJson', () => {
  it('is empty without a selection or without a corrected location', () => {
    expect(correctionGeoJson(undefined).features).toEqual([]);
    expect(correctionGeoJson(createSighting({ uncertaintyKm: 3 })).features).toEqual([]);
  });

  it('draws the uncertainty circle around the corrected location with the given radius', () => {
    const sighting = createSighting({ feedLon: 29.1, feedLat: 52.0, uncertaintyKm: 2 });
    const [ring] = correctionGeoJson(sighting).features;
    expect(ring?.properties).toEqual({ role: 'uncertainty' });
    const coordinates = (ring?.geometry as Polygon).coordinates[0] ?? [];
    expect(coordinates.length).toBe(65);
    for (const vertex of coordinates) expect(haversineKm([29.25, 52.05], vertex)).toBeCloseTo(2, 1);
  });

  it('links the feed location to the corrected one and marks the feed location', () => {
    const sighting = createSighting({ feedLon: 29.1, feedLat: 52.0 });
    const features = correctionGeoJson(sighting).features;
    expect(features.map((f) => f.properties?.role)).toEqual(['link', 'feed-location']);
    expect(features[0]?.geometry).toEqual({ type: 'LineString', coordinates: [[29.1, 52.0], [29.25, 52.05]] });
    expect(features[0]?.properties?.km).toBe(Number(haversineKm([29.1, 52.0], [29.25, 52.05]).toFixed(1)));
    expect(features[1]?.geometry).toEqual({ type: 'Point', coordinates: [29.1, 52.0] });
  });

  it('draws only the circle when the correction kept the same point', () => {
    const sighting = createSighting({ feedLon: 29.25, feedLat: 52.05, uncertaintyKm: 1 });
    expect(correctionGeoJson(sighting).features.map((f) => f.properties?.role)).toEqual(['uncertainty']);
  });
});
