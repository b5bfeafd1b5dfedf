import { describe, expect, it } from 'vitest';
import { checkPinnedAdvisories } from './pinned-advisories';

describe('checkPinnedAdvisories', () => {
  it('flags maplibre-gl below 6.4.1 (GHSA-jrc7-96c5-q579)', () => {
    expect(checkPinnedAdvisories(() => '6.4.0')).toEqual([
      'maplibre-gl@6.4.0 is affected by GHSA-jrc7-96c5-q579 (XSS through attribution text); upgrade to ≥ 6.4.1.',
    ]);
    expect(checkPinnedAdvisories(() => '5.9.9')).toHaveLength(1);
  });

  it.each(['6.4.1', '6.17.0', '7.0.0-beta.1', '10.0.0'])('accepts %s', (version) => {
    expect(checkPinnedAdvisories(() => version)).toEqual([]);
  });
});
