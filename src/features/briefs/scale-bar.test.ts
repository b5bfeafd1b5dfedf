import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar';

describe('metresPerPixel', () => {
  it('is about 78.27 km per pixel at zoom 0 on the equator and halves per zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(0, 1)).toBeCloseTo(39_135.758, 2);
  });

  it('shrinks with the cosine of the latitude', () => {
    expect(metresPerPixel(60, 3)).toBeCloseTo(metresPerPixel(0, 3) / 2, 6);
  });
});

describe('scaleBar', () => {
  it('picks the largest 1-2-5 distance that fits', () => {
    // At lat 0, zoom 10: 76.437 m per pixel, so 120 px hold 9.17 km: the bar is 5 km.
    const bar = scaleBar(0, 10, 120);
    expect(bar.label).toBe('5 km');
    expect(bar.widthPx).toBeCloseTo(5000 / 76.437, 1);
  });

  it('writes distances under a kilometre in metres', () => {
    // zoom 16 at lat 0: 1.194 m per pixel, 120 px hold 143 m: the bar is 100 m.
    expect(scaleBar(0, 16, 120).label).toBe('100 m');
  });

  it('keeps the bar within the allowed width', () => {
    for (const zoom of [4, 6.5, 9, 12.3]) {
      const bar = scaleBar(52, zoom, 150);
      expect(bar.widthPx).toBeLessThanOrEqual(150);
      expect(bar.widthPx).toBeGreaterThan(150 / 5);
    }
  });
});
