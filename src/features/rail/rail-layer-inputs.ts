// Turns the app's rail data (the shipped schematic, imported overlays) into the plain inputs
// of the rail plausibility check. Pure, so the mapping is tested without a browser.
import type { Feature, FeatureCollection } from 'geojson';
import type { RailLayerInput } from '../../domain/geo/rail-plausibility';
import { featureLines } from './railway-lines';

type Station = NonNullable<RailLayerInput['stations']>[number];

export const SCHEMATIC_LAYER_ID = 'schematic';
export const SCHEMATIC_LAYER_NAME = 'Main rail lines (schematic)';

function stringProperty(feature: Feature, key: string): string | undefined {
  const value = feature.properties?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Lines with a display name each (parallel arrays, as the plausibility check expects). */
function linesWithNames(collection: FeatureCollection, nameOf: (feature: Feature) => string | undefined) {
  const lines: [number, number][][] = [];
  const lineNames: (string | undefined)[] = [];
  for (const feature of collection.features) {
    const name = nameOf(feature);
    for (const line of featureLines(feature)) {
      lines.push(line);
      lineNames.push(name);
    }
  }
  return { lines, lineNames };
}

export function stationsFromGeoJson(collection: FeatureCollection): Station[] {
  const stations: Station[] = [];
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    const name = stringProperty(feature, 'name');
    if (!name || geometry?.type !== 'Point') continue;
    const [lon, lat] = geometry.coordinates;
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const nameLocal = stringProperty(feature, 'nameLocal');
    stations.push(nameLocal ? { name, nameLocal, lon, lat } : { name, lon, lat });
  }
  return stations;
}

export function schematicRailLayer(schematic: FeatureCollection, stations: FeatureCollection): RailLayerInput {
  return {
    id: SCHEMATIC_LAYER_ID,
    name: SCHEMATIC_LAYER_NAME,
    kind: 'schematic',
    ...linesWithNames(schematic, (feature) => stringProperty(feature, 'name')),
    stations: stationsFromGeoJson(stations),
  };
}

/** OSM ways carry `name` on some lines only; `ref` (a line number) is the usual fallback. */
export function overlayRailLayer(overlay: { id: string; name: string; geojson: FeatureCollection }): RailLayerInput {
  return {
    id: overlay.id,
    name: overlay.name,
    kind: 'real',
    ...linesWithNames(overlay.geojson, (feature) => stringProperty(feature, 'name') ?? stringProperty(feature, 'ref')),
  };
}
