// Reads a batch packed by sighting-pack.ts back into sightings, on the main thread.

import type { EquipmentItem, Sighting } from './sighting-schema.ts';
import {
  ABSENT,
  ABSENT_TEXT,
  DERIVED_EQUIPMENT,
  DERIVED_LOCOMOTIVE,
  DERIVED_OPERATOR,
  ECHELON,
  EQUIPMENT_STRIDE,
  FIRST_NUMBER_BIT,
  IN_PROSE,
  NUMBER_FIELDS,
  NUMBERS_PER_SIGHTING,
  SHARED_FIELDS,
  STATUS_AT,
  TEXTS_PER_SIGHTING,
  UNIQUE_FIELDS,
  type PackedSightings,
} from './sighting-pack-layout.ts';

/** The sightings packSightings was given, equal to them field for field (absent fields stay absent). */
export function unpackSightings(packed: PackedSightings): Sighting[] {
  const { count, plain, prose, textLengths, shared, sharedCodes, numbers, flags, hashtagCounts, hashtagCodes, equipmentCounts, equipment, extras } = packed;
  const text = (code: number): string | undefined => (code === ABSENT ? undefined : shared[code - 1]);
  const sightings = new Array<Sighting>(count);
  let hashtagAt = 0;
  let equipmentAt = 0;
  let extraAt = 0;
  let plainAt = 0;
  let proseAt = 0;
  for (let i = 0; i < count; i++) {
    const hashtags = new Array<string>(hashtagCounts[i]!);
    for (let k = 0; k < hashtags.length; k++) hashtags[k] = text(hashtagCodes[hashtagAt++]!)!;
    const items: EquipmentItem[] = [];
    for (let k = equipmentCounts[i]!; k > 0; k--, equipmentAt += EQUIPMENT_STRIDE) {
      const item: EquipmentItem = { kind: text(equipment[equipmentAt]!) as EquipmentItem['kind'] };
      const model = text(equipment[equipmentAt + 1]!);
      if (model !== undefined) item.model = model;
      const itemCount = equipment[equipmentAt + 2]!;
      if (!Number.isNaN(itemCount)) item.count = itemCount;
      const evidence = text(equipment[equipmentAt + 3]!);
      if (evidence !== undefined) item.evidence = evidence;
      items.push(item);
    }
    const bits = flags[i]!;
    const at = i * NUMBERS_PER_SIGHTING;
    const codesAt = i * SHARED_FIELDS.length;
    const textAt = i * TEXTS_PER_SIGHTING;
    const idEnd = plainAt + textLengths[textAt]!;
    const id = plain.slice(plainAt, idEnd);
    plainAt = idEnd;
    // The literal shape read-feature.ts gives every sighting, so these share V8's fast paths.
    const sighting: Sighting = {
      id,
      lon: numbers[at]!,
      lat: numbers[at + 1]!,
      hashtags,
      equipment: items,
      militaryEchelon: (bits & ECHELON) !== 0,
      status: text(sharedCodes[codesAt + STATUS_AT]!) as Sighting['status'],
      derived: { equipment: (bits & DERIVED_EQUIPMENT) !== 0, locomotive: (bits & DERIVED_LOCOMOTIVE) !== 0, operator: (bits & DERIVED_OPERATOR) !== 0 },
      extra: extraAt < extras.length && extras[extraAt]!.at === i ? extras[extraAt++]!.extra : {},
    };
    for (let f = 0; f < UNIQUE_FIELDS.length; f++) {
      const length = textLengths[textAt + 1 + f]!;
      if (length === ABSENT_TEXT) continue;
      if (IN_PROSE[f]) {
        sighting[UNIQUE_FIELDS[f]!] = prose.slice(proseAt, proseAt + length);
        proseAt += length;
      } else {
        sighting[UNIQUE_FIELDS[f]!] = plain.slice(plainAt, plainAt + length);
        plainAt += length;
      }
    }
    for (let f = 0; f < SHARED_FIELDS.length; f++) {
      const value = f === STATUS_AT ? undefined : text(sharedCodes[codesAt + f]!);
      if (value !== undefined) (sighting as unknown as Record<string, string>)[SHARED_FIELDS[f]!] = value;
    }
    for (let f = 0; f < NUMBER_FIELDS.length; f++) {
      if ((bits & (FIRST_NUMBER_BIT << f)) !== 0) sighting[NUMBER_FIELDS[f]!] = numbers[at + 2 + f]!;
    }
    sightings[i] = sighting;
  }
  return sightings;
}
