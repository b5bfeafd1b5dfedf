import type { LocalSightingRecord } from '../../db/records';
import { parseFeed } from '../../domain/sighting/parse-feed';
import type { Sighting } from '../../domain/sighting/sighting-schema';

export type LocalFeedSightings = { sightings: Sighting[]; note?: string; error?: string };

/**
 * Stored raw features → Sightings, through the same parseFeed door as every online feed, so a
 * workspace written by an older build is read with today's rules. A stored feature parseFeed
 * cannot use is reported, never dropped silently: the record itself stays in the workspace.
 */
export function localFeedSightings(feedName: string, records: readonly LocalSightingRecord[]): LocalFeedSightings {
  if (records.length === 0) return { sightings: [] };
  const result = parseFeed({ type: 'FeatureCollection', features: records.map((record) => record.feature) });
  if (!result.ok) return { sightings: [], error: `${feedName}: the stored sightings could not be read (${result.error.message})` };
  const skipped = result.skipped.length;
  if (skipped === 0) return { sightings: result.sightings };
  const first = result.skipped[0]?.reason ?? '';
  const note = `${feedName}: ${skipped} stored sighting${skipped === 1 ? '' : 's'} cannot be shown on the map (${first}${skipped > 1 ? ' …' : ''}).`;
  return { sightings: result.sightings, note };
}
