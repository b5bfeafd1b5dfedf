import type { EffectiveStatus, WorkspaceSighting } from './workspace-sighting';

export const STATUS_NAMES: Record<EffectiveStatus, string> = {
  unverified: 'Unverified',
  geolocated: 'Geolocated',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  disinformation: 'Disinformation',
  unverifiable: 'Unverifiable',
};

export function statusName(status: string): string {
  return (STATUS_NAMES as Record<string, string>)[status] ?? status;
}

/**
 * "Confirmed (analyst)" when the analyst set the status, "Confirmed" when it is the feed's:
 * a verdict must never be mistaken for the crowd's claim, or the other way round.
 */
export function statusLabel(sighting: Pick<WorkspaceSighting, 'status' | 'feedStatus'>): string {
  const name = statusName(sighting.status);
  return sighting.feedStatus === undefined ? name : `${name} (analyst)`;
}
