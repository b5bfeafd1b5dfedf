import type { EquipmentItem, Sighting } from '../sighting/sighting-schema';
import type { BriefDerived, BriefEquipment } from './brief-format';

/*
 * A Sighting written back in the sighting feed format, so that parseFeed reads it into the
 * same Sighting again (positions aside, which the brief rounds). Two rules make that hold:
 * - values railwatch derived from hashtags and captions are NOT written as feed values (the
 *   reader derives them again from the same text, and they stay marked as derived); they go
 *   to `railwatchDerived` for readers other than railwatch;
 * - unknown feed properties go back where they came from: top level, or inside `source` /
 *   `locationPrecision` for the unknown members of those two objects.
 */

/** Sets an own enumerable property even for "__proto__", so no key reaches the prototype. */
export function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copyInto(target: Record<string, unknown>, source: unknown): void {
  if (!isPlainRecord(source)) return;
  for (const key of Object.keys(source)) if (!Object.hasOwn(target, key)) defineValue(target, key, source[key]);
}

export function equipmentOut(items: readonly (EquipmentItem | BriefEquipment)[]): BriefEquipment[] {
  return items.map((item) => {
    // `evidence` is railwatch's note on where a derived entry came from, not feed data.
    const out: BriefEquipment = { kind: item.kind };
    if (item.model !== undefined) out.model = item.model;
    if (item.count !== undefined) out.count = item.count;
    return out;
  });
}

function sourceOf(s: Sighting): Record<string, unknown> | undefined {
  const source: Record<string, unknown> = {};
  if (s.platform !== undefined) source.platform = s.platform;
  if (s.url !== undefined) source.url = s.url;
  if (s.author !== undefined) source.author = s.author;
  if (s.caption !== undefined) source.caption = s.caption;
  if (s.hashtags.length > 0) source.hashtags = s.hashtags.slice();
  if (s.archivedUrl !== undefined) source.archivedUrl = s.archivedUrl;
  copyInto(source, s.extra.source);
  return Object.keys(source).length > 0 ? source : undefined;
}

function precisionOf(s: Sighting): Record<string, unknown> | undefined {
  const precision: Record<string, unknown> = {};
  if (s.precision !== undefined) precision.level = s.precision;
  if (s.uncertaintyKm !== undefined) precision.uncertaintyKm = s.uncertaintyKm;
  copyInto(precision, s.extra.locationPrecision);
  return Object.keys(precision).length > 0 ? precision : undefined;
}

/** The sighting's feed properties in a fixed key order, unknown top-level properties last. */
export function feedProperties(s: Sighting): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (s.observedAt !== undefined) props.observedAt = s.observedAt;
  if (s.postedAt !== undefined) props.postedAt = s.postedAt;
  const source = sourceOf(s);
  if (source) props.source = source;
  if (s.place !== undefined) props.place = s.place;
  const precision = precisionOf(s);
  if (precision) props.locationPrecision = precision;
  if (s.headingDeg !== undefined) props.heading = s.headingDeg;
  if (!s.derived.equipment && s.equipment.length > 0) props.equipment = equipmentOut(s.equipment);
  if (!s.derived.locomotive && s.locomotive !== undefined) props.locomotive = s.locomotive;
  if (!s.derived.operator && s.operator !== undefined) props.operator = s.operator;
  if (s.wagons !== undefined) props.wagons = s.wagons;
  props.status = s.status;
  for (const key of Object.keys(s.extra)) {
    if (key === 'source' || key === 'locationPrecision' || Object.hasOwn(props, key)) continue;
    defineValue(props, key, s.extra[key]);
  }
  return props;
}

/** What railwatch read from hashtags and captions, or undefined when nothing was derived. */
export function derivedValues(s: Sighting): BriefDerived | undefined {
  const derived: BriefDerived = {};
  if (s.derived.equipment && s.equipment.length > 0) derived.equipment = equipmentOut(s.equipment);
  if (s.derived.locomotive && s.locomotive !== undefined) derived.locomotive = s.locomotive;
  if (s.derived.operator && s.operator !== undefined) derived.operator = s.operator;
  return Object.keys(derived).length > 0 ? derived : undefined;
}
