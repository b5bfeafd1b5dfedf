import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../domain/geo/geodesic';
import { formatElapsed, formatKm, formatSpeed, implausibleText, legText, totalsText, viewTrack } from './track-format';

describe('formatElapsed', () => {
  it('uses minutes, hours and days as the span grows', () => {
    expect(formatElapsed(0.5)).toBe('30 min');
    expect(formatElapsed(6 + 40 / 60)).toBe('6 h 40 min');
    expect(formatElapsed(3)).toBe('3 h');
    expect(formatElapsed(51)).toBe('2 d 3 h');
    expect(formatElapsed(48)).toBe('2 d');
  });
  it('says when the time is unknown', () => expect(formatElapsed(null)).toBe('time unknown'));
});

describe('formatKm', () => {
  it('keeps a decimal below 100 km only', () => {
    expect(formatKm(45.24)).toBe('45.2 km');
    expect(formatKm(630.4)).toBe('630 km');
  });
});

describe('formatSpeed and implausibleText', () => {
  it('rounds a known speed and flags it above the train limit', () => {
    const fast = { speedKmh: 480.4, missingTime: false, implausible: true };
    expect(formatSpeed(fast)).toBe('480 km/h');
    expect(implausibleText(fast)).toBe('implausible for a train: 480 km/h');
  });
  it('does not flag a plausible leg', () => expect(implausibleText({ speedKmh: 40, missingTime: false, implausible: false })).toBeNull());
  it('names the cases without a speed', () => {
    expect(formatSpeed({ speedKmh: null, missingTime: true })).toBe('speed unknown');
    expect(formatSpeed({ speedKmh: null, missingTime: false })).toBe('same moment, same place');
    expect(implausibleText({ speedKmh: Infinity, missingTime: false, implausible: true })).toBe(
      'implausible for a train: same moment, different places',
    );
  });
});

describe('viewTrack', () => {
  const homel = { id: 'homel', lon: 31.0, lat: 52.43, observedAt: '2022-01-24T09:30:00Z' };
  const rechytsa = { id: 'rechytsa', lon: 30.39, lat: 52.37, observedAt: '2022-01-24T16:10:00Z' };
  const smolensk = { id: 'smolensk', lon: 32.05, lat: 54.79, observedAt: '2022-01-24T10:30:00Z' };
  const byId = new Map([homel, rechytsa, smolensk].map((s) => [s.id, s]));

  it('orders the legs by time, whatever order the analyst linked them in', () => {
    const view = viewTrack(['rechytsa', 'homel'], byId);
    expect(view.order).toEqual(['homel', 'rechytsa']);
    expect(view.segments).toHaveLength(1);
    const km = haversineKm([31.0, 52.43], [30.39, 52.37]);
    expect(view.segments[0]!.distanceKm).toBeCloseTo(km, 6);
    expect(legText(view.segments[0]!)).toBe(`${formatKm(km)} in 6 h 40 min, ${Math.round(km / (20 / 3))} km/h`);
    expect(view.segments[0]!.implausible).toBe(false);
  });

  it('flags a leg faster than 120 km/h', () => {
    const view = viewTrack(['homel', 'smolensk'], byId);
    const km = haversineKm([31.0, 52.43], [32.05, 54.79]);
    expect(view.segments[0]!.implausible).toBe(true);
    expect(implausibleText(view.segments[0]!)).toBe(`implausible for a train: ${Math.round(km)} km/h`);
  });

  it('lists ids whose sighting is not loaded instead of drawing them', () => {
    const view = viewTrack(['homel', 'gone'], byId);
    expect(view.missing).toEqual(['gone']);
    expect(view.order).toEqual(['homel']);
    expect(totalsText(view.order.length, view.totals)).toBe('1 sighting');
  });

  it('sums the totals over the legs', () => {
    const view = viewTrack(['homel', 'rechytsa'], byId);
    expect(totalsText(2, view.totals)).toBe(`2 sightings, ${formatKm(view.totals.distanceKm)} over 6 h 40 min`);
  });
});
