// Imported OpenStreetMap railway overlays (GeoJSON FeatureCollections). Not recorded in
// history: they can be large and are always re-importable from the analyst's file.
import type { FeatureCollection } from 'geojson';
import { systemClock, type Clock } from './clock.ts';
import type { RailwatchDb } from './database.ts';
import { featureCollectionBBox } from './geojson-bbox.ts';
import { newId } from './new-id.ts';
import type { OverlayRecord } from './records.ts';

// The live read the first map needs lives in workspace-reads.ts (issue 8: the start bundle).
export { listOverlays } from './workspace-reads.ts';

export interface NewOverlay {
  id?: string;
  name: string;
  geojson: FeatureCollection;
  visible?: boolean;
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  const v = value as { type?: unknown; features?: unknown } | null;
  return typeof v === 'object' && v !== null && v.type === 'FeatureCollection' && Array.isArray(v.features);
}

export function getOverlay(db: RailwatchDb, id: string): Promise<OverlayRecord | undefined> {
  return db.overlays.get(id);
}

export async function addOverlay(db: RailwatchDb, input: NewOverlay, now: Clock = systemClock): Promise<OverlayRecord> {
  if (!isFeatureCollection(input.geojson)) throw new RangeError('An overlay must be a GeoJSON FeatureCollection.');
  if (input.name.trim() === '') throw new RangeError('An overlay needs a name.');
  const overlay: OverlayRecord = {
    id: input.id ?? newId(),
    name: input.name.trim(),
    geojson: input.geojson,
    featureCount: input.geojson.features.length,
    bbox: featureCollectionBBox(input.geojson),
    createdAt: now(),
    visible: input.visible ?? true,
  };
  await db.overlays.add(overlay);
  return overlay;
}

async function patchOverlay(db: RailwatchDb, id: string, changes: Partial<Pick<OverlayRecord, 'name' | 'visible'>>): Promise<void> {
  const updated = await db.overlays.update(id, changes);
  if (updated === 0) throw new RangeError(`No overlay "${id}".`);
}

export function renameOverlay(db: RailwatchDb, id: string, name: string): Promise<void> {
  if (name.trim() === '') return Promise.reject(new RangeError('An overlay needs a name.'));
  return patchOverlay(db, id, { name: name.trim() });
}

export function setOverlayVisible(db: RailwatchDb, id: string, visible: boolean): Promise<void> {
  return patchOverlay(db, id, { visible });
}

/** Resolves false when there was no such overlay. */
export function removeOverlay(db: RailwatchDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.overlays, async () => {
    if (!(await db.overlays.get(id))) return false;
    await db.overlays.delete(id);
    return true;
  });
}
