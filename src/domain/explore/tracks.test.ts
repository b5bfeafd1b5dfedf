import { describe, expect, it } from 'vitest';
import { toTrackPoints, trackArrows, trackLine, trackSegments, type TrackPoint } from './tracks';

// One degree of latitude on the mean-radius sphere the app measures on.
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

describe('trackSegments', () => {
  it('orders by time and gives each leg its distance, time and speed', () => {
    const points: TrackPoint[] = [
      { id: 'c', lon: 30, lat: 54, time: '2022-01-18T14:00:00Z' },
      { id: 'a', lon: 30, lat: 52, time: '2022-01-18T10:00:00Z' },
      { id: 'b', lon: 30, lat: 53, time: '2022-01-18T13:00:00+02:00' },
    ];
    const { order, segments, totals } = trackSegments(points);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(segments.map((s) => [s.fromId, s.toId, s.elapsedHours, s.implausible, s.missingTime])).toEqual([
      ['a', 'b', 1, false, false],
      ['b', 'c', 3, false, false],
    ]);
    expect(segments[0]!.distanceKm).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(segments[0]!.speedKmh).toBeCloseTo(KM_PER_DEGREE, 6);
    expect(segments[1]!.speedKmh).toBeCloseTo(KM_PER_DEGREE / 3, 6);
    expect(totals.distanceKm).toBeCloseTo(2 * KM_PER_DEGREE, 6);
    expect(totals.elapsedHours).toBe(4);
    expect(totals.maxSpeedKmh).toBeCloseTo(KM_PER_DEGREE, 6);
    expect([totals.implausibleCount, totals.missingTimeCount]).toEqual([0, 0]);
  });

  it('flags a leg faster than a train can go, with a configurable limit', () => {
    const points: TrackPoint[] = [
      { id: 'a', lon: 30, lat: 52, time: '2022-01-18T10:00:00Z' },
      { id: 'b', lon: 30, lat: 53, time: '2022-01-18T10:30:00Z' },
    ];
    const [leg] = trackSegments(points).segments;
    expect(leg!.speedKmh).toBeCloseTo(2 * KM_PER_DEGREE, 6);
    expect(leg!.implausible).toBe(true);
    expect(trackSegments(points, { maxSpeedKmh: 250 }).segments[0]!.implausible).toBe(false);
    expect(trackSegments(points).totals.implausibleCount).toBe(1);
  });

  it('treats the same moment as infinite speed only beyond the jump distance', () => {
    const time = '2022-01-18T10:00:00Z';
    const far = trackSegments([
      { id: 'a', lon: 30, lat: 52, time },
      { id: 'b', lon: 30, lat: 52.1, time },
    ]).segments[0]!;
    expect([far.elapsedHours, far.speedKmh, far.implausible]).toEqual([0, Infinity, true]);
    const near = trackSegments([
      { id: 'a', lon: 30, lat: 52, time },
      { id: 'b', lon: 30, lat: 52.005, time },
    ]).segments[0]!;
    expect([near.elapsedHours, near.speedKmh, near.implausible]).toEqual([0, null, false]);
  });

  it("keeps an undated point after the one the analyst put before it, and marks its legs", () => {
    const points: TrackPoint[] = [
      { id: 'late', lon: 30, lat: 54, time: '2022-01-20' },
      { id: 'undated-after-late', lon: 30, lat: 55 },
      { id: 'early', lon: 30, lat: 52, time: '2022-01-18' },
      { id: 'bad-time', lon: 30, lat: 53, time: 'yesterday' },
    ];
    const { order, segments, totals } = trackSegments(points);
    expect(order).toEqual(['early', 'bad-time', 'late', 'undated-after-late']);
    expect(segments.map((s) => [s.missingTime, s.elapsedHours, s.speedKmh, s.implausible])).toEqual([
      [true, null, null, false],
      [true, null, null, false],
      [true, null, null, false],
    ]);
    expect(totals.elapsedHours).toBe(48);
    expect(totals.missingTimeCount).toBe(3);
    expect(totals.maxSpeedKmh).toBeNull();
  });

  it('puts undated points that lead the list first, and drops unusable coordinates', () => {
    const points: TrackPoint[] = [
      { id: 'undated', lon: 30, lat: 52 },
      { id: 'broken', lon: Number.NaN, lat: 52, time: '2022-01-17' },
      { id: 'dated', lon: 30, lat: 53, time: '2022-01-18' },
    ];
    expect(trackSegments(points).order).toEqual(['undated', 'dated']);
  });

  it('has no legs for fewer than two points', () => {
    expect(trackSegments([{ id: 'a', lon: 30, lat: 52 }])).toEqual({
      order: ['a'],
      segments: [],
      totals: { distanceKm: 0, elapsedHours: null, maxSpeedKmh: null, implausibleCount: 0, missingTimeCount: 0 },
    });
  });
});

describe('drawing a track', () => {
  const points: TrackPoint[] = [
    { id: 'b', lon: 2, lat: 0, time: '2022-01-19' },
    { id: 'a', lon: 0, lat: 0, time: '2022-01-18' },
    { id: 'c', lon: 2, lat: 2, time: '2022-01-20' },
    { id: 'c-again', lon: 2, lat: 2, time: '2022-01-21' },
  ];

  it('gives the line in time order', () => {
    expect(trackLine(points)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [2, 2],
    ]);
  });

  it('puts an arrow at the middle of each leg pointing the way of travel, none on a leg of no length', () => {
    const arrows = trackArrows(points);
    expect(arrows.map((a) => [a.fromId, a.toId])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(arrows[0]!.lon).toBeCloseTo(1, 9);
    expect(arrows[0]!.lat).toBeCloseTo(0, 9);
    expect(arrows[0]!.bearingDeg).toBeCloseTo(90, 6);
    expect(arrows[1]!.lon).toBeCloseTo(2, 9);
    expect(arrows[1]!.lat).toBeCloseTo(1, 9);
    expect(arrows[1]!.bearingDeg).toBeCloseTo(0, 6);
  });
});

describe('toTrackPoints', () => {
  it('takes observedAt, else postedAt, and lists sightings that are not loaded', () => {
    const byId = new Map([
      ['a', { id: 'a', lon: 30, lat: 52, observedAt: '2022-01-18T10:00:00Z', postedAt: '2022-01-19' }],
      ['b', { id: 'b', lon: 31, lat: 52, observedAt: 'garbled', postedAt: '2022-01-19' }],
      ['c', { id: 'c', lon: 32, lat: 52 }],
    ]);
    expect(toTrackPoints(['a', 'gone', 'b', 'c'], byId)).toEqual({
      points: [
        { id: 'a', lon: 30, lat: 52, time: '2022-01-18T10:00:00Z' },
        { id: 'b', lon: 31, lat: 52, time: '2022-01-19' },
        { id: 'c', lon: 32, lat: 52 },
      ],
      missing: ['gone'],
    });
  });
});
