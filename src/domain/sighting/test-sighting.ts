// Test-only: a sighting with just what every sighting has (the shape read-feature.ts makes),
// and the fields a test gives, so tests need not spell the whole shape out each time.
import type { Sighting } from './sighting-schema';

export function testSighting(fields: Pick<Sighting, 'id' | 'lon' | 'lat'> & Partial<Sighting>): Sighting {
  return {
    hashtags: [],
    equipment: [],
    militaryEchelon: false,
    status: 'unverified',
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
    ...fields,
  };
}
