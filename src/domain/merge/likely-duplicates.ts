/*
 * Pairs of sightings that are probably the same train filmed twice: within `maxKm` of each
 * other and observed on the same day. They are flagged for the analyst, never merged,
 * because two trains do pass one station on one day.
 *
 * A grid keeps this near-linear: cells are at least `maxKm` wide everywhere in the data, so
 * any pair within range sits in the same or a neighbouring cell of the same day. Cells do
 * not wrap at ±180° (the area of interest is far from it).
 */
import { haversineKm } from '../geo/geodesic.ts';
import { EARTH_RADIUS_KM } from '../geo/unit-sphere.ts';
import type { Sighting } from '../sighting/sighting-schema.ts';

export type DuplicateCandidate = Pick<Sighting, 'id' | 'lon' | 'lat' | 'observedAt' | 'postedAt'>;

export interface DuplicatePair {
  /** The earlier of the two in the input order. */
  a: string;
  b: string;
  distanceKm: number;
}

export interface LikelyDuplicateOptions {
  /** Farthest apart two reports of one train can be, km (default 2). */
  maxKm?: number;
  /** Stop after this many pairs, so a pile-up at one station cannot stall the app. */
  maxPairs?: number;
}

export interface LikelyDuplicates {
  pairs: DuplicatePair[];
  /** True when maxPairs was reached and some pairs were not reported. */
  truncated: boolean;
}

export const DEFAULT_DUPLICATE_KM = 2;
export const DEFAULT_MAX_PAIRS = 100_000;

const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
const OFFSET_OR_ZULU = /(Z|[+-]\d{2}:?\d{2})$/i;

// `YYYY-MM-DDTHH…Z` with an hour below 24 is already on its UTC day: the written date is the
// answer, without Date.parse and toISOString, which cost most of a 100,000-sighting check.
const ZULU_BEFORE_MIDNIGHT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?Z$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDay(iso: string, month: number, day: number): boolean {
  if (day <= 28) return true;
  if (month !== 2) return day <= DAYS_IN_MONTH[month - 1]!;
  const year = Number(iso.slice(0, 4));
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The UTC calendar day of a sighting (observed, else posted), or undefined without a date.
 * A time without offset is taken as written: the feed did not say where it was.
 */
export function sightingDay(sighting: Pick<Sighting, 'observedAt' | 'postedAt'>): string | undefined {
  const iso = sighting.observedAt ?? sighting.postedAt;
  if (iso === undefined) return undefined;
  const zulu = ZULU_BEFORE_MIDNIGHT.exec(iso);
  // A day past the month's end (30 February) is rolled into the next month by Date.parse.
  if (zulu && isRealDay(iso, Number(zulu[1]), Number(zulu[2]))) return iso.slice(0, 10);
  if (iso.length > 10 && OFFSET_OR_ZULU.test(iso)) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) return new Date(time).toISOString().slice(0, 10);
  }
  return iso.slice(0, 10);
}

export function findLikelyDuplicates(sightings: readonly DuplicateCandidate[], options: LikelyDuplicateOptions = {}): LikelyDuplicates {
  const maxKm = options.maxKm ?? DEFAULT_DUPLICATE_KM;
  const maxPairs = options.maxPairs ?? DEFAULT_MAX_PAIRS;
  const pairs: DuplicatePair[] = [];
  if (sightings.length < 2 || maxPairs <= 0) return { pairs, truncated: false };

  let maxAbsLat = 0;
  for (const s of sightings) maxAbsLat = Math.max(maxAbsLat, Math.abs(s.lat));
  // 1 % slack so rounding never puts an in-range pair two cells apart.
  const cellLat = (maxKm / KM_PER_DEGREE) * 1.01;
  const cellLon = Math.min(360, cellLat / Math.max(Math.cos(((Math.min(maxAbsLat, 89.9) + cellLat) * Math.PI) / 180), 1e-6));

  // Numeric cell keys (day, column, row): string keys cost more than the distance checks.
  const n = sightings.length;
  const dayOf = new Int32Array(n);
  const cxs = new Float64Array(n);
  const cys = new Float64Array(n);
  const dayIds = new Map<string, number>();
  let minCx = Infinity;
  let maxCx = -Infinity;
  let minCy = Infinity;
  let maxCy = -Infinity;
  for (let index = 0; index < n; index++) {
    const s = sightings[index]!;
    const day = sightingDay(s);
    if (day === undefined) {
      dayOf[index] = -1;
      continue;
    }
    let dayId = dayIds.get(day);
    if (dayId === undefined) dayIds.set(day, (dayId = dayIds.size));
    dayOf[index] = dayId;
    const cx = Math.floor(s.lon / cellLon);
    const cy = Math.floor(s.lat / cellLat);
    cxs[index] = cx;
    cys[index] = cy;
    if (cx < minCx) minCx = cx;
    if (cx > maxCx) maxCx = cx;
    if (cy < minCy) minCy = cy;
    if (cy > maxCy) maxCy = cy;
  }
  const width = maxCx - minCx + 3;
  const height = maxCy - minCy + 3;
  const keyOf = (day: number, cx: number, cy: number) => (day * width + (cx - minCx + 1)) * height + (cy - minCy + 1);

  const cells = new Map<number, number[]>();
  // Reused for every comparison: two fresh arrays per candidate pair add up at 100,000 points.
  const here = [0, 0];
  const there = [0, 0];
  const maxLatGap = (maxKm / KM_PER_DEGREE) * 1.01;
  for (let index = 0; index < n; index++) {
    const day = dayOf[index]!;
    if (day < 0) continue;
    const s = sightings[index]!;
    const cx = cxs[index]!;
    const cy = cys[index]!;
    here[0] = s.lon;
    here[1] = s.lat;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const others = cells.get(keyOf(day, cx + dx, cy + dy));
        if (!others) continue;
        for (const other of others) {
          const o = sightings[other]!;
          // Farther apart in latitude alone than maxKm: no need for the great circle.
          if (Math.abs(o.lat - s.lat) > maxLatGap) continue;
          there[0] = o.lon;
          there[1] = o.lat;
          const distanceKm = haversineKm(there, here);
          if (distanceKm > maxKm) continue;
          pairs.push({ a: o.id, b: s.id, distanceKm });
          if (pairs.length >= maxPairs) return { pairs, truncated: true };
        }
      }
    }
    const own = keyOf(day, cx, cy);
    const list = cells.get(own);
    if (list) list.push(index);
    else cells.set(own, [index]);
  }
  return { pairs, truncated: false };
}

/** Each sighting's likely duplicates, nearest first. */
export function duplicatesById(pairs: readonly DuplicatePair[]): Map<string, { id: string; distanceKm: number }[]> {
  const byId = new Map<string, { id: string; distanceKm: number }[]>();
  const add = (from: string, id: string, distanceKm: number) => {
    const list = byId.get(from);
    if (list) list.push({ id, distanceKm });
    else byId.set(from, [{ id, distanceKm }]);
  };
  for (const { a, b, distanceKm } of pairs) {
    add(a, b, distanceKm);
    add(b, a, distanceKm);
  }
  for (const list of byId.values()) list.sort((x, y) => x.distanceKm - y.distanceKm);
  return byId;
}
