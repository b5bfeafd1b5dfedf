/*
 * The likely duplicates of one sighting: other sightings within `maxKm` of it and observed on
 * the same day, probably the same train filmed twice. They are flagged for the analyst, never
 * merged, because two trains do pass one station on one day.
 *
 * Asked for one sighting at a time (the one the analyst opened), not for every pair at load:
 * that took 175 ms of the main thread for 100,000 sightings and seconds for a million, for a
 * list only the details panel shows. One question is a scan of plain numbers (about 10 ms per
 * 100,000 sightings); the calendar day is worked out only for the few inside the box. The box
 * does not wrap at ±180° (the area of interest is far from it).
 */
import { haversineKm } from '../geo/geodesic.ts';
import { EARTH_RADIUS_KM } from '../geo/unit-sphere.ts';
import type { Sighting } from '../sighting/sighting-schema.ts';

export type DuplicateCandidate = Pick<Sighting, 'id' | 'lon' | 'lat' | 'observedAt' | 'postedAt'>;

export interface LikelyDuplicate {
  id: string;
  distanceKm: number;
}

export interface LikelyDuplicateOptions {
  /** Farthest apart two reports of one train can be, km (default 2). */
  maxKm?: number;
  /** List at most this many, nearest first, so a pile-up at one station cannot flood the panel. */
  limit?: number;
}

export interface LikelyDuplicates {
  /** Nearest first. */
  duplicates: LikelyDuplicate[];
  /** How many more were within range than `limit` allowed. */
  more: number;
}

export const DEFAULT_DUPLICATE_KM = 2;
export const DEFAULT_DUPLICATE_LIMIT = 25;

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

export function likelyDuplicatesOf(sightings: readonly DuplicateCandidate[], target: DuplicateCandidate, options: LikelyDuplicateOptions = {}): LikelyDuplicates {
  const maxKm = options.maxKm ?? DEFAULT_DUPLICATE_KM;
  const limit = options.limit ?? DEFAULT_DUPLICATE_LIMIT;
  const day = sightingDay(target);
  if (day === undefined) return { duplicates: [], more: 0 };
  // A box around the target a little wider than maxKm (1 % slack for rounding): anything
  // outside it is out of range without the great circle.
  const latGap = (maxKm / KM_PER_DEGREE) * 1.01;
  const poleward = Math.min(Math.abs(target.lat) + latGap, 89.9);
  const lonGap = Math.min(360, latGap / Math.max(Math.cos((poleward * Math.PI) / 180), 1e-6));
  const here = [target.lon, target.lat];
  const there = [0, 0];
  const found: LikelyDuplicate[] = [];
  for (const other of sightings) {
    if (Math.abs(other.lat - target.lat) > latGap || Math.abs(other.lon - target.lon) > lonGap) continue;
    if (other.id === target.id || sightingDay(other) !== day) continue;
    there[0] = other.lon;
    there[1] = other.lat;
    const distanceKm = haversineKm(here, there);
    if (distanceKm <= maxKm) found.push({ id: other.id, distanceKm });
  }
  found.sort((a, b) => a.distanceKm - b.distanceKm);
  return { duplicates: found.slice(0, limit), more: Math.max(0, found.length - limit) };
}
