import type { Feature, Point } from 'geojson';
import { platformFromUrl } from '../../domain/import/platform';
import { isIsoDate } from '../../domain/sighting/iso-date';
import { safeHttpUrl } from '../../domain/sighting/safe-url';
import { EQUIPMENT_KINDS, SIGHTING_STATUSES, type EquipmentKind, type SightingStatus } from '../../domain/sighting/sighting-schema';
import type { SightingFormField, SightingFormValues } from './sighting-form-values';

export type SightingFormResult = { ok: true; feature: Feature<Point> } | { ok: false; errors: Partial<Record<SightingFormField, string>> };

export const MAX_PLACE_LENGTH = 200;
export const MAX_CAPTION_LENGTH = 5000;
export const MAX_EQUIPMENT_COUNT = 10_000;

/** Decimal degrees; a decimal comma is accepted because analysts type what their locale shows. */
export function parseDegrees(text: string): number | undefined {
  const trimmed = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function readCoordinate(text: string, axis: 'Longitude' | 'Latitude', limit: number): { value: number } | { error: string } {
  if (text.trim() === '') return { error: `${axis} is required.` };
  const value = parseDegrees(text);
  if (value === undefined) return { error: `${axis} must be a number in decimal degrees, e.g. ${axis === 'Latitude' ? '51.81' : '29.15'}.` };
  if (value < -limit || value > limit) return { error: `${axis} must be between −${limit} and ${limit}.` };
  return { value };
}

/**
 * Checks the form and builds the GeoJSON feature stored in the workspace, in the feed format
 * (so parseFeed reads it like any feed). Nothing is stored unless every field is valid.
 */
export function validateSightingForm(values: SightingFormValues): SightingFormResult {
  const errors: Partial<Record<SightingFormField, string>> = {};
  const lon = readCoordinate(values.lon, 'Longitude', 180);
  const lat = readCoordinate(values.lat, 'Latitude', 90);
  if ('error' in lon) errors.lon = lon.error;
  if ('error' in lat) errors.lat = lat.error;

  const place = values.place.trim();
  if (place.length > MAX_PLACE_LENGTH) errors.place = `Place must be at most ${MAX_PLACE_LENGTH} characters.`;
  const caption = values.caption.trim();
  if (caption.length > MAX_CAPTION_LENGTH) errors.caption = `Caption must be at most ${MAX_CAPTION_LENGTH} characters.`;

  const observedAt = values.observedAt.trim();
  if (observedAt !== '' && !isIsoDate(observedAt)) errors.observedAt = 'Observed date must be a real date (YYYY-MM-DD).';

  const status = values.status as SightingStatus;
  if (!SIGHTING_STATUSES.includes(status)) errors.status = 'Choose a status from the list.';

  const kind = values.equipmentKind as EquipmentKind | '';
  if (kind !== '' && !EQUIPMENT_KINDS.includes(kind)) errors.equipmentKind = 'Choose an equipment kind from the list.';
  const countText = values.equipmentCount.trim();
  let count: number | undefined;
  if (countText !== '') {
    count = /^\d+$/.test(countText) ? Number(countText) : NaN;
    if (!Number.isInteger(count) || count < 0 || count > MAX_EQUIPMENT_COUNT) {
      errors.equipmentCount = `Count must be a whole number from 0 to ${MAX_EQUIPMENT_COUNT}.`;
    } else if (kind === '') errors.equipmentKind = 'Choose the kind of equipment the count is for.';
  }

  const urlText = values.sourceUrl.trim();
  const url = urlText === '' ? undefined : safeHttpUrl(urlText);
  if (urlText !== '' && url === undefined) errors.sourceUrl = 'Source link must be a full http:// or https:// address, e.g. https://t.me/channel/123.';

  if (Object.keys(errors).length > 0 || 'error' in lon || 'error' in lat) return { ok: false, errors };

  const platform = url ? platformFromUrl(url) : undefined;
  const source = {
    ...(url ? { url } : {}),
    ...(platform ? { platform } : {}),
    ...(caption ? { caption } : {}),
  };
  const properties = {
    ...(place ? { place } : {}),
    ...(observedAt ? { observedAt } : {}),
    status,
    ...(kind ? { equipment: [{ kind, ...(count !== undefined ? { count } : {}) }] } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
  };
  return { ok: true, feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [lon.value, lat.value] }, properties } };
}
