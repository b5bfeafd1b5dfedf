// Runtime rules for what an annotation may hold. Repositories apply them on every write so
// bad input fails before it reaches the database, with a message the UI can show.
import { ANALYST_STATUSES, type AnalystStatus, type CorrectedLocation, type EquipmentEntry } from './records.ts';

/** Trim, collapse inner whitespace, lower-case, drop empties and duplicates (first wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean !== '' && !out.includes(clean)) out.push(clean);
  }
  return out;
}

export function isAnalystStatus(value: unknown): value is AnalystStatus {
  return (ANALYST_STATUSES as readonly unknown[]).includes(value);
}

export function assertStatus(value: unknown): asserts value is AnalystStatus {
  if (!isAnalystStatus(value)) {
    throw new RangeError(`Unknown status "${String(value)}"; expected one of ${ANALYST_STATUSES.join(', ')}.`);
  }
}

export function assertLocation(location: CorrectedLocation): void {
  const { lon, lat, uncertaintyKm } = location;
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) throw new RangeError(`Longitude ${lon} is outside -180..180.`);
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new RangeError(`Latitude ${lat} is outside -90..90.`);
  if (uncertaintyKm !== undefined && (!Number.isFinite(uncertaintyKm) || uncertaintyKm < 0)) {
    throw new RangeError(`Uncertainty ${uncertaintyKm} km must be a non-negative number.`);
  }
}

export function assertEquipment(entries: readonly EquipmentEntry[]): void {
  for (const entry of entries) {
    if (typeof entry.kind !== 'string' || entry.kind.trim() === '') throw new RangeError('Every equipment entry needs a kind.');
    if (entry.count !== undefined && (!Number.isInteger(entry.count) || entry.count < 0)) {
      throw new RangeError(`Equipment count ${entry.count} must be a whole number ≥ 0.`);
    }
  }
}
