// Point-to-point measures on the mean-radius sphere, for the measure tool and labels. The
// same sphere as the border engine, so a measured line and a border distance agree.

import { EARTH_RADIUS_KM, KM_PER_MILE, toDegrees, toRadians } from './unit-sphere.ts';

/** Great-circle distance in km. Longitudes wrap: 179.9 and -179.9 are 0.2° apart. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const phi1 = toRadians(a[1]!);
  const phi2 = toRadians(b[1]!);
  const sinDPhi = Math.sin((phi2 - phi1) / 2);
  const sinDLambda = Math.sin(toRadians(b[0]! - a[0]!) / 2);
  const h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial great-circle bearing from a to b, degrees clockwise from north in [0, 360); 0 when a = b. */
export function initialBearingDeg(a: readonly number[], b: readonly number[]): number {
  const phi1 = toRadians(a[1]!);
  const phi2 = toRadians(b[1]!);
  const dLambda = toRadians(b[0]! - a[0]!);
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  const deg = toDegrees(Math.atan2(y, x));
  // `+ 0` turns -0 into 0; the modulo keeps 360 out of the range.
  return ((deg % 360) + 360) % 360 + 0;
}

export interface PathLength {
  /** Sum of the legs. */
  totalKm: number;
  /** One entry per leg: segmentsKm[i] is points[i] → points[i + 1]. */
  segmentsKm: number[];
}

/** Lengths of a measured path (the measure tool's legs and total); fewer than 2 points measure 0. */
export function pathLengthKm(points: readonly (readonly number[])[]): PathLength {
  const segmentsKm: number[] = [];
  let totalKm = 0;
  for (let i = 1; i < points.length; i++) {
    const d = haversineKm(points[i - 1]!, points[i]!);
    segmentsKm.push(d);
    totalKm += d;
  }
  return { totalKm, segmentsKm };
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

const COMPASS_16 = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'] as const;

/** 16-point compass name of a bearing ("NNE"); each name covers ±11.25° around its direction. Empty for NaN. */
export function formatBearing(deg: number): string {
  if (!Number.isFinite(deg)) return '';
  const sector = Math.round((((deg % 360) + 360) % 360) / 22.5) % 16;
  return COMPASS_16[sector]!;
}
