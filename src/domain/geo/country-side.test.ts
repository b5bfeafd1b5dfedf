import { describe, expect, it } from 'vitest';
import { createSideLocator } from './country-side.ts';

// Two unit squares sharing the edge x = 1: "Belarus" north-west, "Ukraine" next to it.
const belarus = [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]];
const ukraine = [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]];

describe('createSideLocator', () => {
  const sides = createSideLocator({ belarus, ukraine });

  it('names the country that contains the point', () => {
    expect(sides.sideOf(0.5, 0.5)).toBe('belarus');
    expect(sides.sideOf(1.5, 0.5)).toBe('ukraine');
  });

  it('is elsewhere outside both', () => {
    expect(sides.sideOf(3, 0.5)).toBe('elsewhere');
  });

  it('reports a point on the shared border as Belarus', () => {
    expect(sides.sideOf(1, 0.5)).toBe('belarus');
  });
});
