// Shared conventions of the geo engine: the sphere it measures on and the 3D unit-vector
// form of coordinates. Working with unit vectors keeps every comparison trig-free and makes
// the antimeridian a non-issue (179.9 E and 179.9 W are neighbours in 3D).

/** IUGG mean Earth radius, the same value Turf uses, so both engines agree to the millimetre. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

export type LonLat = [number, number];

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export function toRadians(deg: number): number {
  return deg * RAD;
}

export function toDegrees(rad: number): number {
  return rad * DEG;
}

/** Writes the unit vector of (lon, lat) into `out` at `offset` (x towards 0°E, z towards the North Pole). */
export function writeUnitVector(lon: number, lat: number, out: Float64Array, offset: number): void {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  const cosPhi = Math.cos(phi);
  out[offset] = cosPhi * Math.cos(lambda);
  out[offset + 1] = cosPhi * Math.sin(lambda);
  out[offset + 2] = Math.sin(phi);
}

/** Inverse of writeUnitVector; accepts any non-zero vector (it need not be normalised). */
export function unitVectorToLonLat(x: number, y: number, z: number): LonLat {
  return [Math.atan2(y, x) * DEG, Math.atan2(z, Math.hypot(x, y)) * DEG];
}

/** Central angle (radians) subtended by a chord of the unit sphere. */
export function chordToAngle(chord: number): number {
  return 2 * Math.asin(Math.min(1, chord / 2));
}

/** Great-circle distance in km for a squared chord of the unit sphere. */
export function chord2ToKm(chord2: number): number {
  return chordToAngle(Math.sqrt(chord2)) * EARTH_RADIUS_KM;
}

/** Squared chord for a great-circle distance in km (inverse of chord2ToKm for 0..πR). */
export function kmToChord2(km: number): number {
  const s = 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
  return s * s;
}
