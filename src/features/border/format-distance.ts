// Wording of border distances, shared by the details section, the list and the map label so
// that the same sighting reads the same everywhere.

import type { Side } from '../../domain/geo/country-side';
import { formatBearing } from '../../domain/geo/geodesic';

const KM_PER_MILE = 1.609344;

/** "47.9 km (29.8 mi)": one decimal, km first, the reporting's miles in parentheses. */
export function formatKmAndMiles(km: number): string {
  return `${km.toFixed(1)} km (${(km / KM_PER_MILE).toFixed(1)} mi)`;
}

export function formatBorderSentence(km: number): string {
  return `${formatKmAndMiles(km)} to the Belarus–Ukraine border`;
}

/** Compact form for list rows and map labels: "48 km", or "4.2 km" under 10 km where a kilometre matters. */
export function formatShortKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

const SIDE_TEXT: Record<Side, string> = {
  belarus: 'in Belarus',
  ukraine: 'in Ukraine',
  elsewhere: 'outside Belarus and Ukraine',
};

export function formatSide(side: Side): string {
  return SIDE_TEXT[side];
}

/** "border lies SSW"; a sighting on the border has no direction to it. */
export function formatBorderBearing(bearingDeg: number): string {
  return Number.isFinite(bearingDeg) ? `border lies ${formatBearing(bearingDeg)}` : 'on the border';
}
