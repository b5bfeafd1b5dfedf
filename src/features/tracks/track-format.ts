import { toTrackPoints, trackSegments, type TrackSegment, type TrackTotals } from '../../domain/explore/tracks';

/*
 * What the track panel says about each leg. Every leg gets a sentence an analyst can read
 * aloud in a briefing; an implausible leg says why ("implausible for a train: 480 km/h")
 * in words, so the flag never depends on colour alone.
 */

export const MAX_TRAIN_SPEED_KMH = 120;

/** "40 min", "6 h 40 min", "2 d 3 h"; "time unknown" when either end has no time. */
export function formatElapsed(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return 'time unknown';
  const minutes = Math.round(hours * 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  if (h < 24) return minutes % 60 === 0 ? `${h} h` : `${h} h ${minutes % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}

/** "0.8 km", "45.2 km", "630 km". */
export function formatKm(km: number): string {
  return km < 100 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/** The speed part of a leg: "48 km/h", "same moment", "speed unknown". */
export function formatSpeed(segment: Pick<TrackSegment, 'speedKmh' | 'missingTime'>): string {
  if (segment.speedKmh === null) return segment.missingTime ? 'speed unknown' : 'same moment, same place';
  if (!Number.isFinite(segment.speedKmh)) return 'same moment, different places';
  return `${Math.round(segment.speedKmh)} km/h`;
}

/** The flag of an implausible leg, or null for a plausible one. */
export function implausibleText(segment: Pick<TrackSegment, 'speedKmh' | 'missingTime' | 'implausible'>): string | null {
  return segment.implausible ? `implausible for a train: ${formatSpeed(segment)}` : null;
}

/** "45.2 km in 6 h 40 min, 7 km/h". */
export function legText(segment: TrackSegment): string {
  return `${formatKm(segment.distanceKm)} in ${formatElapsed(segment.elapsedHours)}, ${formatSpeed(segment)}`;
}

/** "3 sightings, 180 km over 1 d 4 h". */
export function totalsText(pointCount: number, totals: TrackTotals): string {
  const count = `${pointCount} sighting${pointCount === 1 ? '' : 's'}`;
  if (pointCount < 2) return count;
  const over = totals.elapsedHours === null ? '' : ` over ${formatElapsed(totals.elapsedHours)}`;
  return `${count}, ${formatKm(totals.distanceKm)}${over}`;
}

type SightingLike = { id: string; lon: number; lat: number; observedAt?: string; postedAt?: string };

export type TrackView = {
  /** Sighting ids in time order (drawing order). */
  order: string[];
  segments: TrackSegment[];
  totals: TrackTotals;
  /** Stored ids whose sighting is not loaded now (feed switched off, sighting deleted). */
  missing: string[];
};

/** A stored track read against the sightings that are loaded. */
export function viewTrack(sightingIds: readonly string[], byId: ReadonlyMap<string, SightingLike>): TrackView {
  const { points, missing } = toTrackPoints(sightingIds, byId);
  const summary = trackSegments(points, { maxSpeedKmh: MAX_TRAIN_SPEED_KMH });
  return { ...summary, missing };
}
