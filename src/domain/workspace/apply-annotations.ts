import { EQUIPMENT_KINDS, type EquipmentItem, type EquipmentKind, type Sighting } from '../sighting/sighting-schema';
import { isEffectiveStatus, type CorrectedEquipmentInput, type CorrectedLocationInput, type SightingAnnotation, type WorkspaceSighting } from './workspace-sighting';

function isUsableLocation(location: CorrectedLocationInput | undefined): location is CorrectedLocationInput {
  if (!location) return false;
  const { lon, lat } = location;
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

function toEquipmentItem(entry: CorrectedEquipmentInput): EquipmentItem {
  // The workspace stores kinds as text; one the app does not know is still equipment.
  const kind = (EQUIPMENT_KINDS as readonly string[]).includes(entry.kind) ? (entry.kind as EquipmentKind) : 'other';
  const item: EquipmentItem = { kind };
  const model = entry.model?.trim() || (kind === 'other' && entry.kind !== 'other' ? entry.kind : undefined);
  if (model) item.model = model;
  if (entry.count !== undefined && Number.isInteger(entry.count) && entry.count >= 0) item.count = entry.count;
  return item;
}

/**
 * One sighting with the analyst's annotation over it. The feed's values that the annotation
 * replaces are kept in the `feed…` fields so the UI can show both and undo is never lossy.
 * Stored values that are out of range (a record from a broken build) are ignored, not drawn.
 */
export function annotateSighting(sighting: Sighting, annotation: SightingAnnotation): WorkspaceSighting {
  const next: WorkspaceSighting = { ...sighting, annotation };
  if (annotation.status !== undefined && isEffectiveStatus(annotation.status)) {
    next.status = annotation.status;
    next.feedStatus = sighting.status;
  }
  const location = annotation.correctedLocation;
  if (isUsableLocation(location)) {
    next.lon = location.lon;
    next.lat = location.lat;
    next.feedLon = sighting.lon;
    next.feedLat = sighting.lat;
    if (sighting.uncertaintyKm !== undefined) next.feedUncertaintyKm = sighting.uncertaintyKm;
    // The feed's precision described the feed's location, not the analyst's.
    delete next.precision;
    if (location.uncertaintyKm !== undefined && Number.isFinite(location.uncertaintyKm) && location.uncertaintyKm >= 0) {
      next.uncertaintyKm = location.uncertaintyKm;
    } else {
      delete next.uncertaintyKm;
    }
  }
  if (annotation.correctedEquipment !== undefined) {
    next.equipment = annotation.correctedEquipment.map(toEquipmentItem);
    next.feedEquipment = sighting.equipment;
    next.derived = { ...sighting.derived, equipment: false };
  }
  return next;
}

/**
 * The sightings as the workspace shows them. Only annotated sightings become new objects;
 * the rest are returned as they are, so memoised work keyed on them (distances, map data)
 * survives an edit to one annotation. Annotations for sightings not in the list are ignored.
 */
export function applyAnnotations(
  sightings: readonly Sighting[],
  annotations: Iterable<SightingAnnotation>,
): WorkspaceSighting[] {
  const byId = new Map<string, SightingAnnotation>();
  for (const annotation of annotations) byId.set(annotation.sightingId, annotation);
  if (byId.size === 0) return sightings.slice();
  return sightings.map((sighting) => {
    const annotation = byId.get(sighting.id);
    return annotation ? annotateSighting(sighting, annotation) : sighting;
  });
}
