import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spaceOutFirstFrames, type RepaintingMap } from './initial-frames';

/** A map that counts the repaints that reach it and lets the test fire its events. */
function fakeMap() {
  const listeners = new Map<string, () => void>();
  const map = {
    repaints: 0,
    triggerRepaint() {
      map.repaints++;
    },
    once(type: 'idle' | 'movestart', listener: () => void) {
      listeners.set(type, listener);
      return map;
    },
    fire(type: 'idle' | 'movestart') {
      const listener = listeners.get(type);
      listeners.delete(type);
      listener?.();
    },
  };
  return map;
}

describe('spaceOutFirstFrames', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = () => Date.now();

  it('lets the first repaint through, then makes the asks within the gap one repaint at its end', () => {
    const map = fakeMap();
    spaceOutFirstFrames(map as RepaintingMap, 250, clock);
    map.triggerRepaint();
    expect(map.repaints).toBe(1);
    vi.advanceTimersByTime(40);
    map.triggerRepaint();
    map.triggerRepaint();
    vi.advanceTimersByTime(100);
    map.triggerRepaint();
    expect(map.repaints).toBe(1);
    vi.advanceTimersByTime(109);
    expect(map.repaints).toBe(1);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(2);
    // A gap has passed since: straight through again.
    vi.advanceTimersByTime(300);
    map.triggerRepaint();
    expect(map.repaints).toBe(3);
  });

  it.each(['idle', 'movestart'] as const)('stops spacing on %s, drawing a waiting repaint at once', (event) => {
    const map = fakeMap();
    spaceOutFirstFrames(map as RepaintingMap, 250, clock);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(map.repaints).toBe(1);
    map.fire(event);
    expect(map.repaints).toBe(2);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(map.repaints).toBe(4);
    vi.advanceTimersByTime(1_000);
    expect(map.repaints).toBe(4);
  });

  it('drops a waiting repaint when stopped (the map is being removed)', () => {
    const map = fakeMap();
    const stop = spaceOutFirstFrames(map as RepaintingMap, 250, clock);
    map.triggerRepaint();
    map.triggerRepaint();
    stop();
    vi.advanceTimersByTime(1_000);
    expect(map.repaints).toBe(1);
  });
});
