import { describe, expect, it } from 'vitest';
import { statusLabel, statusName } from './status-label';

describe('statusLabel', () => {
  it("marks the analyst's status", () => {
    expect(statusLabel({ status: 'confirmed', feedStatus: 'unverified' })).toBe('Confirmed (analyst)');
    expect(statusLabel({ status: 'unverifiable', feedStatus: 'geolocated' })).toBe('Unverifiable (analyst)');
  });

  it("shows the feed's status plainly", () => {
    expect(statusLabel({ status: 'disputed' })).toBe('Disputed');
  });

  it('shows an unknown status as it came', () => {
    expect(statusName('retracted')).toBe('retracted');
  });
});
