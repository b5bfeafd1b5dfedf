// What the measure readout says, kept pure so the numbers an analyst quotes are tested.
import { kmToMiles, pathLengthKm } from '../../domain/geo/geodesic';

export type MeasureSegment = { from: number; to: number; km: number; text: string };
export type MeasureSummary = { segments: MeasureSegment[]; totalKm: number; totalText: string };

function formatNumber(value: number): string {
  // Two decimals below 10 so a short hop (a yard, a siding) still reads as more than zero.
  const digits = value < 10 ? 2 : 1;
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "12.3 km (7.6 mi)": reporting quotes miles ("less than 40 miles from the border"). */
export function formatDistance(km: number): string {
  return `${formatNumber(km)} km (${formatNumber(kmToMiles(km))} mi)`;
}

/** Each leg between consecutive points (numbered from 1, as on the map) and the total. */
export function summariseMeasure(points: readonly (readonly [number, number])[]): MeasureSummary {
  const { segmentsKm, totalKm } = pathLengthKm(points);
  return {
    segments: segmentsKm.map((km, index) => ({ from: index + 1, to: index + 2, km, text: formatDistance(km) })),
    totalKm,
    totalText: formatDistance(totalKm),
  };
}
