import { describe, expect, it } from 'vitest';
import { shownMask } from './shown-mask';

describe('shownMask', () => {
  it('marks the shown positions, whatever their order', () => {
    expect([...shownMask(5, Uint32Array.from([3, 0]))!]).toEqual([1, 0, 0, 1, 0]);
    expect([...shownMask(3, new Uint32Array(0))!]).toEqual([0, 0, 0]);
  });

  it('sends nothing when every sighting is shown', () => {
    expect(shownMask(3, Uint32Array.from([2, 0, 1]))).toBeNull();
  });
});
