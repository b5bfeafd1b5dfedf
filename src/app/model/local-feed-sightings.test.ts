import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LocalSightingRecord } from '../../db/records';
import { localFeedSightings } from './local-feed-sightings';

function record(id: string, feature: Feature): LocalSightingRecord {
  return { id, feedId: 'local', feature, createdAt: '2024-03-01T10:00:00.000Z', createdBy: 'analyst' };
}

const point = (id: string, lon: number, lat: number, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

describe('localFeedSightings', () => {
  it('turns stored features into sightings with their ids, places and equipment', async () => {
    const result = await localFeedSightings('My sightings', [
      record('a', point('a', 29.2, 51.8, { place: 'Yelsk', status: 'geolocated', equipment: [{ kind: 'tank', count: 12 }] })),
      record('b', point('b', 30.1, 52.0)),
    ]);
    expect(result.error).toBeUndefined();
    expect(result.note).toBeUndefined();
    expect(result.sightings.map((s) => [s.id, s.lon, s.lat, s.place, s.status])).toEqual([
      ['a', 29.2, 51.8, 'Yelsk', 'geolocated'],
      ['b', 30.1, 52.0, undefined, 'unverified'],
    ]);
    expect(result.sightings[0]?.equipment).toEqual([{ kind: 'tank', count: 12 }]);
  });

  it('gives an empty feed no sightings and no error', async () => {
    expect(await localFeedSightings('My sightings', [])).toEqual({ sightings: [] });
  });

  it('shows the usable sightings and a note naming how many stored ones cannot be shown', async () => {
    const broken: Feature = { type: 'Feature', id: 'c', geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: {} };
    const result = await localFeedSightings('Imported file', [record('a', point('a', 29.2, 51.8)), record('c', broken)]);
    expect(result.sightings.map((s) => s.id)).toEqual(['a']);
    expect(result.note).toMatch(/^Imported file: 1 stored sighting cannot be shown on the map \(.*LineString.*\)\.$/);
  });

  it('reports an error when no stored feature is usable', async () => {
    const broken: Feature = { type: 'Feature', id: 'c', geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: {} };
    const result = await localFeedSightings('Imported file', [record('c', broken)]);
    expect(result.sightings).toEqual([]);
    expect(result.error).toMatch(/^Imported file: the stored sightings could not be read/);
  });
});
