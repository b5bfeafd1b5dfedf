import { TEXT_LIMITS, describeValue, isPlainObject } from './field-readers';
import { extractHints, parseLocomotiveCode } from './hashtag-extractor';
import { readProperties, type FieldWarning } from './read-properties';
import { normaliseForSearch } from './search-normalise';
import { generatedSightingId } from './sighting-id';
import type { Sighting } from './sighting-schema';

/*
 * Validates one GeoJSON feature and turns it into a Sighting. A feature is skipped only for
 * what makes it unusable or misleading: not a Feature, a bad id, no Point, coordinates that
 * are not finite numbers within range, or a bad date (see read-properties.ts for the field
 * policy). A feature without an id gets generatedSightingId(lon, lat, url, caption).
 */

export type SkipCode =
  | 'not-a-feature'
  | 'invalid-id'
  | 'missing-geometry'
  | 'not-a-point'
  | 'invalid-coordinates'
  | 'longitude-out-of-range'
  | 'latitude-out-of-range'
  | 'invalid-date'
  | 'duplicate-id'
  | 'unreadable';

/** [west, south, east, north] in degrees. */
export type RegionBox = readonly [number, number, number, number];

export type FeatureOutcome =
  | { ok: true; sighting: Sighting; warnings: FieldWarning[] }
  | { ok: false; code: SkipCode; reason: string; id?: string };

type IdOutcome = { id?: string } | { reason: string };

function readId(raw: unknown): IdOutcome {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw === 'number' && Number.isFinite(raw)) return { id: String(raw) };
  if (typeof raw !== 'string') return { reason: `The id is ${describeValue(raw)}; it must be text or a number.` };
  if (raw.length > TEXT_LIMITS.id) return { reason: `The id has ${raw.length} characters; at most ${TEXT_LIMITS.id} are allowed.` };
  return { id: raw };
}

function readCoordinate(value: unknown, axis: 'longitude' | 'latitude', limit: number): { value: number } | { code: SkipCode; reason: string } {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { code: 'invalid-coordinates', reason: `The ${axis} is ${describeValue(value)}, not a finite number.` };
  }
  if (value < -limit || value > limit) {
    const code = axis === 'longitude' ? 'longitude-out-of-range' : 'latitude-out-of-range';
    return { code, reason: `The ${axis} ${value} is outside −${limit}…${limit}.` };
  }
  return { value };
}

function inBox(lon: number, lat: number, [west, south, east, north]: RegionBox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

type PointOutcome = { lon: number; lat: number } | { code: SkipCode; reason: string };

function readPoint(geometry: unknown): PointOutcome {
  if (geometry === undefined || geometry === null) return { code: 'missing-geometry', reason: 'The feature has no geometry.' };
  if (!isPlainObject(geometry)) return { code: 'missing-geometry', reason: `The geometry is ${describeValue(geometry)}, not a GeoJSON geometry.` };
  if (geometry.type !== 'Point') {
    const type = typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : describeValue(geometry.type);
    return { code: 'not-a-point', reason: `The geometry is a ${type}; a sighting must be a single Point.` };
  }
  const coordinates = geometry.coordinates;
  if (coordinates === undefined || coordinates === null) return { code: 'invalid-coordinates', reason: 'The Point has no coordinates.' };
  if (!Array.isArray(coordinates)) {
    return { code: 'invalid-coordinates', reason: `The Point's coordinates are ${describeValue(coordinates)}, not a [longitude, latitude] list.` };
  }
  if (coordinates.length < 2) {
    return { code: 'invalid-coordinates', reason: `The Point has ${coordinates.length} coordinate(s); it needs longitude and latitude.` };
  }
  const lon = readCoordinate(coordinates[0], 'longitude', 180);
  if (!('value' in lon)) return lon;
  const lat = readCoordinate(coordinates[1], 'latitude', 90);
  if (!('value' in lat)) return lat;
  return { lon: lon.value, lat: lat.value };
}

function validate(raw: unknown, region: RegionBox): FeatureOutcome {
  if (!isPlainObject(raw) || raw.type !== 'Feature') {
    const what = isPlainObject(raw) ? `an object of type ${describeValue(raw.type)}` : describeValue(raw);
    return { ok: false, code: 'not-a-feature', reason: `The entry is ${what}, not a GeoJSON Feature.` };
  }
  const idOutcome = readId(raw.id);
  if ('reason' in idOutcome) return { ok: false, code: 'invalid-id', reason: idOutcome.reason };
  const given = idOutcome.id;
  const skip = (code: SkipCode, reason: string): FeatureOutcome => (given === undefined ? { ok: false, code, reason } : { ok: false, code, reason, id: given });

  const point = readPoint(raw.geometry);
  if ('code' in point) return skip(point.code, point.reason);
  const { lon, lat } = point;

  const warnings: FieldWarning[] = [];
  // One literal shape for every sighting keeps V8 on its fast paths for 100,000 of them.
  const sighting: Sighting = {
    id: '',
    lon,
    lat,
    hashtags: [],
    equipment: [],
    militaryEchelon: false,
    status: 'unverified',
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
  };
  const problem = readProperties(raw.properties, sighting, warnings);
  if (problem) return skip('invalid-date', problem.reason);
  sighting.id = given ?? generatedSightingId(lon, lat, sighting.url, sighting.caption);

  if (!inBox(lon, lat, region) && inBox(lat, lon, region)) {
    warnings.push({
      code: 'swapped-coordinates',
      message: `[${lon}, ${lat}] lies outside the region but [${lat}, ${lon}] inside it: longitude and latitude look swapped.`,
      fix: { lon: lat, lat: lon },
    });
  }

  // Feed-given values win; hashtags and caption only fill the gaps.
  const hints = sighting.hashtags.length > 0 || sighting.caption ? extractHints(sighting.hashtags, sighting.caption) : undefined;
  if (hints) sighting.militaryEchelon = hints.militaryEchelon;
  if (sighting.locomotive !== undefined) {
    sighting.locomotive = parseLocomotiveCode(normaliseForSearch(sighting.locomotive).replace(/ /g, '')) ?? sighting.locomotive;
  }
  if (hints) {
    const equipment = sighting.equipment.length === 0 && hints.equipment.length > 0;
    const locomotive = sighting.locomotive === undefined && hints.locomotive !== undefined;
    const operator = sighting.operator === undefined && hints.operator !== undefined;
    if (equipment) sighting.equipment = hints.equipment;
    if (locomotive) sighting.locomotive = hints.locomotive;
    if (operator) sighting.operator = hints.operator;
    if (equipment || locomotive || operator) sighting.derived = { equipment, locomotive, operator };
  }
  return { ok: true, sighting, warnings };
}

/** Validates one feature; never throws, even on getters that throw or exotic objects. */
export function readFeature(raw: unknown, region: RegionBox): FeatureOutcome {
  try {
    return validate(raw, region);
  } catch (error) {
    return { ok: false, code: 'unreadable', reason: `The feature could not be read (${error instanceof Error ? error.name : 'error'}).` };
  }
}
