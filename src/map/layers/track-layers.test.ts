import { describe, expect, it } from 'vitest';
import { TRACK_ARROW_LAYER_ID, TRACK_IMPLAUSIBLE_LAYER_ID, TRACK_LINE_LAYER_ID, trackFeatures, trackLayerGroup } from './track-layers';

const homel = { id: 'homel', lon: 31.0, lat: 52.43, time: '2022-01-24T09:30:00Z' };
const rechytsa = { id: 'rechytsa', lon: 30.39, lat: 52.37, time: '2022-01-24T16:10:00Z' };
const smolensk = { id: 'smolensk', lon: 32.05, lat: 54.79, time: '2022-01-24T17:10:00Z' };

describe('trackFeatures', () => {
  it('draws each leg in time order, with the too-fast leg marked implausible', () => {
    const data = trackFeatures([{ id: 't1', name: 'Echelon', points: [smolensk, rechytsa, homel], highlighted: false }], 120);
    const lines = data.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines.map((f) => (f.geometry as { coordinates: number[][] }).coordinates)).toEqual([
      [
        [31.0, 52.43],
        [30.39, 52.37],
      ],
      [
        [30.39, 52.37],
        [32.05, 54.79],
      ],
    ]);
    expect(lines.map((f) => f.properties?.implausible)).toEqual([false, true]);
  });

  it('puts one arrow per leg pointing the way the train went', () => {
    const data = trackFeatures([{ id: 't1', name: 'Echelon', points: [rechytsa, homel], highlighted: true }], 120);
    const arrows = data.features.filter((f) => f.geometry.type === 'Point');
    expect(arrows).toHaveLength(1);
    // Homel to Rechytsa runs west: a bearing near 270°.
    expect(arrows[0]!.properties?.bearing).toBeGreaterThan(260);
    expect(arrows[0]!.properties?.bearing).toBeLessThan(280);
    expect(arrows[0]!.properties?.highlighted).toBe(true);
  });

  it('draws nothing for a track of one sighting', () => {
    expect(trackFeatures([{ id: 't1', name: 'Echelon', points: [homel], highlighted: false }], 120).features).toEqual([]);
  });
});

describe('trackLayerGroup', () => {
  it('declares the line, implausible and arrow layers on one source', () => {
    const ids = trackLayerGroup().layers.map((layer) => layer.id);
    expect(ids).toEqual(expect.arrayContaining([TRACK_LINE_LAYER_ID, TRACK_IMPLAUSIBLE_LAYER_ID, TRACK_ARROW_LAYER_ID]));
  });
});
