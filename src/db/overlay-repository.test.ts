import type { FeatureCollection } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from './database.ts';
import { addOverlay, getOverlay, listOverlays, removeOverlay, renameOverlay, setOverlayVisible } from './overlay-repository.ts';
import { createTestClock, createTestDatabase } from './test-database.ts';

const rail: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'way/1', geometry: { type: 'LineString', coordinates: [[29.2, 52.0], [30.1, 52.4]] }, properties: { railway: 'rail', usage: 'main' } },
    { type: 'Feature', id: 'way/2', geometry: { type: 'LineString', coordinates: [[30.1, 52.4], [31.0, 52.5]] }, properties: { railway: 'rail' } },
  ],
};

let database: RailwatchDb;
let clock: () => string;
beforeEach(() => {
  database = createTestDatabase();
  clock = createTestClock('2024-03-01T10:00:00.000Z');
});

describe('overlays', () => {
  it('stores the collection with its feature count and bbox, visible by default', async () => {
    const overlay = await addOverlay(database, { id: 'o1', name: ' Gomel oblast rail ', geojson: rail }, clock);
    expect(overlay).toEqual({ id: 'o1', name: 'Gomel oblast rail', geojson: rail, featureCount: 2, bbox: [29.2, 52.0, 31.0, 52.5], createdAt: '2024-03-01T10:00:00.000Z', visible: true });
    expect(await getOverlay(database, 'o1')).toEqual(overlay);
  });

  it('rejects something that is not a FeatureCollection, or a blank name', async () => {
    await expect(addOverlay(database, { name: 'x', geojson: { type: 'Feature' } as never }, clock)).rejects.toThrow('An overlay must be a GeoJSON FeatureCollection.');
    await expect(addOverlay(database, { name: ' ', geojson: rail }, clock)).rejects.toThrow('An overlay needs a name.');
    expect(await database.overlays.count()).toBe(0);
  });

  it('renames, toggles visibility and lists in import order', async () => {
    await addOverlay(database, { id: 'o1', name: 'first', geojson: rail }, clock);
    await addOverlay(database, { id: 'o0', name: 'second', geojson: rail, visible: false }, clock);
    await renameOverlay(database, 'o1', 'Mozyr junction');
    await setOverlayVisible(database, 'o0', true);
    expect((await listOverlays(database)).map((o) => [o.id, o.name, o.visible])).toEqual([
      ['o1', 'Mozyr junction', true],
      ['o0', 'second', true],
    ]);
  });

  it('rejects changes to an unknown overlay', async () => {
    await expect(setOverlayVisible(database, 'nope', false)).rejects.toThrow('No overlay "nope".');
    await expect(renameOverlay(database, 'nope', 'x')).rejects.toThrow('No overlay "nope".');
  });

  it('removes an overlay', async () => {
    await addOverlay(database, { id: 'o1', name: 'first', geojson: rail }, clock);
    expect(await removeOverlay(database, 'o1')).toBe(true);
    expect(await removeOverlay(database, 'o1')).toBe(false);
    expect(await listOverlays(database)).toEqual([]);
  });
});
