// One palette for map, list and legend, so a colour means the same status everywhere.
// Chosen to stay distinguishable for the common colour-vision deficiencies (no red/green pair
// carries meaning alone: the list and details always print the status as text too).
export const STATUS_COLORS = {
  unverified: '#7c8591',
  geolocated: '#2b7bd6',
  confirmed: '#16875a',
  disputed: '#d99400',
  disinformation: '#c0306b',
  unverifiable: '#7a5ba8',
} as const;

export type StatusColorKey = keyof typeof STATUS_COLORS;

export const STATUS_LABELS: Record<StatusColorKey, string> = {
  unverified: 'Unverified',
  geolocated: 'Geolocated',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  disinformation: 'Disinformation',
  unverifiable: 'Unverifiable',
};

export function statusColor(status: string): string {
  return (STATUS_COLORS as Record<string, string>)[status] ?? STATUS_COLORS.unverified;
}
