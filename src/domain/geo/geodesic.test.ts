import { describe, expect, it } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import { formatBearing, haversineKm, initialBearingDeg, kmToMiles, pathLengthKm } from './geodesic.ts';

const { Geodesic } = geographiclib;
const ONE_DEGREE_KM = (6371.0088 * Math.PI) / 180;

describe('haversineKm', () => {
  it('is one degree of the mean-radius sphere along the equator and along a meridian', () => {
    expect(haversineKm([0, 0], [1, 0])).toBeCloseTo(ONE_DEGREE_KM, 9);
    expect(haversineKm([30, 50], [30, 51])).toBeCloseTo(ONE_DEGREE_KM, 9);
  });

  it('wraps the antimeridian: 179.9 E to 179.9 W on the equator is 0.2°', () => {
    expect(haversineKm([179.9, 0], [-179.9, 0])).toBeCloseTo(0.2 * ONE_DEGREE_KM, 9);
  });

  it('is within 0.5 % of the WGS84 geodesic from Homel to Kyiv', () => {
    const reference = Geodesic.WGS84.Inverse(52.44, 30.98, 50.45, 30.52).s12! / 1000;
    expect(Math.abs(haversineKm([30.98, 52.44], [30.52, 50.45]) / reference - 1)).toBeLessThan(0.005);
  });
});

describe('initialBearingDeg', () => {
  it('gives the four cardinal directions from the origin', () => {
    expect(initialBearingDeg([0, 0], [0, 1])).toBe(0);
    expect(initialBearingDeg([0, 0], [1, 0])).toBeCloseTo(90, 12);
    expect(initialBearingDeg([0, 0], [0, -1])).toBeCloseTo(180, 12);
    expect(initialBearingDeg([0, 0], [-1, 0])).toBeCloseTo(270, 12);
  });

  it('matches the WGS84 initial azimuth within 0.5° from Brest to Homel', () => {
    const azimuth = Geodesic.WGS84.Inverse(52.1, 23.69, 52.44, 30.98, Geodesic.AZIMUTH).azi1!;
    expect(Math.abs(initialBearingDeg([23.69, 52.1], [30.98, 52.44]) - azimuth)).toBeLessThan(0.5);
  });

  it('heads east across the antimeridian from 179.9 E to 179.9 W', () => {
    expect(initialBearingDeg([179.9, 0], [-179.9, 0])).toBeCloseTo(90, 9);
  });
});

describe('pathLengthKm', () => {
  it('gives each leg and their sum', () => {
    const { segmentsKm, totalKm } = pathLengthKm([[0, 0], [1, 0], [1, 2]]);
    expect(segmentsKm).toHaveLength(2);
    expect(segmentsKm[0]).toBeCloseTo(ONE_DEGREE_KM, 9);
    expect(segmentsKm[1]).toBeCloseTo(2 * ONE_DEGREE_KM, 9);
    expect(totalKm).toBeCloseTo(3 * ONE_DEGREE_KM, 9);
  });

  it('measures nothing for fewer than two points', () => {
    expect(pathLengthKm([])).toEqual({ totalKm: 0, segmentsKm: [] });
    expect(pathLengthKm([[30, 50]])).toEqual({ totalKm: 0, segmentsKm: [] });
  });
});

describe('kmToMiles', () => {
  it('uses the international mile', () => {
    expect(kmToMiles(1.609344)).toBe(1);
    expect(kmToMiles(64.37376)).toBeCloseTo(40, 12);
  });
});

describe('formatBearing', () => {
  it.each([
    [0, 'N'],
    [11.2, 'N'],
    [11.3, 'NNE'],
    [22.5, 'NNE'],
    [45, 'NE'],
    [90, 'E'],
    [180, 'S'],
    [247.5, 'WSW'],
    [348.8, 'N'],
    [359.9, 'N'],
    [-90, 'W'],
    [450, 'E'],
  ])('%d° is %s', (deg, name) => {
    expect(formatBearing(deg)).toBe(name);
  });

  it('is empty when there is no bearing', () => {
    expect(formatBearing(Number.NaN)).toBe('');
  });
});
