import { describe, expect, it } from 'vitest';
import { formatBorderBearing, formatBorderSentence, formatKmAndMiles, formatShortKm, formatSide } from './format-distance';

describe('formatKmAndMiles', () => {
  it('gives km then miles, one decimal each', () => {
    expect(formatKmAndMiles(47.9)).toBe('47.9 km (29.8 mi)');
    expect(formatKmAndMiles(64.37376)).toBe('64.4 km (40.0 mi)');
    expect(formatKmAndMiles(0)).toBe('0.0 km (0.0 mi)');
  });

  it('reads as a sentence about the Belarus–Ukraine border', () => {
    expect(formatBorderSentence(47.94)).toBe('47.9 km (29.8 mi) to the Belarus–Ukraine border');
  });
});

describe('formatShortKm', () => {
  it('rounds to whole km from 10 km and keeps one decimal below', () => {
    expect(formatShortKm(47.9)).toBe('48 km');
    expect(formatShortKm(10)).toBe('10 km');
    expect(formatShortKm(4.24)).toBe('4.2 km');
  });
});

describe('formatSide and formatBorderBearing', () => {
  it('names the country the sighting is in', () => {
    expect(formatSide('belarus')).toBe('in Belarus');
    expect(formatSide('ukraine')).toBe('in Ukraine');
    expect(formatSide('elsewhere')).toBe('outside Belarus and Ukraine');
  });

  it('gives the 16-point compass direction to the border', () => {
    expect(formatBorderBearing(202.5)).toBe('border lies SSW');
    expect(formatBorderBearing(0)).toBe('border lies N');
    expect(formatBorderBearing(Number.NaN)).toBe('on the border');
  });
});
