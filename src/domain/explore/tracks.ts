import { haversineKm, initialBearingDeg } from '../geo/geodesic';
import { toDegrees, toRadians } from '../geo/unit-sphere';
import { isoToUtcMs } from './utc-day';

/*
 * A movement track: sightings the analyst believes show the same echelon, drawn in time
 * order with what each leg implies. A freight train averages well under 60 km/h; a leg that
 * needs more than 120 km/h points to a wrong link, a wrong date or a wrong location.
 */

export interface TrackPoint {
  id: string;
  lon: number;
  lat: number;
  /** ISO 8601 (observedAt, else postedAt); missing or unreadable times are "unknown". */
  time?: string;
}

export interface TrackSegment {
  fromId: string;
  toId: string;
  distanceKm: number;
  /** Null when either end has no time. */
  elapsedHours: number | null;
  /**
   * Null when either time is missing, or when both ends are the same moment within
   * `minJumpKm` (one train filmed twice). Infinity when the same moment is farther apart.
   */
  speedKmh: number | null;
  implausible: boolean;
  missingTime: boolean;
}

export interface TrackTotals {
  distanceKm: number;
  /** From the earliest to the latest known time; null with fewer than two timed points. */
  elapsedHours: number | null;
  /** Fastest leg with a known speed (may be Infinity); null when none is known. */
  maxSpeedKmh: number | null;
  implausibleCount: number;
  missingTimeCount: number;
}

export interface TrackOptions {
  /** Legs faster than this are implausible for a train. Default 120 km/h. */
  maxSpeedKmh?: number;
  /** Two sightings at the same moment closer than this are one train, not an infinite speed. Default 1 km. */
  minJumpKm?: number;
}

export interface TrackSummary {
  /** Point ids in drawing order. */
  order: string[];
  segments: TrackSegment[];
  totals: TrackTotals;
}

const DEFAULT_MAX_SPEED_KMH = 120;
const DEFAULT_MIN_JUMP_KM = 1;
const MS_PER_HOUR = 3_600_000;

function usable(point: TrackPoint): boolean {
  return Number.isFinite(point.lon) && Number.isFinite(point.lat) && Math.abs(point.lat) <= 90;
}

/**
 * The points in time order. A point without a time stays right after the point the analyst
 * put before it (or first, when it led the list): the analyst's order is the only hint of
 * where it belongs. Equal times keep the analyst's order. Unusable coordinates are dropped.
 */
export function orderTrackPoints<P extends TrackPoint>(points: readonly P[]): { point: P; ms: number }[] {
  type Group = { ms: number; members: { point: P; ms: number }[] };
  const leading: Group = { ms: -Infinity, members: [] };
  const groups: Group[] = [];
  let current = leading;
  for (const point of points) {
    if (!usable(point)) continue;
    const ms = point.time === undefined ? Number.NaN : isoToUtcMs(point.time);
    if (Number.isNaN(ms)) current.members.push({ point, ms });
    else {
      current = { ms, members: [{ point, ms }] };
      groups.push(current);
    }
  }
  groups.sort((a, b) => a.ms - b.ms);
  return [leading, ...groups].flatMap((group) => group.members);
}

/** Legs between consecutive points in time order, with totals. */
export function trackSegments(points: readonly TrackPoint[], options: TrackOptions = {}): TrackSummary {
  const maxSpeed = options.maxSpeedKmh ?? DEFAULT_MAX_SPEED_KMH;
  const minJump = options.minJumpKm ?? DEFAULT_MIN_JUMP_KM;
  const ordered = orderTrackPoints(points);
  const segments: TrackSegment[] = [];
  const totals: TrackTotals = { distanceKm: 0, elapsedHours: null, maxSpeedKmh: null, implausibleCount: 0, missingTimeCount: 0 };
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1]!;
    const b = ordered[i]!;
    const distanceKm = haversineKm([a.point.lon, a.point.lat], [b.point.lon, b.point.lat]);
    const missingTime = Number.isNaN(a.ms) || Number.isNaN(b.ms);
    const elapsedHours = missingTime ? null : (b.ms - a.ms) / MS_PER_HOUR;
    let speedKmh: number | null = null;
    if (elapsedHours !== null) {
      if (elapsedHours > 0) speedKmh = distanceKm / elapsedHours;
      else if (distanceKm > minJump) speedKmh = Infinity;
    }
    const implausible = speedKmh !== null && speedKmh > maxSpeed;
    segments.push({ fromId: a.point.id, toId: b.point.id, distanceKm, elapsedHours, speedKmh, implausible, missingTime });
    totals.distanceKm += distanceKm;
    if (implausible) totals.implausibleCount++;
    if (missingTime) totals.missingTimeCount++;
    if (speedKmh !== null && (totals.maxSpeedKmh === null || speedKmh > totals.maxSpeedKmh)) totals.maxSpeedKmh = speedKmh;
  }
  const times = ordered.map((entry) => entry.ms).filter((ms) => !Number.isNaN(ms));
  if (times.length >= 2) totals.elapsedHours = (Math.max(...times) - Math.min(...times)) / MS_PER_HOUR;
  return { order: ordered.map((entry) => entry.point.id), segments, totals };
}

/** LineString coordinates in the same order as trackSegments. */
export function trackLine(points: readonly TrackPoint[]): [number, number][] {
  return orderTrackPoints(points).map(({ point }) => [point.lon, point.lat]);
}

export interface TrackArrow {
  fromId: string;
  toId: string;
  lon: number;
  lat: number;
  /** Direction of travel at the midpoint, degrees clockwise from north (MapLibre's icon-rotate with map alignment). */
  bearingDeg: number;
}

/** Great-circle midpoint of two points. */
function midpoint(a: TrackPoint, b: TrackPoint): [number, number] {
  const phi1 = toRadians(a.lat);
  const phi2 = toRadians(b.lat);
  const lambda1 = toRadians(a.lon);
  const dLambda = toRadians(b.lon - a.lon);
  const bx = Math.cos(phi2) * Math.cos(dLambda);
  const by = Math.cos(phi2) * Math.sin(dLambda);
  const phi = Math.atan2(Math.sin(phi1) + Math.sin(phi2), Math.sqrt((Math.cos(phi1) + bx) ** 2 + by ** 2));
  const lambda = lambda1 + Math.atan2(by, Math.cos(phi1) + bx);
  return [((toDegrees(lambda) + 540) % 360) - 180, toDegrees(phi)];
}

/** One arrow per leg at its midpoint; legs shorter than `minKm` (no direction to show) get none. */
export function trackArrows(points: readonly TrackPoint[], minKm = 0.01): TrackArrow[] {
  const ordered = orderTrackPoints(points);
  const arrows: TrackArrow[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1]!.point;
    const b = ordered[i]!.point;
    if (haversineKm([a.lon, a.lat], [b.lon, b.lat]) < minKm) continue;
    const [lon, lat] = midpoint(a, b);
    // The bearing at the midpoint, not at the start: on a long leg the two differ visibly.
    arrows.push({ fromId: a.id, toId: b.id, lon, lat, bearingDeg: initialBearingDeg([lon, lat], [b.lon, b.lat]) });
  }
  return arrows;
}

/**
 * A stored track's sightings as points (observedAt, else postedAt). Ids whose sighting is
 * not loaded (a feed switched off, a local sighting deleted) are listed in `missing`.
 */
export function toTrackPoints(
  sightingIds: readonly string[],
  sightingsById: ReadonlyMap<string, { id: string; lon: number; lat: number; observedAt?: string; postedAt?: string }>,
): { points: TrackPoint[]; missing: string[] } {
  const points: TrackPoint[] = [];
  const missing: string[] = [];
  for (const id of sightingIds) {
    const s = sightingsById.get(id);
    if (!s) {
      missing.push(id);
      continue;
    }
    const observed = s.observedAt !== undefined && !Number.isNaN(isoToUtcMs(s.observedAt)) ? s.observedAt : undefined;
    const time = observed ?? s.postedAt;
    points.push(time === undefined ? { id, lon: s.lon, lat: s.lat } : { id, lon: s.lon, lat: s.lat, time });
  }
  return { points, missing };
}
